package org.cadrage.classify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cadrage.model.Span;

/**
 * Reads one task of a SemEval-2023 Task 3 language folder (e.g. {@code data/fr}):
 * <pre>
 *   train-articles-subtask-N/article&lt;ID&gt;.txt     the texts (UTF-8, any line terminator)
 *   train-labels-subtask-N.txt                      the labels, tab-separated
 *   dev-articles-subtask-N/, dev-labels-subtask-N.txt  optional, read as well when the labels file exists
 *   scorers/frames_subtask2.txt, scorers/techniques_subtask3.txt  optional declared label sets, one per line
 * </pre>
 * Task {@code genre} is subtask 1 ({@code ID⇥label}, single-label, one item per article); {@code frames} is subtask 2
 * ({@code ID⇥frame,frame}, multi-label, per article); {@code techniques} is subtask 3
 * ({@code ID⇥paragraph⇥technique,technique}, multi-label, per paragraph). An empty label field means no label.
 *
 * <p>Paragraph numbers are 1-based line numbers of the article file: in the French release every labeled number
 * points at a non-blank line, every non-blank line is labeled, and blank separator lines are skipped (checked by
 * {@code SemEvalReaderIT}). A paragraph's span is its line, end excluding the terminator ({@code \n},
 * {@code \r\n} or {@code \r}); item ids are {@code articleId#N}.
 *
 * <p>The declared label set is read from {@code scorers/<name>} first, then {@code <name>} at the folder's top level
 * (the French release's top-level {@code frames_subtask2.txt} lists only 7 of the 14 frames, the scorer's copy all
 * 14); without either, the label set is the sorted union of the labels seen. Genre has no declared set.
 *
 * <p>Errors ({@link LabelDataException}, naming file and line): a label outside the declared set, a malformed line
 * (wrong field count, blank id, bad paragraph number, empty label in a list, several genres), a duplicate id (also
 * between train and dev), unreadable or non-UTF-8 files. Warnings (kept in {@link LabeledSet#warnings()}, the
 * item or article skipped): labels for an article without a text file, an article file without labels, an empty
 * article, a paragraph number beyond the article's lines or pointing at a blank line, a genre line with no label,
 * an articles folder whose labels file is missing. Every file read is hashed into {@link LabeledSet#inputHashes()}.
 *
 * <p>Stateless and thread-safe; null arguments are rejected.
 */
public final class SemEvalReader {
    /** The task names, in subtask order (genre = 1, frames = 2, techniques = 3). */
    public static final List<String> TASKS = List.of("genre", "frames", "techniques");
    private static final List<String> SPLITS = List.of("train", "dev");
    private static final Pattern ARTICLE_FILE = Pattern.compile("article(.+)\\.txt");

    private SemEvalReader() {
    }

    /**
     * Reads {@code task} from {@code dir}, the folder holding the {@code *-subtask-N} folders and label files.
     *
     * @throws IllegalArgumentException when the task is not one of {@link #TASKS}
     * @throws LabelDataException       when the folder lacks the task's files or the data is malformed
     */
    public static LabeledSet read(Path dir, String task) throws LabelDataException {
        int subtask = TASKS.indexOf(task) + 1;
        if (subtask == 0) {
            throw new IllegalArgumentException("unknown SemEval task '" + task + "': expected one of " + TASKS);
        }
        if (!Files.isDirectory(dir)) {
            throw new LabelDataException(dir + ": not a directory");
        }
        TaskKind kind = subtask == 1 ? TaskKind.SINGLE_LABEL : TaskKind.MULTI_LABEL;
        Unit unit = subtask == 3 ? Unit.PARAGRAPH : Unit.ARTICLE;
        SortedMap<String, String> hashes = new TreeMap<>();
        List<String> warnings = new ArrayList<>();
        Set<String> declared = declaredLabels(dir, subtask, hashes);
        Set<String> seen = new TreeSet<>();
        Map<String, LabeledArticle> articles = new TreeMap<>();
        Map<String, LabeledItem> items = new TreeMap<>();
        Map<String, String> splitOf = new HashMap<>();
        boolean any = false;
        for (String split : SPLITS) {
            Path labelFile = dir.resolve(split + "-labels-subtask-" + subtask + ".txt");
            Path textDir = dir.resolve(split + "-articles-subtask-" + subtask);
            if (!Files.exists(labelFile)) {
                if (Files.isDirectory(textDir)) {
                    warnings.add(textDir + ": no " + labelFile.getFileName() + " beside it; its articles were not read");
                }
                continue;
            }
            any = true;
            Map<String, List<Line>> byArticle = parseLabels(labelFile, subtask, declared, hashes, warnings);
            for (String id : byArticle.keySet()) {
                String other = splitOf.putIfAbsent(id, split);
                if (other != null) {
                    Line first = byArticle.get(id).get(0);
                    throw new LabelDataException(first.where() + ": duplicate id " + id + ", already in the "
                            + other + " labels");
                }
            }
            warnUnlabeledFiles(textDir, byArticle.keySet(), warnings);
            for (Map.Entry<String, List<Line>> e : byArticle.entrySet()) {
                String id = e.getKey();
                Path textFile = textDir.resolve("article" + id + ".txt");
                Line first = e.getValue().get(0);
                if (!Files.isRegularFile(textFile)) {
                    warnings.add(first.where() + ": labels for article " + id + " but no " + textFile);
                    continue;
                }
                String text = DataFiles.read(textFile, hashes);
                if (text.isBlank()) {
                    warnings.add(textFile + ": empty article; its labels (" + first.where() + ") were skipped");
                    continue;
                }
                articles.put(id, new LabeledArticle(id, text, null, null, textFile.toString()));
                List<Span> lines = DataFiles.lineSpans(text);
                for (Line line : e.getValue()) {
                    LabeledItem item = item(id, text, line, lines, warnings);
                    if (item != null) {
                        items.put(item.id(), item);
                        seen.addAll(item.labels());
                    }
                }
            }
        }
        if (!any) {
            throw new LabelDataException(dir + ": no train-labels-subtask-" + subtask + ".txt (nor dev-labels-subtask-"
                    + subtask + ".txt); expected the SemEval-2023 Task 3 layout of one language folder");
        }
        List<String> labelSet = List.copyOf(declared != null ? declared : seen);
        return new LabeledSet(task, kind, unit, labelSet, List.copyOf(articles.values()), List.copyOf(items.values()),
                warnings, hashes);
    }

    /** One parsed label line: paragraph is 0 for article-level subtasks. */
    private record Line(Path file, int number, int paragraph, List<String> labels) {
        String where() {
            return file + ":" + number;
        }
    }

    private static Set<String> declaredLabels(Path dir, int subtask, Map<String, String> hashes)
            throws LabelDataException {
        String name = switch (subtask) {
            case 2 -> "frames_subtask2.txt";
            case 3 -> "techniques_subtask3.txt";
            default -> null;
        };
        if (name == null) {
            return null;
        }
        for (Path candidate : List.of(dir.resolve("scorers").resolve(name), dir.resolve(name))) {
            if (Files.isRegularFile(candidate)) {
                Set<String> labels = new TreeSet<>();
                for (String line : DataFiles.lines(DataFiles.read(candidate, hashes))) {
                    if (!line.isBlank()) {
                        labels.add(line.strip());
                    }
                }
                if (labels.isEmpty()) {
                    throw new LabelDataException(candidate + ": declares no labels");
                }
                return labels;
            }
        }
        return null;
    }

    private static Map<String, List<Line>> parseLabels(Path file, int subtask, Set<String> declared,
            Map<String, String> hashes, List<String> warnings) throws LabelDataException {
        int fields = subtask == 3 ? 3 : 2;
        Map<String, List<Line>> byArticle = new LinkedHashMap<>();
        Set<String> keys = new TreeSet<>();
        List<String> lines = DataFiles.lines(DataFiles.read(file, hashes));
        for (int i = 0; i < lines.size(); i++) {
            String where = file + ":" + (i + 1);
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] parts = lines.get(i).split("\t", -1);
            if (parts.length != fields) {
                throw new LabelDataException(where + ": expected " + fields + " tab-separated fields, found "
                        + parts.length);
            }
            String id = parts[0].strip();
            if (id.isEmpty()) {
                throw new LabelDataException(where + ": blank article id");
            }
            int paragraph = subtask == 3 ? paragraphNumber(parts[1], where) : 0;
            List<String> labels = labels(parts[fields - 1], declared, where);
            if (subtask == 1 && labels.size() > 1) {
                throw new LabelDataException(where + ": genre is single-label, found " + labels);
            }
            String key = subtask == 3 ? id + "#" + paragraph : id;
            if (!keys.add(key)) {
                throw new LabelDataException(where + ": duplicate id " + key);
            }
            if (subtask == 1 && labels.isEmpty()) {
                warnings.add(where + ": no genre for article " + id + "; skipped");
                continue;
            }
            byArticle.computeIfAbsent(id, k -> new ArrayList<>()).add(new Line(file, i + 1, paragraph, labels));
        }
        return byArticle;
    }

    private static int paragraphNumber(String field, String where) throws LabelDataException {
        try {
            int n = Integer.parseInt(field.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new LabelDataException(where + ": paragraph number '" + field + "' is not a positive integer");
    }

    private static List<String> labels(String field, Set<String> declared, String where) throws LabelDataException {
        if (field.isBlank()) {
            return List.of();
        }
        List<String> labels = new ArrayList<>();
        for (String label : field.split(",", -1)) {
            String l = label.strip();
            if (l.isEmpty()) {
                throw new LabelDataException(where + ": empty label in '" + field + "'");
            }
            if (declared != null && !declared.contains(l)) {
                throw new LabelDataException(where + ": label '" + l + "' is not in the declared label set "
                        + declared);
            }
            labels.add(l);
        }
        return labels;
    }

    private static void warnUnlabeledFiles(Path textDir, Set<String> labeled, List<String> warnings)
            throws LabelDataException {
        if (!Files.isDirectory(textDir)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(textDir)) {
            files = list.sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new LabelDataException(textDir + ": cannot list: " + e.getMessage(), e);
        }
        for (Path f : files) {
            Matcher m = ARTICLE_FILE.matcher(f.getFileName().toString());
            if (m.matches() && !labeled.contains(m.group(1))) {
                warnings.add(f + ": article file with no labels; not read");
            }
        }
    }

    private static LabeledItem item(String id, String text, Line line, List<Span> lines, List<String> warnings) {
        if (line.paragraph() == 0) {
            return new LabeledItem(id, id, new Span(0, text.length()), line.labels());
        }
        if (line.paragraph() > lines.size()) {
            warnings.add(line.where() + ": paragraph " + line.paragraph() + " is beyond the " + lines.size()
                    + " lines of article " + id + "; skipped");
            return null;
        }
        Span span = lines.get(line.paragraph() - 1);
        if (span.of(text).isBlank()) {
            warnings.add(line.where() + ": paragraph " + line.paragraph() + " of article " + id
                    + " is a blank line; skipped");
            return null;
        }
        return new LabeledItem(id + "#" + line.paragraph(), id, span, line.labels());
    }
}
