package org.cadrage.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cadrage.model.Article;
import org.cadrage.model.SourceRef;
import org.cadrage.model.Span;

/**
 * Reads a CSV file with a header, one article per record: the delimiter is given or detected, columns are mapped
 * by option or by header name ({@code csv-columns.tsv}), records are parsed by the tolerant {@link CsvParser}.
 * A record with only a title is an article whose document is the title. The document is the field exactly as
 * parsed; the article span excludes surrounding whitespace. Not thread-safe.
 */
final class CsvSource {
    private static final char[] DELIMITERS = {';', ',', '\t', '|'};
    private static final int DETECT_LINES = 20;
    private static final Map<String, String> HEADER_FIELDS = loadHeaderFields();

    private final IngestOptions options;
    private final BoilerplateDetector detector;
    private final Emitter out;

    CsvSource(IngestOptions options, BoilerplateDetector detector, Emitter out) {
        this.options = options;
        this.detector = detector;
        this.out = out;
    }

    void read(Path file, String display, TextDecoder.Probe probe) throws IOException {
        char delimiter;
        if (options.delimiter() != null) {
            delimiter = options.delimiter();
        } else {
            List<String> head = new ArrayList<>();
            try (BufferedReader r = TextDecoder.open(file, probe)) {
                for (String l = r.readLine(); l != null && head.size() < DETECT_LINES; l = r.readLine()) {
                    head.add(l);
                }
            }
            delimiter = detectDelimiter(head);
        }
        String stem = Texts.stem(file.getFileName().toString());
        List<String> fileWarnings = probe.fallback() ? List.of(TextDecoder.FALLBACK_WARNING) : List.of();
        fileWarnings.forEach(w -> out.warning(display, null, w));
        try (BufferedReader reader = TextDecoder.open(file, probe)) {
            CsvParser parser = new CsvParser(reader, delimiter);
            CsvParser.Record header = parser.next();
            if (header == null) {
                out.skipped(display, null, "empty file");
                return;
            }
            List<String> names = header.fields();
            Map<String, Integer> columns = new LinkedHashMap<>();
            String missing = mapColumns(names, columns);
            if (missing != null) {
                out.skipped(display, null, "column '" + missing + "' named in the columns option is not in header "
                        + names);
                return;
            }
            if (!columns.containsKey("text") && !columns.containsKey("title")) {
                out.skipped(display, null, "no text or title column in header " + names
                        + " (delimiter '" + delimiter + "'); name them with the columns option");
                return;
            }
            parser.expectFields(names.size());
            for (CsvParser.Record r = parser.next(); r != null; r = parser.next()) {
                record(r, names, columns, stem, display, probe.sha256(), fileWarnings);
            }
        }
    }

    private void record(CsvParser.Record r, List<String> names, Map<String, Integer> columns, String stem,
                        String display, String sha, List<String> fileWarnings) {
        String location = "line " + r.line();
        List<String> warnings = new ArrayList<>(fileWarnings);
        warnings.addAll(r.warnings());
        r.warnings().forEach(w -> out.warning(display, location, w));
        List<String> f = r.fields();
        boolean extrasBlank = f.size() > names.size() && f.subList(names.size(), f.size()).stream()
                .allMatch(String::isBlank);
        if (f.size() != names.size() && !extrasBlank) {
            out.skipped(display, location, "expected " + names.size() + " fields, found " + f.size());
            return;
        }
        String text = value(f, columns, "text");
        String title = value(f, columns, "title");
        String document = text != null && !Texts.isBlank(text) ? text : title;
        if (document == null || Texts.isBlank(document)) {
            out.skipped(display, location, "no text or title");
            return;
        }
        LocalDate published = null;
        String date = value(f, columns, "published");
        try {
            published = DateParser.parse(date);
        } catch (IllegalArgumentException e) {
            warnings.add(e.getMessage());
            out.warning(display, location, e.getMessage());
        }
        String id = Texts.blankToNull(value(f, columns, "id"));
        Map<String, String> metadata = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (!columns.containsValue(i) && !f.get(i).isBlank()) {
                metadata.put(names.get(i).strip(), f.get(i));
            }
        }
        Span span = Texts.trimmed(document);
        Article article = new Article(id != null ? id : stem + ":" + r.line(), new SourceRef(display, r.line(), sha),
                document, span, Texts.outlet(value(f, columns, "outlet")), published, Texts.blankToNull(title),
                Texts.blankToNull(value(f, columns, "url")), metadata, Map.of(), List.of(), warnings);
        out.article(article.withBoilerplate(detector.detect(document, span)));
    }

    private static String value(List<String> fields, Map<String, Integer> columns, String field) {
        Integer i = columns.get(field);
        return i == null ? null : fields.get(i);
    }

    /** Fills field to column index; returns a column named in the options that the header lacks, else null. */
    private String mapColumns(List<String> names, Map<String, Integer> columns) {
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = names.size() - 1; i >= 0; i--) {
            byKey.put(Texts.matchKey(names.get(i)), i);
        }
        if (!options.columns().isEmpty()) {
            for (Map.Entry<String, String> e : options.columns().entrySet()) {
                Integer i = byKey.get(Texts.matchKey(e.getValue()));
                if (i == null) {
                    return e.getValue();
                }
                columns.put(e.getKey(), i);
            }
            return null;
        }
        for (int i = 0; i < names.size(); i++) {
            String field = HEADER_FIELDS.get(Texts.matchKey(names.get(i)));
            if (field != null) {
                columns.putIfAbsent(field, i);
            }
        }
        return null;
    }

    /**
     * The delimiter among {@code ; , TAB |} that occurs (outside quotes) in the header and the same number of times
     * in most of the following lines; ties go to the higher header count, then to the order above. {@code ,} when
     * none occurs.
     */
    static char detectDelimiter(List<String> lines) {
        char best = ',';
        int bestConsistent = -1;
        int bestCount = 0;
        for (char d : DELIMITERS) {
            int header = lines.isEmpty() ? 0 : countOutsideQuotes(lines.get(0), d);
            if (header == 0) {
                continue;
            }
            int consistent = 0;
            for (String l : lines.subList(1, lines.size())) {
                if (!l.isBlank() && countOutsideQuotes(l, d) == header) {
                    consistent++;
                }
            }
            if (consistent > bestConsistent || consistent == bestConsistent && header > bestCount) {
                best = d;
                bestConsistent = consistent;
                bestCount = header;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char d) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == d && !quoted) {
                n++;
            }
        }
        return n;
    }

    private static Map<String, String> loadHeaderFields() {
        try (InputStream in = CsvSource.class.getResourceAsStream("csv-columns.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource org/cadrage/ingest/csv-columns.tsv is missing");
            }
            Map<String, String> map = new HashMap<>();
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2 || !IngestOptions.FIELDS.contains(cols[0].strip())) {
                    throw new IllegalStateException("csv-columns.tsv: bad line '" + line + "'");
                }
                map.putIfAbsent(Texts.matchKey(cols[1]), cols[0].strip());
            }
            return Map.copyOf(map);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read csv-columns.tsv", e);
        }
    }
}
