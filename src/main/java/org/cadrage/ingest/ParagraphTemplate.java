package org.cadrage.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Rebuilds article texts from a SemEval-2023 Task 3 paragraph file (the unlabeled test template): one line per
 * non-blank paragraph, {@code articleId<TAB>lineNumber<TAB>text}. Paragraph {@code n} becomes line {@code n} of the
 * article; line numbers with no paragraph become blank lines; lines are joined with {@code \n} and the text ends
 * with {@code \n}. The rebuild is deterministic, so a gold annotation made on the rebuilt text can carry its SHA-256.
 * Stateless; thread-safe.
 */
public final class ParagraphTemplate {
    /** The largest line number read: a bound on the text rebuilt from one line. */
    static final int MAX_LINE = 100_000;
    /** Article ids become file names ({@code article<id>.txt}): no separators, no dots. */
    private static final Pattern ID = Pattern.compile("[\\p{L}\\d_-]+");

    private ParagraphTemplate() {
    }

    /**
     * The articles of {@code template}, by id (sorted), each rebuilt as described above.
     *
     * @throws InputException naming the file and line of a malformed line (not three tab-separated fields, a line
     *                        number that is not an integer from 1 to {@value #MAX_LINE}, an id that is not letters,
     *                        digits, - or _, or the same paragraph given twice)
     */
    public static SortedMap<String, String> read(Path template) throws IOException, InputException {
        List<String> lines = Files.readAllLines(template, StandardCharsets.UTF_8);
        Map<String, SortedMap<Integer, String>> paragraphs = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String where = template + ", line " + (i + 1);
            String[] f = line.split("\t", 3);
            if (f.length != 3 || f[0].isBlank()) {
                throw new InputException(where + ": expected articleId<TAB>lineNumber<TAB>text");
            }
            int n;
            try {
                n = Integer.parseInt(f[1].trim());
            } catch (NumberFormatException e) {
                throw new InputException(where + ": line number '" + f[1] + "' is not an integer", e);
            }
            if (n < 1 || n > MAX_LINE) {
                throw new InputException(where + ": line number " + n + " is not between 1 and " + MAX_LINE);
            }
            if (!ID.matcher(f[0].trim()).matches()) {
                throw new InputException(where + ": article id '" + f[0].trim() + "' is not letters, digits, - or _");
            }
            if (paragraphs.computeIfAbsent(f[0].trim(), k -> new TreeMap<>()).putIfAbsent(n, f[2]) != null) {
                throw new InputException(where + ": article " + f[0].trim() + " already has a paragraph " + n);
            }
        }
        SortedMap<String, String> articles = new TreeMap<>();
        paragraphs.forEach((id, p) -> {
            StringBuilder text = new StringBuilder();
            for (int n = 1; n <= p.lastKey(); n++) {
                text.append(p.getOrDefault(n, "")).append('\n');
            }
            articles.put(id, text.toString());
        });
        return articles;
    }

    /**
     * Writes each article of {@code template} to {@code dir} as {@code article<id>.txt} (UTF-8), the naming of the
     * SemEval article folders, and returns {@code dir}.
     */
    public static Path writeArticles(Path template, Path dir) throws IOException, InputException {
        Files.createDirectories(dir);
        for (Map.Entry<String, String> e : read(template).entrySet()) {
            Files.writeString(dir.resolve("article" + e.getKey() + ".txt"), e.getValue(), StandardCharsets.UTF_8);
        }
        return dir;
    }
}
