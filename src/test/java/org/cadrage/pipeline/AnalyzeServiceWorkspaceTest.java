package org.cadrage.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cadrage.ingest.IngestOptions;
import org.cadrage.model.Article;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.RunSummary;
import org.cadrage.nlp.AnnotatedDocument;
import org.cadrage.nlp.Annotator;
import org.cadrage.nlp.TestDocs;
import org.cadrage.store.Query;
import org.cadrage.store.RunRecord;
import org.cadrage.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyze job with a workspace: stored analyses, unchanged articles skipped, changed ones versioned. */
class AnalyzeServiceWorkspaceTest {
    private static final Annotator FAKE = new Annotator() {
        @Override
        public AnnotatedDocument annotate(Article article) {
            return TestDocs.of(article, Map.of("aurait", "AUX", "commis", "VERB"));
        }

        @Override
        public String id() {
            return "fake";
        }
    };

    private static RunSummary run(Path in, Path out, Path workspace) throws Exception {
        return new AnalyzeService(new Analyzer(FAKE)).run(new AnalyzeSettings(List.of(in), out, 2,
                new IngestOptions(null, Map.of(), false), false, workspace),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @Test
    void secondRunSkipsUnchangedArticlesAndVersionsChangedOnes(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 5; i++) {
            Files.writeString(in.resolve("a" + i + ".txt"), "Le ministre aurait commis une erreur n°" + i + ".");
        }
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Path ws = dir.resolve("ws");
        RunSummary first = run(in, dir.resolve("out1"), ws);
        assertEquals(6, first.unitsSeen());
        assertEquals(5, first.analysed());
        assertEquals(0, first.unchanged());
        assertEquals(1, first.skipped());

        Files.writeString(in.resolve("a3.txt"), "Le ministre aurait commis deux erreurs.");
        RunSummary second = run(in, dir.resolve("out2"), ws);
        assertEquals(6, second.unitsSeen());
        assertEquals(1, second.analysed());
        assertEquals(4, second.unchanged());
        assertEquals(1, second.skipped());
        List<String> lines = Files.readAllLines(dir.resolve("out2/analysis.jsonl"));
        assertEquals(5, lines.size(), "unchanged articles are copied from the workspace: the file holds every article");
        for (int i = 0; i < 5; i++) {
            assertTrue(lines.get(i).contains("\"id\":\"a" + i + "\""), "input order kept: " + lines.get(i));
        }
        assertTrue(lines.get(3).contains("\"span\":{\"start\":0,\"end\":39}"), "the changed article (39 chars) is the "
                + "new analysis: " + lines.get(3));
        assertTrue(Files.readString(dir.resolve("out2/run.json")).contains("\"unchanged\" : 4"));

        try (Workspace w = Workspace.open(ws)) {
            assertEquals(5, w.count(Query.all()));
            ArticleAnalysis a3 = w.current("a3").orElseThrow();
            assertEquals("Le ministre aurait commis deux erreurs.", a3.article().text());
            assertEquals("aurait commis", a3.evidence().hedges().get(0).text());
            try (Stream<ArticleAnalysis> s = w.analyses(Query.all())) {
                assertEquals(List.of("a0", "a1", "a2", "a3", "a4"), s.map(a -> a.article().id()).toList());
            }
            List<RunRecord> runs = w.runs();
            assertEquals(List.of("run-0001", "run-0002"), runs.stream().map(RunRecord::runId).toList());
            assertEquals(List.of(5L, 1L), runs.stream().map(RunRecord::stored).toList());
            assertEquals(second, runs.get(1).summary());
            assertEquals(ws.toString(), runs.get(1).settings().get("workspace"));
            assertEquals(6, runs.get(1).provenance().inputs().size(), "input hashes recorded once finished");
        }
    }

    @Test
    void withoutWorkspaceNothingIsStored(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Le ministre aurait commis une erreur.");
        RunSummary s = run(in, dir.resolve("out"), null);
        assertEquals(1, s.analysed());
        assertEquals("none", s.provenance().settings().get("workspace"));
        assertTrue(Files.notExists(dir.resolve("ws")));
    }
}
