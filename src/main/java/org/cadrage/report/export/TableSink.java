package org.cadrage.report.export;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Where exported tables go: an XLSX workbook or a folder of CSV files. Several tables may be open at once. Cell values
 * are {@code null} (empty), {@link String} (always text), {@link Number}, {@link java.time.LocalDate} or
 * {@link Boolean}. Not thread-safe.
 */
interface TableSink extends Closeable {
    /** Starts a table and writes its header row. */
    Table open(TableSpec spec) throws IOException;

    /** What the README's sheet column calls {@code spec}: the sheet name, or the CSV file name. */
    String label(TableSpec spec);

    /** README notes specific to this format (how text cells are protected, limits), as name/text pairs. */
    List<String[]> notes();

    /** Writes the output; the sink is then closed. */
    void finish() throws IOException;

    /** One table being written. */
    interface Table {
        void row(List<?> cells) throws IOException;

        /** Data rows written so far (header excluded). */
        long rows();

        /** The sheets or files holding this table, in order (more than one when a sheet overflowed). */
        List<String> parts();
    }
}
