package org.cadrage.report.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an export wrote. Immutable and thread-safe.
 *
 * @param rows    data rows (header excluded) per logical sheet, in sheet order: {@code Articles}, {@code Attributions},
 *                {@code Hedges}, {@code Credits}, {@code Outlets}, {@code OutletPeriods}, {@code README}
 * @param outputs the sheets of the workbook in order (a sheet that overflowed continues on {@code Name (2)}, ...), or
 *                the CSV file names
 */
public record ExportSummary(Map<String, Long> rows, List<String> outputs) {
    public ExportSummary {
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(rows, "rows")));
        outputs = List.copyOf(outputs);
    }

    /** Data rows of the logical sheet {@code sheet}; fails naming it when there is no such sheet. */
    public long rows(String sheet) {
        Long n = rows.get(sheet);
        if (n == null) {
            throw new IllegalArgumentException("no sheet '" + sheet + "', expected one of " + rows.keySet());
        }
        return n;
    }
}
