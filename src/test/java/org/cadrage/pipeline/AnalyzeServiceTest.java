package org.cadrage.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cadrage.ingest.IngestOptions;
import org.cadrage.model.Article;
import org.cadrage.model.RunSummary;
import org.cadrage.nlp.AnnotatedDocument;
import org.cadrage.nlp.Annotator;
import org.cadrage.nlp.TestDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyze job with a hand-made annotator: accounting, ordering and output, without CoreNLP. */
class AnalyzeServiceTest {
    private static final Map<String, String> POS = Map.ofEntries(Map.entry("aurait", "AUX"),
            Map.entry("commis", "VERB"), Map.entry("ministre", "NOUN"), Map.entry("a", "AUX"),
            Map.entry("déclaré", "VERB"), Map.entry("reculé", "VERB"), Map.entry("quitté", "VERB"),
            Map.entry("que", "SCONJ"), Map.entry("porte-parole", "NOUN"), Map.entry("peskov", "PROPN"),
            Map.entry("dmitri", "PROPN"), Map.entry("kremlin", "PROPN"), Map.entry("le", "DET"),
            Map.entry("la", "DET"), Map.entry("l'", "DET"), Map.entry("du", "ADP"), Map.entry("armée", "NOUN"),
            Map.entry("convoi", "NOUN"), Map.entry("ville", "NOUN"));

    /** Tags « aurait » as AUX and « commis » as VERB; everything else X. Fails on articles containing "BOOM". */
    private static final Annotator FAKE = new Annotator() {
        @Override
        public AnnotatedDocument annotate(Article article) {
            if (article.text().contains("BOOM")) {
                throw new IllegalStateException("parser exploded");
            }
            return TestDocs.of(article, POS);
        }

        @Override
        public String id() {
            return "fake";
        }
    };

    private RunSummary run(Path in, Path out, int threads) throws Exception {
        return new AnalyzeService(new Analyzer(FAKE)).run(new AnalyzeSettings(List.of(in), out, threads,
                new IngestOptions(null, Map.of(), false), false),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    /** An assumed date for undated articles changes the pipeline id and is written in run.json's settings. */
    @Test
    void anAssumedDateIsPartOfTheProvenance(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Le ministre aurait commis une erreur.");
        Analyzer dated = new Analyzer(FAKE, List.of(), java.time.LocalDate.of(2022, 6, 1));
        assertTrue(!dated.pipelineId().equals(new Analyzer(FAKE).pipelineId()), "a different pipeline id");
        new AnalyzeService(dated).run(new AnalyzeSettings(List.of(in), dir.resolve("out"), 1,
                new IngestOptions(null, Map.of(), false), false),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        JsonNode run = new ObjectMapper().readTree(dir.resolve("out/run.json").toFile());
        assertEquals("2022-06-01", run.findPath("assumeDate").asText(), run.toString());
        assertEquals(dated.pipelineId(), run.findPath("pipelineId").asText());
    }

    @Test
    void everyUnitIsAnalysedOrReportedAndOutputKeepsInputOrder(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 12; i++) {
            Files.writeString(in.resolve(String.format("a%02d.txt", i)), "Le ministre aurait commis une erreur n°" + i + ".");
        }
        Files.write(in.resolve("b-empty.txt"), new byte[0]);
        Files.write(in.resolve("c-binary.txt"), new byte[] {0, 1, 2, 0, 5, 0});
        Files.writeString(in.resolve("d-boom.txt"), "BOOM fait le texte.");
        RunSummary s = run(in, dir.resolve("out"), 3);
        assertEquals(15, s.unitsSeen());
        assertEquals(12, s.analysed());
        assertEquals(3, s.skipped());
        assertTrue(s.issues().stream().anyMatch(i -> i.reason().contains("parser exploded")), s.issues().toString());
        List<String> lines = Files.readAllLines(dir.resolve("out/analysis.jsonl"));
        assertEquals(12, lines.size());
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < 12; i++) {
            JsonNode a = json.readTree(lines.get(i));
            assertEquals(String.format("a%02d", i), a.path("id").asText(), "input order kept with 3 threads");
            assertEquals("aurait commis", a.path("evidence").path("hedges").path(0).path("text").asText());
        }
        JsonNode runJson = json.readTree(dir.resolve("out/run.json").toFile());
        assertEquals(3, runJson.path("counts").path("skipped").asInt());
        assertEquals(3, runJson.path("issues").size());
        assertEquals("fake", runJson.path("provenance").path("annotator").asText());
        assertEquals(16, runJson.path("provenance").path("pipelineId").asText().length());
    }

    @Test
    void hedgeScopeFollowsAttributionContentAndCampsAreResolved(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "«\u00A0L\u2019armée aurait reculé\u00A0», a déclaré le porte-parole "
                + "du Kremlin, Dmitri Peskov.\n\nLe convoi aurait quitté la ville.");
        run(in, dir.resolve("out"), 1);
        JsonNode a = new ObjectMapper().readTree(Files.readAllLines(dir.resolve("out/analysis.jsonl")).get(0));
        JsonNode hedges = a.path("evidence").path("hedges");
        assertEquals(2, hedges.size(), hedges.toString());
        assertEquals("attributed", hedges.path(0).path("scope").asText(), "inside Peskov's words: " + a);
        assertEquals("narrator", hedges.path(1).path("scope").asText(), "the journalist's own conditional");
        JsonNode att = a.path("evidence").path("attributions").path(0);
        assertEquals("russia_official", att.path("camp").asText(), att.toString());
        assertEquals(1, a.path("metrics").path("campCounts").path("russia_official").asInt());
        assertEquals(1.0, a.path("metrics").path("voiceShare").path("russia_official").asDouble());
        assertEquals(0.0, a.path("metrics").path("sideBalance").asDouble(), "one side only");
    }

    @Test
    void aRunWithNothingAnalysableAnalysesNothing(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        RunSummary s = run(in, dir.resolve("out"), 1);
        assertEquals(0, s.analysed());
        assertEquals(1, s.skipped());
    }
}
