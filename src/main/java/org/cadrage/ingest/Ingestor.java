package org.cadrage.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cadrage.model.Article;
import org.cadrage.model.Boilerplate;
import org.cadrage.model.IngestIssue;
import org.cadrage.model.SourceRef;
import org.cadrage.model.Span;

/**
 * Reads input files and folders into articles, streamed one at a time.
 *
 * <ul>
 *   <li>{@code .txt}: one article per file, document = the whole decoded file, id = file name stem, metadata from
 *       a {@code manifest.csv} beside it; title from the manifest, else the first non-empty line when it is at most
 *       200 characters and does not end with {@code . ! ?}. Pages holding several articles are segmented
 *       ({@link PageSegmenter}).</li>
 *   <li>SemEval-2023 Task 3 folders (every {@code .txt} file named {@code article<digits>.txt}): id = stem, title
 *       = first non-empty line, never segmented.</li>
 *   <li>{@code .jsonl} / {@code .ndjson}: one article per line; {@code .csv} / {@code .tsv}: one per record.</li>
 * </ul>
 * Folders are read recursively, entries sorted by name; hidden files and README*, LICENSE*, LICENCE*, SOURCE*
 * documentation files are ignored; other files of unsupported formats are reported. Every article gets its
 * boilerplate ({@link BoilerplateDetector}).
 *
 * <p>Paths in articles, issues and {@link #inputHashes()} are the input path as given, joined with the file's path
 * relative to it. Not thread-safe: one instance reads once, from one thread. {@code null} arguments are rejected.
 */
public final class Ingestor {
    private static final Pattern SEMEVAL_FILE = Pattern.compile("article\\d+\\.txt");
    private static final Pattern DOCUMENTATION = Pattern.compile("(README|LICENSE|LICENCE|SOURCE).*",
            Pattern.CASE_INSENSITIVE);
    private static final int TITLE_CHARS = 200;

    private final IngestOptions options;
    private final BoilerplateDetector detector = BoilerplateDetector.load();
    private final PageSegmenter segmenter = PageSegmenter.load();
    private final SortedMap<String, String> hashes = new TreeMap<>();
    private final Map<Path, Manifest> manifests = new HashMap<>();
    private Emitter out;

    /** File extensions read as articles (lower case, without the dot). */
    public static final Set<String> FORMATS = Set.of("txt", "jsonl", "ndjson", "csv", "tsv");

    public Ingestor(IngestOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Reads inputs in the given order (folder contents sorted by name, recursively), calling {@code sink} for every
     * article and {@code issues} for every skipped unit or warning.
     *
     * @throws InputException only for problems with the paths named in {@code inputs}: missing, unreadable, or a
     *                        file of unknown format
     */
    public void read(List<Path> inputs, Consumer<Article> sink, Consumer<IngestIssue> issues) throws InputException {
        Objects.requireNonNull(inputs, "inputs");
        if (out != null) {
            throw new IllegalStateException("Ingestor.read may be called only once");
        }
        out = new Emitter(Objects.requireNonNull(sink, "sink"), Objects.requireNonNull(issues, "issues"));
        checkInputs(inputs);
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                walk(input, new HashSet<>(), true);
            } else {
                Path parent = input.toAbsolutePath().getParent();
                file(input, true, parent != null && isSemevalFolder(parent));
            }
        }
    }

    /**
     * Checks the paths a user named, before anything is read (and before models are loaded): each must exist, be
     * readable, and be a folder or a file of a known format.
     *
     * @throws InputException naming the first bad path
     */
    public static void checkInputs(List<Path> inputs) throws InputException {
        for (Path input : inputs) {
            Objects.requireNonNull(input, "input path");
            if (!Files.exists(input)) {
                throw new InputException("input not found: " + input);
            }
            if (!Files.isReadable(input)) {
                throw new InputException("input not readable: " + input);
            }
            String name = input.getFileName() == null ? "" : input.getFileName().toString();
            if (!Files.isDirectory(input) && !name.equals(Manifest.FILE_NAME)
                    && !FORMATS.contains(Texts.extension(name))) {
                throw new InputException("unknown format of " + input
                        + ": expected .txt, .jsonl, .ndjson, .csv, .tsv or a folder");
            }
        }
    }

    /** SHA-256 (lower-case hex) of every input file read, keyed by path, sorted. */
    public SortedMap<String, String> inputHashes() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(hashes));
    }

    /** Input units encountered: articles produced plus units skipped. */
    public int unitsSeen() {
        return out == null ? 0 : out.units();
    }

    private void walk(Path dir, Set<Path> visited, boolean top) throws InputException {
        List<Path> entries;
        try {
            if (!visited.add(dir.toRealPath())) {
                out.warning(dir.toString(), null, "folder already read (symbolic link loop); skipped");
                return;
            }
            entries = list(dir);
        } catch (IOException e) {
            if (top) {
                throw new InputException("cannot list folder " + dir + ": " + e.getMessage(), e);
            }
            out.skipped(dir.toString(), null, "cannot list folder: " + e.getMessage());
            return;
        }
        boolean semeval = isSemeval(entries);
        if (entries.stream().anyMatch(p -> p.getFileName().toString().equals(Manifest.FILE_NAME))) {
            manifest(dir);
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (Files.isDirectory(entry)) {
                walk(entry, visited, false);
            } else if (!name.equals(Manifest.FILE_NAME) && !DOCUMENTATION.matcher(name).matches()) {
                file(entry, false, semeval);
            }
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
    }

    private static boolean isSemevalFolder(Path dir) {
        try {
            return isSemeval(list(dir));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isSemeval(List<Path> entries) {
        List<String> txt = entries.stream().map(p -> p.getFileName().toString())
                .filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".txt") && !DOCUMENTATION.matcher(n).matches())
                .toList();
        return !txt.isEmpty() && txt.stream().allMatch(n -> SEMEVAL_FILE.matcher(n).matches());
    }

    private Manifest manifest(Path dir) {
        return manifests.computeIfAbsent(dir.toAbsolutePath().normalize(), key -> {
            try {
                return Manifest.load(dir, out, hashes);
            } catch (IOException e) {
                out.warning(dir.resolve(Manifest.FILE_NAME).toString(), null, "manifest ignored: " + e.getMessage());
                return Manifest.empty();
            }
        });
    }

    private void file(Path file, boolean explicit, boolean semeval) throws InputException {
        String display = file.toString();
        String name = file.getFileName().toString();
        String ext = Texts.extension(name);
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            if (explicit) {
                throw new InputException("input not readable: " + display);
            }
            out.skipped(display, null, "not a readable file");
            return;
        }
        try {
            if (name.equals(Manifest.FILE_NAME)) {
                Path dir = file.toAbsolutePath().getParent();
                Manifest m = manifest(file.getParent() == null ? Path.of("") : file.getParent());
                for (String listed : m.fileNames()) {
                    file(file.resolveSibling(listed), false, isSemevalFolder(dir));
                }
                return;
            }
            switch (ext) {
                case "txt" -> {
                    TextDecoder.Probe probe = probe(file, display);
                    if (probe != null) {
                        text(file, display, probe, semeval);
                    }
                }
                case "jsonl", "ndjson" -> {
                    TextDecoder.Probe probe = probe(file, display);
                    if (probe != null) {
                        new JsonlSource(detector, out).read(file, display, probe);
                    }
                }
                case "csv", "tsv" -> {
                    TextDecoder.Probe probe = probe(file, display);
                    if (probe != null) {
                        new CsvSource(options, detector, out).read(file, display, probe);
                    }
                }
                default -> {
                    if (explicit) {
                        throw new InputException("unknown format of " + display
                                + ": expected .txt, .jsonl, .ndjson, .csv, .tsv or a folder");
                    }
                    out.skipped(display, null, "unsupported format" + (ext.isEmpty() ? "" : " '." + ext + "'"));
                }
            }
        } catch (IOException e) {
            if (explicit) {
                throw new InputException("cannot read " + display + ": " + e.getMessage(), e);
            }
            out.skipped(display, null, "cannot read: " + e.getMessage());
        }
    }

    /** Probes the file and records its hash; reports and returns {@code null} when it cannot be read as text. */
    private TextDecoder.Probe probe(Path file, String display) throws IOException {
        TextDecoder.Probe probe = TextDecoder.probe(file);
        hashes.put(display, probe.sha256());
        if (probe.problem() != null) {
            out.skipped(display, null, probe.problem());
            return null;
        }
        return probe;
    }

    private void text(Path file, String display, TextDecoder.Probe probe, boolean semeval) throws IOException {
        String text = TextDecoder.read(file, probe);
        if (Texts.isBlank(text)) {
            out.skipped(display, null, "whitespace-only file");
            return;
        }
        String name = file.getFileName().toString();
        List<String> warnings = new ArrayList<>();
        if (probe.fallback()) {
            warnings.add(TextDecoder.FALLBACK_WARNING);
            out.warning(display, null, TextDecoder.FALLBACK_WARNING);
        }
        Manifest.Entry entry = semeval ? null
                : manifest(file.getParent() == null ? Path.of("") : file.getParent()).get(name);
        LocalDate published = null;
        if (entry != null && entry.published() != null) {
            try {
                published = DateParser.parse(entry.published());
            } catch (IllegalArgumentException e) {
                String w = "manifest line " + entry.line() + ": " + e.getMessage();
                warnings.add(w);
                out.warning(display, null, w);
            }
        }
        String firstLine = text.strip().lines().findFirst().orElse("").strip();
        String title = entry != null && entry.title() != null ? entry.title()
                : semeval || firstLine.length() <= TITLE_CHARS && !firstLine.matches(".*[.!?]") ? firstLine : null;
        String outlet = entry == null ? null : Texts.outlet(entry.outlet());
        String url = entry == null ? null : entry.url();
        Map<String, String> metadata = entry == null ? Map.of() : entry.metadata();
        String id = Texts.stem(name);
        SourceRef source = new SourceRef(display, null, probe.sha256());
        List<Boilerplate> boilerplate = detector.detect(text);
        List<Span> segments = semeval ? List.of() : segmenter.segment(text, boilerplate);
        if (segments.size() > 1 && options.splitPages()) {
            for (int k = 0; k < segments.size(); k++) {
                Span s = segments.get(k);
                out.article(new Article(id + "#" + (k + 1), source, text, s, outlet, published,
                        PageSegmenter.headline(text, s), url, metadata, Map.of(), detector.detect(text, s),
                        warnings));
            }
            return;
        }
        if (segments.size() > 1) {
            String w = "page holds " + segments.size() + " articles; use --split-pages";
            warnings.add(w);
            out.warning(display, null, w);
        }
        out.article(new Article(id, source, text, new Span(0, text.length()), outlet, published, title, url,
                metadata, Map.of(), boilerplate, warnings));
    }
}
