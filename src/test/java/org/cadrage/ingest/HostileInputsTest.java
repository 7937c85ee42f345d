package org.cadrage.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cadrage.model.Article;
import org.cadrage.model.IngestIssue;
import org.junit.jupiter.api.Test;

/**
 * A folder of hostile inputs (src/test/resources/org/cadrage/ingest/hostile): each bad unit must end as an issue
 * naming its file, line and reason, the good units must still be read, and nothing may be lost.
 */
class HostileInputsTest {
    private static final Path HOSTILE = Path.of("src/test/resources/org/cadrage/ingest/hostile");

    @Test
    void everyHostileUnitIsReportedClearlyAndTheRestIsRead() throws Exception {
        List<Article> articles = new ArrayList<>();
        List<IngestIssue> issues = new ArrayList<>();
        Ingestor ingestor = new Ingestor(IngestOptions.defaults());
        ingestor.read(List.of(HOSTILE), articles::add, issues::add);

        List<String[]> expected = new ArrayList<>();
        for (String line : Files.readAllLines(HOSTILE.resolveSibling("hostile-expected-issues.tsv"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                expected.add(line.split("\t"));
            }
        }
        assertEquals(expected.size(), issues.size(), "issues: " + issues);
        for (int i = 0; i < expected.size(); i++) {
            String[] e = expected.get(i);
            IngestIssue got = issues.get(i);
            assertEquals(HOSTILE.resolve(e[0]).toString(), got.source(), "issue " + i);
            assertEquals(e[1].equals("-") ? null : e[1], got.location(), "issue " + i);
            assertEquals(e[2].equals("skipped"), got.skipped(), "issue " + i + ": " + got);
            assertTrue(got.reason().contains(e[3]), "issue " + i + " reason: " + got.reason());
        }
        assertEquals(List.of("broken:2", "broken:3", "broken:5", "cp1252", "a", "ok"),
                articles.stream().map(Article::id).toList());
        long skipped = issues.stream().filter(IngestIssue::skipped).count();
        assertEquals(articles.size() + skipped, ingestor.unitsSeen(), "nothing lost");
        Article cp = articles.get(3);
        assertTrue(cp.document().contains("député") && cp.document().contains("l\u2019OTAN"),
                "windows-1252 bytes decoded: " + cp.document());
    }
}
