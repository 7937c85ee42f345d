package org.cadrage.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cadrage.ingest.IngestOptions;
import picocli.CommandLine.Option;

/** The input options shared by every command that reads articles. */
final class IngestOptionsMixin {
    private static final Set<String> FIELDS = Set.of("id", "outlet", "published", "title", "url", "text");

    @Option(names = "--delimiter", paramLabel = "CHAR",
            description = "CSV delimiter (default: detected among ; , tab |). Use \\t for tab.")
    String delimiter;

    @Option(names = "--columns", paramLabel = "FIELD=COLUMN", split = ",",
            description = "CSV column mapping, e.g. --columns title=Article,outlet=Journal,published=Date. "
                    + "Fields: id, outlet, published, title, url, text (default: by header name).")
    Map<String, String> columns = new LinkedHashMap<>();

    @Option(names = "--split-pages", description = "Analyse each article of a multi-article page on its own (id#1, id#2, ...).")
    boolean splitPages;

    IngestOptions toOptions() {
        Character d = null;
        if (delimiter != null) {
            String v = delimiter.equals("\\t") ? "\t" : delimiter;
            if (v.length() != 1) {
                throw new IllegalArgumentException("--delimiter takes one character, got '" + delimiter + "'");
            }
            d = v.charAt(0);
        }
        for (String field : columns.keySet()) {
            if (!FIELDS.contains(field.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("--columns: unknown field '" + field + "', expected one of "
                        + new java.util.TreeSet<>(FIELDS));
            }
        }
        return new IngestOptions(d, Map.copyOf(columns), splitPages);
    }
}
