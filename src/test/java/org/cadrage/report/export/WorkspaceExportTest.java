package org.cadrage.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadrage.aggregate.ArticleIndex;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.TaskScores;
import org.cadrage.store.Query;
import org.cadrage.store.SyntheticAnalyses;
import org.cadrage.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The XLSX exported from a DuckDB workspace, read back with POI, holds the database's values: one Articles row per
 * current article, in the workspace's order, with every catalogue index equal to the value computed from the analysis
 * the database returns, and every attribution.
 */
class WorkspaceExportTest {
    @Test
    void xlsxValuesEqualTheDatabases(@TempDir Path dir) throws Exception {
        try (Workspace w = Workspace.open(dir.resolve("ws"))) {
            String run = w.beginRun(ExportFixtures.provenance(), Map.of());
            try (Stream<ArticleAnalysis> s = SyntheticAnalyses.generate(300, 11)) {
                w.putAll(s.toList(), run);
            }
            List<ArticleAnalysis> stored;
            try (Stream<ArticleAnalysis> s = w.analyses(Query.all())) {
                stored = s.toList();
            }
            Path file = dir.resolve("export.xlsx");
            ExportSummary summary = new Exporter().exportXlsx(() -> w.analyses(Query.all()),
                    ExportFixtures.provenance(), Map.of("format", "xlsx"), file);
            assertEquals(300, summary.rows("Articles"));

            SortedMap<String, SortedSet<String>> tasks = new TreeMap<>();
            for (ArticleAnalysis a : stored) {
                for (TaskScores t : a.scores().values()) {
                    t.units().forEach(u -> tasks.computeIfAbsent(t.task(), k -> new TreeSet<>())
                            .addAll(u.probabilities().keySet()));
                }
            }
            List<ArticleIndex> catalogue = ArticleIndex.catalogue(tasks);
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
                Sheet articles = book.getSheet("Articles");
                Map<String, Integer> col = header(articles);
                assertEquals(stored.size(), articles.getLastRowNum());
                for (int i = 0; i < stored.size(); i++) {
                    ArticleAnalysis a = stored.get(i);
                    Row row = articles.getRow(i + 1);
                    assertEquals(a.article().id(), row.getCell(col.get("id")).getStringCellValue());
                    assertEquals(a.article().outlet(), row.getCell(col.get("outlet")).getStringCellValue());
                    Cell published = row.getCell(col.get("published"));
                    assertTrue(DateUtil.isCellDateFormatted(published));
                    assertEquals(a.article().published(), published.getLocalDateTimeCellValue().toLocalDate());
                    for (ArticleIndex index : catalogue) {
                        Double expected = index.of(a);
                        Cell c = row.getCell(col.get(index.id()));
                        if (expected == null) {
                            assertTrue(c == null || c.getCellType() == CellType.BLANK, index.id() + " empty");
                        } else {
                            assertEquals(CellType.NUMERIC, c.getCellType(), index.id());
                            assertEquals(expected, c.getNumericCellValue(), 1e-12, a.article().id() + " "
                                    + index.id());
                        }
                    }
                }
                long attributions = stored.stream().mapToLong(a -> a.evidence().attributions().size()).sum();
                assertEquals(attributions, book.getSheet("Attributions").getLastRowNum());
            }
        }
    }

    private static Map<String, Integer> header(Sheet s) {
        Map<String, Integer> h = new HashMap<>();
        for (Cell c : s.getRow(0)) {
            h.put(c.getStringCellValue(), c.getColumnIndex());
        }
        return h;
    }
}
