package org.cadrage.ingest;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How to read inputs. Immutable.
 *
 * @param delimiter  the CSV delimiter, or {@code null} to detect it per file ({@code ;} {@code ,} tab {@code |})
 * @param columns    CSV column names per article field ({@code id, outlet, published, title, url, text}); an empty
 *                   map (or {@code null}) maps columns by their header names
 * @param splitPages whether a page holding several articles yields one article per segment
 */
public record IngestOptions(Character delimiter, Map<String, String> columns, boolean splitPages) {
    /** The article fields a CSV column may be mapped to. */
    public static final Set<String> FIELDS = Set.of("id", "outlet", "published", "title", "url", "text");

    public IngestOptions {
        if (delimiter != null && (delimiter == '"' || delimiter == '\n' || delimiter == '\r')) {
            throw new IllegalArgumentException("CSV delimiter " + describe(delimiter)
                    + " is not allowed: use a character other than a quote or a line break");
        }
        columns = Map.copyOf(new TreeMap<>(columns == null ? Map.of() : columns));
        for (Map.Entry<String, String> e : columns.entrySet()) {
            if (!FIELDS.contains(e.getKey())) {
                throw new IllegalArgumentException("unknown column field '" + e.getKey() + "': expected one of "
                        + new java.util.TreeSet<>(FIELDS));
            }
            if (e.getValue() == null || e.getValue().isBlank()) {
                throw new IllegalArgumentException("column name for field '" + e.getKey() + "' is blank");
            }
        }
    }

    /** Defaults: detect the delimiter, map columns by header names, keep pages whole. */
    public static IngestOptions defaults() {
        return new IngestOptions(null, Map.of(), false);
    }

    private static String describe(char c) {
        return c == '"' ? "'\"'" : "U+" + String.format(java.util.Locale.ROOT, "%04X", (int) c);
    }
}
