package org.cadrage.report.export;

import static org.cadrage.report.export.ExportFixtures.AWKWARD_TITLE;
import static org.cadrage.report.export.ExportFixtures.DOC1;
import static org.cadrage.report.export.ExportFixtures.HOSTILE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadrage.model.ArticleAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {
    private static final List<String> SHEETS = List.of("Articles", "Attributions", "Hedges", "Credits", "Outlets",
            "OutletPeriods", "README");
    private static final List<String> FILES = List.of("articles.csv", "attributions.csv", "hedges.csv", "credits.csv",
            "outlets.csv", "outlet_periods.csv", "readme.csv");

    @TempDir
    Path tmp;

    private ExportSummary xlsx(Exporter e, List<ArticleAnalysis> analyses, Path file) throws IOException {
        return e.exportXlsx(analyses::stream, ExportFixtures.provenance(), Map.of("format", "xlsx"), file);
    }

    private ExportSummary csv(List<ArticleAnalysis> analyses, Path dir) throws IOException {
        return new Exporter().exportCsv(analyses::stream, ExportFixtures.provenance(), Map.of("format", "csv"), dir);
    }

    private static XSSFWorkbook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Column index by header in row 0. */
    private static Map<String, Integer> header(Sheet s) {
        Map<String, Integer> h = new HashMap<>();
        for (Cell c : s.getRow(0)) {
            assertEquals(CellType.STRING, c.getCellType());
            h.put(c.getStringCellValue(), c.getColumnIndex());
        }
        return h;
    }

    private static Cell cell(Sheet s, int row, String column) {
        return s.getRow(row).getCell(header(s).get(column));
    }

    private static String text(Sheet s, int row, String column) {
        Cell c = cell(s, row, column);
        assertEquals(CellType.STRING, c.getCellType(), column + " is text");
        return c.getStringCellValue();
    }

    private static double number(Sheet s, int row, String column) {
        Cell c = cell(s, row, column);
        assertEquals(CellType.NUMERIC, c.getCellType(), column + " is a number");
        return c.getNumericCellValue();
    }

    private static boolean empty(Sheet s, int row, String column) {
        Cell c = cell(s, row, column);
        return c == null || c.getCellType() == CellType.BLANK;
    }

    @Test
    void xlsxHoldsTheInputValuesWithTheirTypes() throws IOException {
        Path file = tmp.resolve("export.xlsx");
        ExportSummary summary = xlsx(new Exporter(), ExportFixtures.analyses(), file);
        assertEquals(SHEETS, summary.outputs());
        assertEquals(List.of(3L, 3L, 2L, 1L, 2L, 2L), List.copyOf(summary.rows().values()).subList(0, 6));
        assertFalse(Files.exists(tmp.resolve("export.xlsx.part")));
        try (XSSFWorkbook wb = read(file)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(SHEETS, names);

            Sheet a = wb.getSheet("Articles");
            assertEquals(3, a.getLastRowNum());
            assertEquals("q-001", text(a, 1, "id"));
            assertEquals("Le Quotidien", text(a, 1, "outlet"));
            Cell published = cell(a, 1, "published");
            assertEquals(CellType.NUMERIC, published.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(published));
            assertEquals(LocalDate.of(2022, 2, 20), published.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("in/corpus.jsonl", text(a, 1, "source"));
            assertEquals(3.0, number(a, 1, "sourceLine"));
            assertEquals("La ligne de front", text(a, 1, "title"));
            assertEquals(24.0, number(a, 1, "tokens"));
            assertEquals(0.0, number(a, 1, "sideBalance"));
            assertEquals(0.25, number(a, 1, "sourceDiversity"));
            assertEquals(41.666666666666664, number(a, 1, "hedgesPer1000Tokens"));
            assertEquals(2.0, number(a, 1, "attributions"));
            assertEquals(0.5, number(a, 1, "voiceShare.russia_state_media"));
            assertEquals(0.0, number(a, 1, "voiceShare.ukraine_official"));
            assertEquals(0.75, number(a, 1, "genre.reporting"));
            assertEquals(0.5, number(a, 1, "frames.Economic"));
            assertEquals(1.0, number(a, 1, "frames.Security"));
            assertEquals("reporting", text(a, 1, "predicted.genre"));
            assertEquals("Economic; Security", text(a, 1, "predicted.frames"));
            assertEquals("fb2a1d5c1c7b01f0e5b7d5e1ba1e0f2f2e9bfa3c1b9b8e1d0b2dc3d0a9c4d2e1".length(),
                    text(a, 1, "documentSha256").length());
            assertTrue(empty(a, 2, "predicted.genre"), "no model: empty");
            assertTrue(empty(a, 2, "genre.reporting"));
            assertTrue(empty(a, 1, "stanceAsymmetry"), "null index: empty");

            // the null-metrics article: empty cells, never 0
            assertEquals("x-003", text(a, 3, "id"));
            for (String col : List.of("outlet", "published", "url", "sourceLine", "sideBalance", "sourceDiversity",
                    "hedgesPer1000Tokens", "stateMediaReliance", "voiceShare.unknown", "stateMediaCreditShare")) {
                assertTrue(empty(a, 3, col), col);
            }
            assertEquals(0.0, number(a, 3, "attributions"));
            assertEquals(AWKWARD_TITLE, text(a, 3, "title"));

            // hostile cells stay text, exactly, and are quote-prefixed
            Cell title = cell(a, 2, "title");
            assertEquals(CellType.STRING, title.getCellType());
            assertEquals(HOSTILE, title.getStringCellValue());
            assertTrue(title.getCellStyle().getQuotePrefixed());
            assertFalse(cell(a, 1, "title").getCellStyle().getQuotePrefixed());

            Sheet at = wb.getSheet("Attributions");
            assertEquals("q-001", text(at, 1, "articleId"));
            assertEquals("le porte-parole du Kremlin", text(at, 1, "speaker"));
            assertEquals("Nous ne reculerons pas", text(at, 1, "content"));
            assertEquals(DOC1.substring((int) number(at, 1, "contentStart"), (int) number(at, 1, "contentEnd")),
                    text(at, 1, "content"));
            assertEquals(2.0, number(at, 1, "start"));
            assertEquals(DOC1.indexOf("Kremlin") + 7.0, number(at, 1, "end"));
            assertEquals("russia_official", text(at, 1, "camp"));
            assertEquals(CellType.BOOLEAN, cell(at, 1, "anonymous").getCellType());
            assertFalse(cell(at, 1, "anonymous").getBooleanCellValue());
            assertEquals("l’agence TASS", text(at, 2, "speaker"));
            assertEquals("TASS", text(at, 2, "speakerResolved"));
            assertTrue(empty(at, 2, "verbLemma"));
            assertEquals(HOSTILE, text(at, 3, "speaker"));
            assertTrue(cell(at, 3, "speaker").getCellStyle().getQuotePrefixed());
            assertEquals(LocalDate.of(2022, 3, 2), cell(at, 3, "published").getLocalDateTimeCellValue().toLocalDate());

            Sheet h = wb.getSheet("Hedges");
            assertEquals("se seraient retirées", text(h, 1, "text"));
            assertEquals("attributed", text(h, 1, "scope"));
            assertEquals("narrator", text(h, 2, "scope"));

            Sheet c = wb.getSheet("Credits");
            assertEquals("© Sputnik", text(c, 1, "text"));
            assertEquals("Sputnik", text(c, 1, "creditedOutlet"));
            assertTrue(cell(c, 1, "stateAffiliated").getBooleanCellValue());
            assertEquals("RU", text(c, 1, "country"));

            Sheet o = wb.getSheet("Outlets");
            assertEquals("Le Quotidien", text(o, 1, "outlet"));
            assertEquals(2.0, number(o, 1, "articles"));
            assertEquals(LocalDate.of(2022, 2, 20), cell(o, 1, "firstPublished").getLocalDateTimeCellValue()
                    .toLocalDate());
            assertEquals(LocalDate.of(2022, 3, 2), cell(o, 1, "lastPublished").getLocalDateTimeCellValue()
                    .toLocalDate());
            assertEquals(0.0, number(o, 1, "sideBalance"), "mean over the one article where defined");
            assertEquals(0.125, number(o, 1, "sourceDiversity"));
            assertEquals((41.666666666666664 + 62.5) / 2, number(o, 1, "hedgesPer1000Tokens"), 1e-12);
            assertEquals(3.0, number(o, 1, "attributions"));
            assertEquals(1.0, number(o, 1, "attributions.russia_state_media"));
            assertEquals(0.0, number(o, 1, "attributions.ukraine_official"));
            assertTrue(empty(o, 2, "outlet"), "unknown outlet last");
            assertEquals(1.0, number(o, 2, "undated"));
            assertTrue(empty(o, 2, "sideBalance"));

            Sheet p = wb.getSheet("OutletPeriods");
            assertEquals(2, p.getLastRowNum());
            assertEquals("2022-02", text(p, 1, "month"));
            assertEquals("2022-03", text(p, 2, "month"));
            assertEquals(62.5, number(p, 2, "hedgesPer1000Tokens"));

            for (String name : SHEETS) {
                XSSFSheet s = wb.getSheet(name);
                assertTrue(s.getPaneInformation().isFreezePane(), name + " frozen header");
                assertEquals(1, s.getPaneInformation().getHorizontalSplitTopRow());
                assertTrue(s.getCTWorksheet().isSetAutoFilter(), name + " autofilter");
                assertTrue(wb.getFontAt(s.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
                assertTrue(s.getColumnWidth(0) >= 8 * 256 && s.getColumnWidth(0) <= 60 * 256);
            }
            assertEquals("A1:" + "C" + (wb.getSheet("README").getLastRowNum() + 1),
                    wb.getSheet("README").getCTWorksheet().getAutoFilter().getRef());
            assertNull(wb.getProperties().getCoreProperties().getCreated(), "no timestamp");
        }
    }

    @Test
    void readmeDefinesEveryColumnOfEverySheetAndHoldsTheProvenance() throws IOException {
        Path file = tmp.resolve("export.xlsx");
        xlsx(new Exporter(), ExportFixtures.analyses(), file);
        try (XSSFWorkbook wb = read(file)) {
            Sheet readme = wb.getSheet("README");
            Map<String, String> defined = new HashMap<>();
            for (Row r : readme) {
                if (r.getRowNum() > 0) {
                    defined.put(r.getCell(0).getStringCellValue() + "/" + r.getCell(1).getStringCellValue(),
                            r.getCell(2) == null ? "" : r.getCell(2).getStringCellValue());
                }
            }
            int checked = 0;
            for (String sheet : SHEETS) {
                for (String column : header(wb.getSheet(sheet)).keySet()) {
                    assertFalse(defined.getOrDefault(sheet + "/" + column, "").isBlank(), sheet + "/" + column);
                    checked++;
                }
            }
            assertTrue(checked > 100, "columns checked: " + checked);
            assertEquals("pipe-42", defined.get("(provenance)/pipelineId"));
            assertEquals("abc1234", defined.get("(provenance)/gitCommit"));
            assertEquals("ff00", defined.get("(provenance)/input.sha256.in/corpus.jsonl"));
            assertEquals("fr", defined.get("(provenance)/setting.lang"));
            assertEquals("xlsx", defined.get("(provenance)/export.format"));
            assertTrue(defined.get("(notes)/formulaInjection").contains("quote-prefixed"));
            assertFalse(defined.containsKey("(notes)/overflow"));
        }
        Path dir = tmp.resolve("csv");
        csv(ExportFixtures.analyses(), dir);
        List<List<String>> readme = parse(dir.resolve("readme.csv"));
        Set<String> defined = new HashSet<>();
        readme.forEach(r -> defined.add(r.get(0) + "/" + r.get(1)));
        for (String f : FILES) {
            for (String column : parse(dir.resolve(f)).get(0)) {
                assertTrue(defined.contains(f + "/" + column), f + "/" + column);
            }
        }
        assertTrue(readme.stream().anyMatch(r -> r.get(1).equals("formulaInjection")
                && r.get(2).contains("leading single quote")));
    }

    @Test
    void csvUsesBomCrlfQuotingAndNeutralisesFormulas() throws IOException {
        Path dir = tmp.resolve("csv");
        ExportSummary summary = csv(ExportFixtures.analyses(), dir);
        assertEquals(FILES, summary.outputs());
        assertEquals(3L, summary.rows("Articles"));
        byte[] bytes = Files.readAllBytes(dir.resolve("articles.csv"));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        String raw = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(raw.startsWith("\uFEFFid,outlet,published,source,sourceLine,url,title,documentSha256,tokens,"));
        assertTrue(raw.endsWith("\r\n") && raw.contains("tokens,sentences,"));
        // quoted, inner quotes doubled, newline and non-breaking spaces kept
        assertTrue(raw.contains(",\"Le\u00A0«\u00A0cessez-le-feu\u202F» ; une \"\"trêve\"\"\nfragile, dit-on\","));
        assertTrue(raw.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"clic\"\")\","), "hostile title neutralised");

        List<List<String>> rows = parse(dir.resolve("articles.csv"));
        assertEquals(4, rows.size());
        Map<String, Integer> h = new HashMap<>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            h.put(rows.get(0).get(i), i);
        }
        assertEquals("2022-02-20", rows.get(1).get(h.get("published")));
        assertEquals("0.25", rows.get(1).get(h.get("sourceDiversity")));
        assertEquals("0", rows.get(1).get(h.get("sideBalance")));
        assertEquals("24", rows.get(1).get(h.get("tokens")));
        assertEquals("41.666666666666664", rows.get(1).get(h.get("hedgesPer1000Tokens")));
        assertEquals("'" + HOSTILE, rows.get(2).get(h.get("title")));
        assertEquals(AWKWARD_TITLE, rows.get(3).get(h.get("title")));
        for (String col : List.of("outlet", "published", "sideBalance", "hedgesPer1000Tokens", "genre.reporting")) {
            assertEquals("", rows.get(3).get(h.get(col)), col);
        }
        List<List<String>> at = parse(dir.resolve("attributions.csv"));
        assertEquals("'" + HOSTILE, at.get(3).get(at.get(0).indexOf("speaker")));
        assertEquals("false", at.get(3).get(at.get(0).indexOf("anonymous")));
        List<List<String>> outlets = parse(dir.resolve("outlets.csv"));
        assertEquals(List.of("outlet", "articles", "undated", "firstPublished", "lastPublished", "sideBalance"),
                outlets.get(0).subList(0, 6));
        assertEquals(List.of("Le Quotidien", "2", "0", "2022-02-20", "2022-03-02", "0"), outlets.get(1).subList(0, 6));
        assertEquals(List.of("", "1", "1", "", "", ""), outlets.get(2).subList(0, 6));
        assertEquals(List.of(List.of("outlet", "month", "articles"), List.of("Le Quotidien", "2022-02", "1"),
                List.of("Le Quotidien", "2022-03", "1")), parse(dir.resolve("outlet_periods.csv")).stream()
                .map(r -> r.subList(0, 3)).toList());
    }

    @Test
    void csvFieldQuotingRules() {
        assertEquals("", CsvSink.field(null));
        assertEquals("plain", CsvSink.field("plain"));
        assertEquals("\"a,b\"", CsvSink.field("a,b"));
        assertEquals("\"a;b\"", CsvSink.field("a;b"));
        assertEquals("\"a\r\nb\"", CsvSink.field("a\r\nb"));
        assertEquals("\"dit \"\"non\"\"\"", CsvSink.field("dit \"non\""));
        assertEquals("'+33 1 23", CsvSink.field("+33 1 23"));
        assertEquals("'-t-il", CsvSink.field("-t-il"));
        assertEquals("'@cible", CsvSink.field("@cible"));
        assertEquals("'\tx", CsvSink.field("\tx"));
        assertEquals("\"'\rx\"", CsvSink.field("\rx"));
        assertEquals("-0.5", CsvSink.field(-0.5), "numbers are never prefixed");
        assertEquals("1", CsvSink.field(1.0));
        assertEquals("0.0001", CsvSink.field(1e-4));
        assertEquals("2022-02-24", CsvSink.field(LocalDate.of(2022, 2, 24)));
        assertEquals("true", CsvSink.field(true));
        assertThrows(IllegalArgumentException.class, () -> CsvSink.field(Double.NaN));
    }

    @Test
    void exportsAreDeterministic() throws IOException {
        csv(ExportFixtures.analyses(), tmp.resolve("a"));
        csv(ExportFixtures.analyses(), tmp.resolve("b"));
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(f)),
                    Files.readAllBytes(tmp.resolve("b").resolve(f)), f);
        }
        xlsx(new Exporter(), ExportFixtures.analyses(), tmp.resolve("a.xlsx"));
        xlsx(new Exporter(), ExportFixtures.analyses(), tmp.resolve("b.xlsx"));
        assertEquals(cells(tmp.resolve("a.xlsx")), cells(tmp.resolve("b.xlsx")));
        // POI 5.3 writes fixed zip entry times and the creation date is omitted: the files are identical too
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a.xlsx")), Files.readAllBytes(tmp.resolve("b.xlsx")));
    }

    @Test
    void aTableLongerThanASheetContinuesOnNumberedSheets() throws IOException {
        Path file = tmp.resolve("big.xlsx");
        List<ArticleAnalysis> many = ExportFixtures.copies(5);
        ExportSummary summary = xlsx(new Exporter(5), many, file);
        assertEquals(10L, summary.rows("Attributions"));
        assertEquals(5L, summary.rows("Articles"));
        assertEquals(List.of("Articles", "Articles (2)", "Attributions", "Attributions (2)", "Attributions (3)",
                "Hedges", "Hedges (2)", "Credits", "Credits (2)", "Outlets", "OutletPeriods", "README",
                "README (2)"), summary.outputs().subList(0, 13));
        try (XSSFWorkbook wb = read(file)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(summary.outputs(), names);
            List<String> ids = new ArrayList<>();
            for (String part : List.of("Attributions", "Attributions (2)", "Attributions (3)")) {
                Sheet s = wb.getSheet(part);
                assertEquals("articleId", s.getRow(0).getCell(0).getStringCellValue());
                for (int r = 1; r <= s.getLastRowNum(); r++) {
                    ids.add(s.getRow(r).getCell(0).getStringCellValue());
                }
            }
            assertEquals(List.of("g-00000", "g-00000", "g-00001", "g-00001", "g-00002", "g-00002", "g-00003",
                    "g-00003", "g-00004", "g-00004"), ids);
            boolean noted = false;
            for (String part : names.stream().filter(n -> n.startsWith("README")).toList()) {
                for (Row r : wb.getSheet(part)) {
                    noted |= r.getCell(1).getStringCellValue().equals("overflow")
                            && r.getCell(2).getStringCellValue().contains("Attributions (2), Attributions (3)");
                }
            }
            assertTrue(noted, "README explains the overflow");
        }
        assertThrows(IllegalArgumentException.class, () -> new Exporter(1));
    }

    @Test
    void overlongTextIsCutInXlsxButWholeInCsv() throws IOException {
        ArticleAnalysis f = ExportFixtures.first();
        String longTitle = "é".repeat(40_000);
        org.cadrage.model.Article a = f.article();
        ArticleAnalysis big = new ArticleAnalysis(new org.cadrage.model.Article(a.id(), a.source(), a.document(),
                a.span(), a.outlet(), a.published(), longTitle, a.url(), a.metadata(), a.labels(), a.boilerplate(),
                a.warnings()), f.evidence(), f.metrics(), f.scores());
        xlsx(new Exporter(), List.of(big), tmp.resolve("long.xlsx"));
        try (XSSFWorkbook wb = read(tmp.resolve("long.xlsx"))) {
            String cut = text(wb.getSheet("Articles"), 1, "title");
            assertEquals(XlsxSink.MAX_TEXT, cut.length());
            assertTrue(cut.endsWith(" [...]"));
        }
        csv(List.of(big), tmp.resolve("csv"));
        assertEquals(longTitle, parse(tmp.resolve("csv/articles.csv")).get(1).get(6));
    }

    private static List<String> cells(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        try (XSSFWorkbook wb = read(file)) {
            wb.forEach(s -> s.forEach(r -> r.forEach(c -> out.add(s.getSheetName() + "!" + c.getAddress() + "="
                    + c.getCellType() + ":" + c))));
        }
        assertTrue(out.size() > 100);
        return out;
    }

    /** A strict RFC 4180 reader for the tests: BOM, quoted fields, CRLF records. */
    static List<List<String>> parse(Path file) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(s.startsWith("\uFEFF"), file + " has a BOM");
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' && field.length() == 0) {
                i++;
                while (!(s.charAt(i) == '"' && (i + 1 == s.length() || s.charAt(i + 1) != '"'))) {
                    field.append(s.charAt(i));
                    i += s.charAt(i) == '"' ? 2 : 1;
                }
                i++;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r') {
                assertEquals('\n', s.charAt(i + 1), "CRLF");
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else {
                field.append(c);
                i++;
            }
        }
        assertTrue(row.isEmpty() && field.length() == 0, "last line ends with CRLF");
        int width = rows.get(0).size();
        rows.forEach(r -> assertEquals(width, r.size(), "row " + r));
        return rows;
    }
}
