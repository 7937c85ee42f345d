package org.cadrage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance run on the real headlines file (933 rows, 15 outlets, 63 days) as title-only articles:
 * {@code analyze} into a workspace, then {@code report}, {@code compare --before 2022-02-24} and {@code export}, all
 * through the CLI; the spreadsheet must hold every analysed article, and a second {@code analyze} must find every
 * article unchanged.
 */
class WorkspaceCommandsIT {
    private static final Path SHARED = Path.of(System.getProperty("cadrage.shared", "../shared"));

    private static String[] run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(args, new PrintWriter(o, true), new PrintWriter(e, true));
        assertEquals(0, code, String.join(" ", args) + "\n" + o + "\n" + e);
        return new String[] {o.toString(), e.toString()};
    }

    @Test
    void headlinesAnalyseReportCompareExport(@TempDir Path dir) throws Exception {
        Path csv = SHARED.resolve("corpus/headlines-2022/headers2022.csv");
        Path ws = dir.resolve("ws");
        run("analyze", csv.toString(), "--out", dir.resolve("out").toString(), "--workspace", ws.toString(),
                "--no-progress");
        JsonNode counts = new ObjectMapper().readTree(dir.resolve("out/run.json").toFile()).path("counts");
        int analysed = counts.path("analysed").asInt();
        assertTrue(analysed >= 925, "analysed " + analysed);

        String[] again = run("analyze", csv.toString(), "--out", dir.resolve("out2").toString(), "--workspace",
                ws.toString(), "--no-progress", "--no-models");
        JsonNode counts2 = new ObjectMapper().readTree(dir.resolve("out2/run.json").toFile()).path("counts");
        assertEquals(0, counts2.path("analysed").asInt(), again[0]);
        assertEquals(analysed, counts2.path("unchanged").asInt(), "idempotent: " + again[0]);

        Path reports = dir.resolve("reports");
        run("report", "--workspace", ws.toString(), "--out", reports.toString(), "--event", "2022-02-24",
                "--ratings", SHARED.resolve("data/outlets").toString(), "--resamples", "200");
        List<Path> pages;
        try (Stream<Path> s = Files.list(reports)) {
            pages = s.filter(p -> p.toString().endsWith(".html") && !p.endsWith("index.html")).toList();
        }
        assertEquals(15, pages.size(), "one page per outlet: " + pages);
        String index = Files.readString(reports.resolve("index.html"));
        assertTrue(index.contains("<svg") || index.contains("<table"), "index page has its table");

        Path compare = dir.resolve("compare");
        String[] c = run("compare", "--workspace", ws.toString(), "--before", "2022-02-24", "--out",
                compare.toString(), "--resamples", "200");
        try (Stream<Path> s = Files.list(compare)) {
            long json = s.filter(p -> p.toString().endsWith(".json")).count();
            assertTrue(json >= 10, "a period comparison per outlet with articles on both sides: " + json + "\n" + c[0]);
        }

        Path xlsx = dir.resolve("export.xlsx");
        run("export", "--workspace", ws.toString(), "--format", "xlsx", "--out", xlsx.toString());
        try (InputStream in = Files.newInputStream(xlsx); Workbook book = new XSSFWorkbook(in)) {
            Sheet articles = book.getSheet("Articles");
            assertEquals(analysed, articles.getLastRowNum(), "one row per analysed article below the header");
        }
        Path csvDir = dir.resolve("csv");
        run("export", "--workspace", ws.toString(), "--format", "csv", "--out", csvDir.toString());
        List<String> lines = Files.readAllLines(csvDir.resolve("articles.csv"));
        assertTrue(lines.get(0).startsWith("\uFEFF"), "UTF-8 BOM for Excel");
        assertTrue(lines.size() >= analysed + 1, "every article in articles.csv");
    }
}
