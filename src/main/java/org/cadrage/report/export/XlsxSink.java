package org.cadrage.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables as sheets of one XLSX workbook through POI's streaming {@link SXSSFWorkbook} (a window of
 * {@value #WINDOW} rows in memory, the rest in compressed temporary files deleted at the end). Text is always a string
 * cell; text starting like a formula is also marked quote-prefixed, so that editing it in Excel keeps it text. A
 * table longer than a sheet continues on {@code Name (2)}, {@code Name (3)}, ... each with the header. The workbook's
 * creation date is omitted so that two exports of the same data hold the same cells and properties. Not thread-safe.
 */
final class XlsxSink implements TableSink {
    static final int WINDOW = 100;
    static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    static final String TRUNCATED = " [...]";
    private static final int SAMPLE_ROWS = 200;
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;

    private final Path file;
    private final int maxRows;
    private final SXSSFWorkbook wb = new SXSSFWorkbook(null, WINDOW, true, false);
    private final CellStyle plain;
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle formulaText;
    private final List<XlsxTable> tables = new ArrayList<>();
    private boolean truncated;
    private boolean closed;

    /**
     * @param file    the workbook to write
     * @param maxRows rows per sheet, header included (Excel's limit is 1,048,576)
     */
    XlsxSink(Path file, int maxRows) {
        if (maxRows < 2) {
            throw new IllegalArgumentException("maxRows must be >= 2, got " + maxRows);
        }
        this.file = file;
        this.maxRows = maxRows;
        plain = wb.getCellStyleAt(0);
        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        formulaText = wb.createCellStyle();
        formulaText.setQuotePrefixed(true);
    }

    @Override
    public Table open(TableSpec spec) {
        XlsxTable t = new XlsxTable(spec);
        tables.add(t);
        return t;
    }

    @Override
    public String label(TableSpec spec) {
        return spec.name();
    }

    @Override
    public List<String[]> notes() {
        List<String[]> notes = new ArrayList<>();
        notes.add(new String[] {"formulaInjection", "every text value is stored as a text cell, never as a formula;"
                + " text starting with =, +, -, @, tab or carriage return is also marked quote-prefixed so that"
                + " editing the cell keeps it text. Numbers are number cells and dates are date cells."});
        notes.add(new String[] {"textLimit", "a text cell holds at most " + MAX_TEXT + " characters; longer texts are"
                + " cut and end with '" + TRUNCATED.strip() + "' (the CSV export keeps them whole)"
                + (truncated ? "; this workbook has such cells." : "; this workbook has none.")});
        for (XlsxTable t : tables) {
            if (t.parts.size() > 1) {
                notes.add(new String[] {"overflow", t.spec.name() + " has " + t.rows + " rows, more than one sheet"
                        + " holds (" + (maxRows - 1) + " data rows): it continues on "
                        + String.join(", ", t.parts.subList(1, t.parts.size())) + ", each with the same header."});
            }
        }
        return notes;
    }

    @Override
    public void finish() throws IOException {
        int position = 0;
        for (XlsxTable t : tables) {
            t.closePart();
            for (String part : t.parts) {
                wb.setSheetOrder(part, position++);
            }
        }
        wb.setActiveSheet(0);
        wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.empty());
        wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("Cadrage");
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            wb.write(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        close();
    }

    /** Deletes the temporary files (POI's {@code close} disposes them); idempotent. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            wb.close();
        }
    }

    private final class XlsxTable implements Table {
        private final TableSpec spec;
        private final List<String> parts = new ArrayList<>();
        private final int[] widths;
        private SXSSFSheet sheet;
        private int sheetRow;
        private long rows;

        XlsxTable(TableSpec spec) {
            this.spec = spec;
            widths = spec.columns().stream().mapToInt(c -> c.name().length()).toArray();
            newPart();
        }

        private void newPart() {
            if (sheet != null) {
                closePart();
            }
            String name = parts.isEmpty() ? spec.name() : spec.name() + " (" + (parts.size() + 1) + ")";
            sheet = wb.createSheet(name);
            parts.add(name);
            Row r = sheet.createRow(0);
            for (int i = 0; i < spec.columns().size(); i++) {
                Cell c = r.createCell(i);
                c.setCellValue(spec.columns().get(i).name());
                c.setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            sheetRow = 1;
        }

        /** Sets the widths, measured on the header and the first rows, and the autofilter over the part's rows. */
        void closePart() {
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[i] + 2)) * 256);
            }
            sheet.setAutoFilter(new CellRangeAddress(0, sheetRow - 1, 0, widths.length - 1));
        }

        @Override
        public void row(List<?> cells) {
            if (cells.size() != widths.length) {
                throw new IllegalArgumentException(spec.name() + ": row has " + cells.size() + " cells for "
                        + widths.length + " columns");
            }
            if (sheetRow == maxRows) {
                newPart();
            }
            Row r = sheet.createRow(sheetRow++);
            boolean sample = rows < SAMPLE_ROWS;
            for (int i = 0; i < widths.length; i++) {
                Object v = cells.get(i);
                if (v == null) {
                    continue;
                }
                Cell c = r.createCell(i);
                // an explicit style spares POI a slow per-cell lookup of the column's default style
                c.setCellStyle(plain);
                if (v instanceof String s) {
                    if (s.length() > MAX_TEXT) {
                        int cut = MAX_TEXT - TRUNCATED.length();
                        cut -= Character.isHighSurrogate(s.charAt(cut - 1)) ? 1 : 0;
                        s = s.substring(0, cut) + TRUNCATED;
                        truncated = true;
                    }
                    c.setCellValue(s);
                    if (Cells.formulaLike(s)) {
                        c.setCellStyle(formulaText);
                    }
                    v = s;
                } else if (v instanceof Number n) {
                    c.setCellValue(n.doubleValue());
                } else if (v instanceof LocalDate d) {
                    c.setCellValue(d);
                    c.setCellStyle(date);
                } else if (v instanceof Boolean b) {
                    c.setCellValue(b);
                } else {
                    throw new IllegalArgumentException(spec.name() + ": unsupported cell value " + v.getClass());
                }
                if (sample) {
                    widths[i] = Math.max(widths[i], width(v));
                }
            }
            rows++;
        }

        private static int width(Object v) {
            if (v instanceof Number n) {
                return Math.min(12, Cells.number(n).length());
            }
            return v instanceof LocalDate ? 10 : v.toString().length();
        }

        @Override
        public long rows() {
            return rows;
        }

        @Override
        public List<String> parts() {
            return List.copyOf(parts);
        }
    }
}
