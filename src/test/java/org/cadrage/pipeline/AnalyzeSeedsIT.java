package org.cadrage.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadrage.ingest.IngestOptions;
import org.cadrage.model.RunSummary;
import org.cadrage.nlp.corenlp.SharedCoreNlp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole analyze job on the real seed corpus (read from ../shared, never copied). */
class AnalyzeSeedsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SEEDS = SharedCoreNlp.shared().resolve("corpus/seeds");
    private static List<JsonNode> articles;
    private static JsonNode run;
    private static RunSummary summary;
    private static Path outDir;

    @BeforeAll
    static void analyse(@TempDir Path out) throws Exception {
        outDir = out;
        summary = run(out.resolve("two-threads"), 2);
        out = out.resolve("two-threads");
        articles = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("analysis.jsonl"))) {
            articles.add(JSON.readTree(line));
        }
        run = JSON.readTree(out.resolve("run.json").toFile());
    }

    private static RunSummary run(Path out, int threads) throws Exception {
        AnalyzeSettings settings = new AnalyzeSettings(List.of(SEEDS), out, threads,
                new IngestOptions(null, Map.of(), true), false);
        return new AnalyzeService(new Analyzer(SharedCoreNlp.get()))
                .run(settings, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @Test
    void outputIsDeterministicWhateverTheThreadCount() throws Exception {
        run(outDir.resolve("one-thread"), 1);
        assertEquals(Files.readString(outDir.resolve("two-threads/analysis.jsonl")),
                Files.readString(outDir.resolve("one-thread/analysis.jsonl")));
    }

    @Test
    void everyInputUnitIsAccountedFor() {
        assertEquals(summary.unitsSeen(), summary.analysed() + summary.skipped(), "nothing lost");
        assertEquals(articles.size(), summary.analysed());
        assertEquals(summary.analysed(), run.path("counts").path("analysed").asInt());
        assertEquals(5, run.path("provenance").path("inputs").size() - 1, "5 texts + manifest hashed");
        assertTrue(articles.size() >= 4 + 8, "004 is split into its articles: " + articles.size());
        assertTrue(articles.stream().anyMatch(a -> a.path("id").asText().equals("004_038f62e97bf21c8a#1")));
    }

    @Test
    void everyEvidenceItemIsAnExactSubstringOfItsSource() throws IOException {
        Map<String, String> sources = new HashMap<>();
        int checked = 0;
        for (JsonNode a : articles) {
            String path = a.path("source").path("path").asText();
            String text = sources.computeIfAbsent(path, p -> read(Path.of(p)));
            int aStart = a.path("span").path("start").asInt();
            int aEnd = a.path("span").path("end").asInt();
            for (String kind : List.of("hedges", "credits")) {
                for (JsonNode e : a.path("evidence").path(kind)) {
                    int s = e.path("start").asInt();
                    int end = e.path("end").asInt();
                    assertTrue(aStart <= s && end <= aEnd, "evidence inside its article: " + e);
                    assertEquals(text.substring(s, end), e.path("text").asText(), a.path("id") + " " + e);
                    checked++;
                }
            }
            for (JsonNode b : a.path("evidence").path("boilerplate")) {
                assertTrue(aStart <= b.path("start").asInt() && b.path("end").asInt() <= aEnd);
            }
        }
        assertTrue(checked > 50, "checked " + checked + " evidence items");
    }

    @Test
    void stateMediaCreditsOf004AreFound() {
        List<JsonNode> credits = new ArrayList<>();
        for (JsonNode a : articles) {
            if (a.path("id").asText().startsWith("004_")) {
                a.path("evidence").path("credits").forEach(credits::add);
            }
        }
        long datelines = credits.stream().filter(c -> c.path("kind").asText().equals("dateline")
                && c.path("outlet").asText().equals("TASS")).count();
        assertEquals(3, datelines, "three /TASS/ datelines");
        assertTrue(credits.stream().anyMatch(c -> c.path("kind").asText().equals("photo")
                && c.path("text").asText().contains("Sputnik") && c.path("stateAffiliated").asBoolean()));
        assertTrue(credits.stream().anyMatch(c -> c.path("kind").asText().equals("photo")
                && c.path("outlet").asText().equals("TASS")));
        assertTrue(credits.stream().anyMatch(c -> c.path("kind").asText().equals("link")
                && c.path("outlet").asText().startsWith("RT")));
    }

    @Test
    void boilerplateOfScrapedPagesIsExcluded() {
        assertTrue(kinds("003_784c7926716cab5a").contains("cookie_banner"));
        assertTrue(kinds("002_0154397a0c967c83").contains("promo_links"));
        assertTrue(kinds("001_0e14c1fce9355c1a").contains("subscription_appeal"));
    }

    @Test
    void metricsAreConsistentWithEvidence() {
        for (JsonNode a : articles) {
            JsonNode m = a.path("metrics");
            assertEquals(a.path("evidence").path("hedges").size(), m.path("hedges").asInt());
            assertEquals(a.path("evidence").path("credits").size(), m.path("credits").asInt());
            assertTrue(m.path("tokens").asInt() > 0);
            assertNotNull(a.path("provenance").path("pipeline").asText(null));
        }
        JsonNode first = articles.stream().filter(a -> a.path("id").asText().startsWith("000_")).findFirst().orElseThrow();
        double expected = Math.round(1000.0 * first.path("metrics").path("hedges").asInt()
                / first.path("metrics").path("tokens").asInt() * 10_000) / 10_000.0;
        assertEquals(expected, first.path("metrics").path("hedgesPer1000Tokens").asDouble(), 1e-9);
    }

    private static List<String> kinds(String id) {
        List<String> k = new ArrayList<>();
        for (JsonNode a : articles) {
            if (a.path("id").asText().equals(id)) {
                a.path("evidence").path("boilerplate").forEach(b -> k.add(b.path("kind").asText()));
            }
        }
        return k;
    }

    private static String read(Path p) {
        try {
            String s = Files.readString(p, StandardCharsets.UTF_8);
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
