package org.cadrage.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cadrage.model.Article;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.Attribution;
import org.cadrage.model.Boilerplate;
import org.cadrage.model.BoilerplateKind;
import org.cadrage.model.Credit;
import org.cadrage.model.CreditKind;
import org.cadrage.model.Evidence;
import org.cadrage.model.Hedge;
import org.cadrage.model.HedgeKind;
import org.cadrage.model.IngestIssue;
import org.cadrage.model.Provenance;
import org.cadrage.model.RunSummary;
import org.cadrage.model.Scope;
import org.cadrage.model.SourceRef;
import org.cadrage.model.Span;
import org.cadrage.model.TextSpan;
import org.cadrage.score.MetricsCalculator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace: lossless round trip, versioning, transactions, schema checks and queries, on temp folders. */
class WorkspaceTest {
    private static final Provenance PROVENANCE = new Provenance("cadrage", "0.test", null, "fake", "abc123",
            Map.of("duckdb", "1.1.3"), Map.of("threads", "1"), new TreeMap<>());

    /**
     * A hand-made analysis with every nullable field null (outlet, date, title, url, line, speaker, lemma, ...),
     * a span that is not the whole document, boilerplate, labels, non-BMP characters and no scores.
     */
    static ArticleAnalysis handMade(String id, String body) {
        String doc = "Menu | Accueil\n" + body + " 🙂 Selon des témoins, l\u2019armée aurait reculé.\n"
                + "Photo\u00A0: © TASS\nPartager";
        int start = doc.indexOf(body);
        Span span = new Span(start, doc.length());
        int share = doc.indexOf("Partager");
        Boilerplate bp = new Boilerplate(new Span(share, share + 8), BoilerplateKind.SHARE_WIDGET);
        Article a = new Article(id, new SourceRef("in/" + id + ".txt", null, "f".repeat(64)), doc, span, null, null,
                null, null, Map.of("lang", "fr"), Map.of("genre", List.of("reporting")), List.of(bp),
                List.of("decoded as windows-1252"));
        int selon = doc.indexOf("Selon");
        int temoins = doc.indexOf("des témoins");
        int content = doc.indexOf("l\u2019armée");
        int aurait = doc.indexOf("aurait reculé");
        int tass = doc.indexOf("TASS");
        Attribution at = new Attribution("according_to", new TextSpan("des témoins", temoins, temoins + 11), null,
                new TextSpan("Selon", selon, selon + 5), null, null, new Span(content, doc.indexOf(".\nPhoto")),
                "unknown", false, false, null, null);
        Hedge h = new Hedge("aurait reculé", aurait, aurait + 13, HedgeKind.CONDITIONAL, Scope.ATTRIBUTED,
                "conditional:aurait");
        Credit c = new Credit("TASS", tass, tass + 4, CreditKind.PHOTO, "TASS", null, null);
        Evidence e = new Evidence(List.of(h), List.of(c), List.of(at), List.of(bp));
        return new ArticleAnalysis(a, e, MetricsCalculator.compute(12, 2, e));
    }

    @Test
    void syntheticAndHandMadeAnalysesComeBackEqual(@TempDir Path dir) {
        List<ArticleAnalysis> in = new ArrayList<>(SyntheticAnalyses.generate(400, 7).toList());
        in.add(handMade("manual-1", "Le ministre aurait commis une erreur."));
        try (Workspace ws = Workspace.open(dir)) {
            String run = ws.beginRun(PROVENANCE, Map.of("threads", "1"));
            assertEquals(401, ws.putAll(in, run));
            List<ArticleAnalysis> out;
            try (Stream<ArticleAnalysis> s = ws.analyses(Query.all())) {
                out = s.toList();
            }
            assertEquals(401, out.size());
            Map<String, ArticleAnalysis> byId = out.stream()
                    .collect(Collectors.toMap(a -> a.article().id(), a -> a));
            for (ArticleAnalysis a : in) {
                assertEquals(a, byId.get(a.article().id()), a.article().id());
            }
            assertTrue(in.stream().anyMatch(a -> !a.scores().isEmpty()), "scores were round-tripped");
            List<ArticleAnalysis> sorted = new ArrayList<>(in);
            sorted.sort(Comparator.comparing((ArticleAnalysis a) -> a.article().outlet(),
                            Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(a -> a.article().published(), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(a -> a.article().id()));
            assertEquals(sorted.stream().map(a -> a.article().id()).toList(),
                    out.stream().map(a -> a.article().id()).toList(), "outlet, date, id; unknown outlet last");
            assertEquals("manual-1", out.get(out.size() - 1).article().id());
            assertEquals(SyntheticAnalyses.OUTLETS.stream().sorted().toList(), ws.outlets());
            assertEquals(handMade("manual-1", "Le ministre aurait commis une erreur."),
                    ws.current("manual-1").orElseThrow());
        }
    }

    @Test
    void sameTextIsSkippedAndChangedTextBecomesVersionTwo(@TempDir Path dir) {
        ArticleAnalysis v1 = handMade("a1", "Première version du texte.");
        ArticleAnalysis v2 = handMade("a1", "Deuxième version, corrigée.");
        try (Workspace ws = Workspace.open(dir)) {
            String run = ws.beginRun(PROVENANCE, Map.of());
            ws.put(v1, run);
            assertTrue(ws.isCurrent("a1", Workspace.textSha256(v1.article())));
            assertFalse(ws.isCurrent("a1", Workspace.textSha256(v2.article())));
            assertFalse(ws.isCurrent("a2", Workspace.textSha256(v1.article())));
            assertEquals(0, ws.putAll(List.of(v1), run), "same id and text: nothing written");
            assertEquals(1, ws.count(Query.all()));
            ws.put(v2, run);
            assertEquals(1, ws.count(Query.all()));
            assertTrue(ws.isCurrent("a1", Workspace.textSha256(v2.article())));
            assertFalse(ws.isCurrent("a1", Workspace.textSha256(v1.article())));
            try (Stream<ArticleAnalysis> s = ws.analyses(Query.all())) {
                assertEquals(List.of(v2), s.toList());
            }
            assertEquals(2, ws.runs().get(0).stored());
        }
        assertEquals(List.of("a1 1 false", "a1 2 true"),
                rows(dir, "SELECT article_id || ' ' || version || ' ' || is_current FROM articles ORDER BY version"));
        assertEquals(List.of("2"), rows(dir, "SELECT count(*) FROM analyses"));
    }

    @Test
    void twoVersionsInOneBatchLeaveOnlyTheLastCurrent(@TempDir Path dir) {
        ArticleAnalysis v1 = handMade("b", "Texte un.");
        ArticleAnalysis v2 = handMade("b", "Texte deux.");
        try (Workspace ws = Workspace.open(dir)) {
            assertEquals(2, ws.putAll(List.of(v1, v2, v2), ws.beginRun(PROVENANCE, Map.of())));
            assertEquals(v2, ws.current("b").orElseThrow());
        }
        assertEquals(List.of("1 false", "2 true"),
                rows(dir, "SELECT version || ' ' || is_current FROM articles ORDER BY version"));
    }

    @Test
    void aFailureMidBatchLeavesNoRowAtAll(@TempDir Path dir) {
        List<ArticleAnalysis> batch = SyntheticAnalyses.generate(5, 3).toList();
        try (Workspace ws = Workspace.open(dir)) {
            String run = ws.beginRun(PROVENANCE, Map.of());
            ws.put(handMade("kept", "Un article déjà là."), run);
            ws.beforeEvidence = a -> {
                if (a.article().id().equals("syn-000003")) {
                    throw new IllegalStateException("disk on fire");
                }
            };
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> ws.putAll(batch, run));
            assertEquals("disk on fire", e.getMessage());
            ws.beforeEvidence = a -> { };
            assertEquals(1, ws.count(Query.all()));
            assertFalse(ws.isCurrent("syn-000000", Workspace.textSha256(batch.get(0).article())));
            assertEquals(5, ws.putAll(batch, run), "the workspace is usable after the failure");
        }
        int evidence = 4 + batch.stream().mapToInt(a -> a.evidence().hedges().size() + a.evidence().credits().size()
                + a.evidence().attributions().size() + a.evidence().boilerplate().size()).sum();
        assertEquals(List.of("6 6 " + evidence), rows(dir, "SELECT (SELECT count(*) FROM articles) || ' ' ||"
                + " (SELECT count(*) FROM analyses) || ' ' || (SELECT count(*) FROM evidence)"));
    }

    @Test
    void aFailedBatchWritesNothing(@TempDir Path dir) {
        List<ArticleAnalysis> batch = SyntheticAnalyses.generate(4, 3).toList();
        try (Workspace ws = Workspace.open(dir)) {
            String run = ws.beginRun(PROVENANCE, Map.of());
            ws.beforeEvidence = a -> {
                if (a.article().id().equals("syn-000002")) {
                    throw new IllegalStateException("boom");
                }
            };
            assertThrows(IllegalStateException.class, () -> ws.putAll(batch, run));
        }
        assertEquals(List.of("0 0 0"), rows(dir, "SELECT (SELECT count(*) FROM articles) || ' ' || (SELECT count(*)"
                + " FROM analyses) || ' ' || (SELECT count(*) FROM evidence)"));
    }

    @Test
    void evidenceTableHoldsExactTextsAndKindColumns(@TempDir Path dir) {
        ArticleAnalysis a = handMade("e1", "Le texte.");
        try (Workspace ws = Workspace.open(dir)) {
            ws.put(a, ws.beginRun(PROVENANCE, Map.of()));
        }
        assertEquals(List.of(
                "attribution|according_to|l\u2019armée aurait reculé|des témoins|Selon|unknown|false|null|null",
                "boilerplate|share_widget|Partager|null|null|null|null|null|null",
                "credit|photo|TASS|null|null|null|null|null|TASS",
                "hedge|conditional|aurait reculé|null|conditional:aurait|null|null|attributed|null"),
                rows(dir, "SELECT concat_ws('|', kind, type, text, coalesce(speaker, 'null'), coalesce(cue, 'null'),"
                        + " coalesce(camp, 'null'), coalesce(CAST(anonymous AS VARCHAR), 'null'),"
                        + " coalesce(scope, 'null'), coalesce(outlet, 'null')) FROM evidence ORDER BY kind"));
        String doc = a.article().document();
        int start = doc.indexOf("aurait");
        assertEquals(List.of(start + " " + (start + 13)),
                rows(dir, "SELECT start_offset || ' ' || end_offset FROM evidence WHERE kind = 'hedge'"));
        assertEquals(List.of("12 2 1 1 1.0 1"), rows(dir, "SELECT tokens || ' ' || sentences || ' ' || hedges || ' '"
                + " || attributions || ' ' || unknown_camp_share || ' ' || camp_unknown FROM analyses"));
    }

    @Test
    void queriesFilterByOutletAndInclusiveDates(@TempDir Path dir) {
        List<ArticleAnalysis> in = SyntheticAnalyses.generate(300, 11).toList();
        Set<String> outlets = Set.of(SyntheticAnalyses.OUTLETS.get(0), SyntheticAnalyses.OUTLETS.get(4));
        LocalDate from = LocalDate.of(2022, 2, 10);
        LocalDate to = LocalDate.of(2022, 3, 31);
        try (Workspace ws = Workspace.open(dir)) {
            ws.putAll(in, ws.beginRun(PROVENANCE, Map.of()));
            Query q = new Query(outlets, from, to);
            List<String> expected = in.stream().filter(a -> outlets.contains(a.article().outlet()))
                    .filter(a -> !a.article().published().isBefore(from) && !a.article().published().isAfter(to))
                    .map(a -> a.article().id()).sorted().toList();
            List<String> got;
            try (Stream<ArticleAnalysis> s = ws.analyses(q)) {
                got = s.map(a -> a.article().id()).sorted().toList();
            }
            assertEquals(expected, got);
            assertTrue(expected.size() > 5, "the filter keeps some: " + expected.size());
            assertEquals(expected.size(), ws.count(q));
            LocalDate day = in.get(0).article().published();
            long sameDay = in.stream().filter(a -> a.article().published().equals(day)).count();
            assertEquals(sameDay, ws.count(new Query(Set.of(), day, day)), "both bounds inclusive");
            assertEquals(300, ws.count(Query.all()));
            assertEquals(0, ws.count(new Query(Set.of("Inconnu"), null, null)));
        }
        assertThrows(IllegalArgumentException.class, () -> new Query(Set.of(), LocalDate.of(2022, 2, 1),
                LocalDate.of(2022, 1, 1)));
    }

    @Test
    void runsRecordProvenanceAndSummary(@TempDir Path dir) {
        try (Workspace ws = Workspace.open(dir)) {
            String run = ws.beginRun(PROVENANCE, new LinkedHashMap<>(Map.of("threads", "1", "out", "o")));
            assertEquals("run-0001", run);
            ws.putAll(SyntheticAnalyses.generate(3, 1).toList(), run);
            Provenance done = new Provenance("cadrage", "0.test", "deadbeef", "fake", "abc123", Map.of(),
                    Map.of("threads", "1"), new TreeMap<>(Map.of("in/a.jsonl", "0".repeat(64))));
            RunSummary s = new RunSummary(done, 5, 3, 1, 1, 0, 400, 1.5,
                    List.of(IngestIssue.skipped("in/a.jsonl", "4", "empty")));
            ws.finishRun(run, s);
            assertEquals("run-0002", ws.beginRun(PROVENANCE, Map.of()));
            List<RunRecord> runs = ws.runs();
            assertEquals(2, runs.size());
            RunRecord r = runs.get(0);
            assertEquals(s, r.summary());
            assertEquals(done, r.provenance());
            assertEquals(Map.of("threads", "1", "out", "o"), r.settings());
            assertEquals(3, r.stored());
            assertNotNull(r.finishedAt());
            assertFalse(r.finishedAt().isBefore(r.startedAt()));
            assertNull(runs.get(1).finishedAt());
            assertNull(runs.get(1).summary());
            assertThrows(IllegalArgumentException.class, () -> ws.finishRun("run-0099", s));
            assertThrows(IllegalArgumentException.class, () -> ws.put(handMade("x", "Texte."), "run-0099"));
        }
        assertEquals(List.of("run-0001 5 3 1 1 400"), rows(dir, "SELECT concat_ws(' ', run_id, units_seen, analysed,"
                + " unchanged, skipped, tokens) FROM runs WHERE finished_at IS NOT NULL"));
    }

    @Test
    void anotherSchemaVersionIsRefusedWithBothVersionsNamed(@TempDir Path dir) {
        Workspace.open(dir).close();
        exec(dir, "UPDATE schema_info SET version = 7");
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(dir));
        assertTrue(e.getMessage().contains("has schema version 7 but this Cadrage reads version 1"), e.getMessage());
        assertTrue(e.getMessage().contains("schema.sql"), e.getMessage());
        assertTrue(e.getMessage().contains("newer Cadrage"), e.getMessage());
        assertTrue(e.getMessage().contains(dir.resolve("cadrage.duckdb").toString()), e.getMessage());
    }

    @Test
    void aDatabaseThatIsNotAWorkspaceIsRefused(@TempDir Path dir) {
        exec(dir, "CREATE TABLE people AS SELECT 'x' AS name");
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(dir));
        assertTrue(e.getMessage().contains("is not a Cadrage workspace: it has tables [people]"), e.getMessage());
    }

    @Test
    void reopeningKeepsEverything(@TempDir Path dir) {
        ArticleAnalysis a = handMade("r", "Texte conservé.");
        try (Workspace ws = Workspace.open(dir)) {
            ws.put(a, ws.beginRun(PROVENANCE, Map.of()));
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertEquals(a, ws.current("r").orElseThrow());
            assertTrue(ws.current("absent").isEmpty());
        }
    }

    /** Executes {@code sql} on the closed workspace's file with plain JDBC. */
    private static void exec(Path dir, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("cadrage.duckdb"));
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code sql} on the closed workspace's file with plain JDBC and returns the first column as strings. */
    private static List<String> rows(Path dir, String sql) {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("cadrage.duckdb"));
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
