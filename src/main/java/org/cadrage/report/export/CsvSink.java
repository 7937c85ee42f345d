package org.cadrage.report.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes each table as {@code <fileName>} in a folder: UTF-8 with a byte-order mark, comma-separated, RFC 4180
 * quoting (fields holding {@code ,} {@code ;} {@code "} CR or LF are quoted, inner quotes doubled), CRLF line ends,
 * one header line. Text starting like a formula gets a leading {@code '}. Not thread-safe.
 */
final class CsvSink implements TableSink {
    private final Path dir;
    private final List<Writer> open = new ArrayList<>();

    CsvSink(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    @Override
    public Table open(TableSpec spec) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(dir.resolve(spec.fileName())),
                StandardCharsets.UTF_8), 1 << 16);
        open.add(w);
        w.write('\uFEFF');
        CsvTable t = new CsvTable(w, spec);
        t.line(spec.columns().stream().map(Column::name).toList());
        return t;
    }

    @Override
    public String label(TableSpec spec) {
        return spec.fileName();
    }

    @Override
    public List<String[]> notes() {
        return List.of(
                new String[] {"formulaInjection", "a text field starting with =, +, -, @, tab or carriage return is"
                        + " written with a leading single quote (') so that no spreadsheet runs it as a formula;"
                        + " remove that one quote to get the original text. Numbers and dates are never prefixed."},
                new String[] {"csvFormat", "UTF-8 with byte-order mark; comma separator; fields containing a comma,"
                        + " semicolon, double quote, CR or LF are enclosed in double quotes with inner double quotes"
                        + " doubled (RFC 4180); CRLF line ends; one header line; empty field = no value; dates"
                        + " yyyy-MM-dd; decimal point '.'; booleans true/false."});
    }

    @Override
    public void finish() throws IOException {
        close();
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Writer w : open) {
            try {
                w.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        open.clear();
        if (first != null) {
            throw first;
        }
    }

    /** The text of one CSV field for {@code value}: neutralised, then quoted when needed. */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n) {
            return Cells.number(n);
        }
        if (value instanceof LocalDate || value instanceof Boolean) {
            return value.toString();
        }
        String s = value.toString();
        if (Cells.formulaLike(s)) {
            s = "'" + s;
        }
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == ';' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private static final class CsvTable implements Table {
        private final Writer w;
        private final TableSpec spec;
        private long rows = -1;

        CsvTable(Writer w, TableSpec spec) {
            this.w = w;
            this.spec = spec;
        }

        void line(List<?> cells) throws IOException {
            if (cells.size() != spec.columns().size()) {
                throw new IllegalArgumentException(spec.name() + ": row has " + cells.size() + " cells for "
                        + spec.columns().size() + " columns");
            }
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    w.write(',');
                }
                w.write(field(cells.get(i)));
            }
            w.write("\r\n");
            rows++;
        }

        @Override
        public void row(List<?> cells) throws IOException {
            line(cells);
        }

        @Override
        public long rows() {
            return rows;
        }

        @Override
        public List<String> parts() {
            return List.of(spec.fileName());
        }
    }
}
