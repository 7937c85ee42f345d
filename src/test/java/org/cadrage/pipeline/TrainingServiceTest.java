package org.cadrage.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cadrage.classify.FramingModel;
import org.cadrage.classify.LabelDataException;
import org.cadrage.classify.TaskKind;
import org.cadrage.classify.Unit;
import org.cadrage.classify.weka.ModelFileException;
import org.cadrage.model.Article;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.TaskScores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train → save → load → evaluate → analyze on invented labeled articles, with a hand-made annotator. */
class TrainingServiceTest {
    private static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    private static TrainingService.Outcome train(Path dir, String task, Path out) throws Exception {
        Path data = FramingFixtures.jsonl(dir.resolve("train.jsonl"), 30, 0);
        Path lexicon = FramingFixtures.lexicon(dir.resolve("lexicon.xml"));
        return new TrainingService(new Analyzer(FramingFixtures.FAKE)).train(new TrainSettings(data, task, out, 3, 7,
                50, false, "quick", lexicon, 2), QUIET);
    }

    @Test
    void trainsSavesLoadsAndEvaluatesWithBaselinesInTheSameRun(@TempDir Path dir) throws Exception {
        Path modelFile = dir.resolve("models/ton.model");
        TrainingService.Outcome o = train(dir, "ton", modelFile);
        assertTrue(o.selected().result().macroF1() >= 0.9, "vocabulary separates the classes: " + o.selected());
        assertTrue(o.majority().result().macroF1() < 0.5, "majority predicts one class: " + o.majority());
        String report = Files.readString(o.report());
        assertTrue(report.contains("baseline: bag-of-words") && report.contains("baseline: majority")
                && report.contains("## Ablation") && report.contains("paired bootstrap"), report);

        FramingModel model = FramingModel.load(modelFile);
        assertEquals(o.model().id(), model.id());
        assertEquals(TaskKind.SINGLE_LABEL, model.kind());
        assertEquals(Unit.ARTICLE, model.unit());
        assertEquals(List.of("alarmiste", "mesuré"), model.labelSet());
        JsonNode training = model.metadata().path("training");
        assertEquals(1, training.path("dataSha256").size(), "one input file hashed");
        assertEquals(7, training.path("seed").asLong());
        assertEquals(3, training.path("ablation").size());
        assertTrue(model.lexicon().size() >= 2 && model.lexicon().size() <= 4,
                "only the lexicon words the texts use are kept: " + model.lexicon().size());

        Path heldOut = FramingFixtures.jsonl(dir.resolve("heldout.jsonl"), 12, 100);
        Path metrics = dir.resolve("out/metrics.json");
        EvaluationService.Outcome e = new EvaluationService(new Analyzer(FramingFixtures.FAKE)).evaluate(model,
                modelFile, heldOut, metrics, 1, QUIET);
        assertEquals(12, e.selected().n());
        assertTrue(e.selected().microF1() >= 0.9, e.selected().toTable());
        JsonNode json = new ObjectMapper().readTree(metrics.toFile());
        for (String field : List.of("task", "n", "microF1", "macroF1", "accuracy", "perLabel")) {
            assertTrue(json.has(field), "metrics JSON has " + field);
        }
        assertEquals("ton", json.path("task").asText());
        assertEquals(12, json.path("perLabel").path("alarmiste").path("support").asInt()
                + json.path("perLabel").path("mesuré").path("support").asInt());
        assertTrue(json.path("baselines").has("bagOfWords") && json.path("baselines").has("majority"));
        assertEquals(model.id(), json.path("provenance").path("model").asText());
        assertTrue(EvaluationService.table(e).contains("baseline: majority"));

        Analyzer analyzer = new Analyzer(FramingFixtures.FAKE, List.of(model));
        ArticleAnalysis a = analyzer.analyze(Article.of("x", "Un désastre terrible et la panique totale."));
        TaskScores s = a.scores().get("ton");
        assertEquals(model.id(), s.modelId());
        assertEquals(List.of("alarmiste"), s.units().get(0).predicted());
        assertEquals(1.0, s.units().get(0).probabilities().values().stream().mapToDouble(Double::doubleValue).sum(),
                1e-6);
    }

    @Test
    void sameSeedSameModelAndMultiLabelScores(@TempDir Path dir) throws Exception {
        TrainingService.Outcome a = train(dir, "cadres", dir.resolve("a.model"));
        TrainingService.Outcome b = train(dir, "cadres", dir.resolve("b.model"));
        assertEquals(a.model().id(), b.model().id(), "deterministic: same payload hash");
        assertEquals(a.selected().result(), b.selected().result());
        assertEquals(TaskKind.MULTI_LABEL, a.model().kind());
        TaskScores s = a.model().score(new Analyzer(FramingFixtures.FAKE).analyze(Article.of("y",
                "Le prix du gaz et l'inflation pèsent sur le budget des ménages.")));
        assertTrue(s.multiLabel());
        assertTrue(s.units().get(0).predicted().contains("économie"), s.toString());
        assertFalse(s.units().get(0).predicted().contains("sécurité"), s.toString());
    }

    @Test
    void aTamperedOrForeignModelIsRefusedBeforeDeserializing(@TempDir Path dir) throws Exception {
        Path modelFile = dir.resolve("ton.model");
        train(dir, "ton", modelFile);
        byte[] bytes = Files.readAllBytes(modelFile);
        byte[] flipped = bytes.clone();
        flipped[flipped.length - 10] ^= 1;
        Path damaged = Files.write(dir.resolve("damaged.model"), flipped);
        ModelFileException e = assertThrows(ModelFileException.class, () -> FramingModel.load(damaged));
        assertTrue(e.getMessage().contains("SHA-256") && e.getMessage().contains("damaged.model"), e.getMessage());

        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        Path older = Files.write(dir.resolve("older.model"), text.replaceFirst("\"featureSetVersion\":\"[^\"]+\"",
                "\"featureSetVersion\":\"framing-0\"").getBytes(StandardCharsets.ISO_8859_1));
        e = assertThrows(ModelFileException.class, () -> FramingModel.load(older));
        assertTrue(e.getMessage().contains("retrain"), e.getMessage());

        Path foreign = Files.writeString(dir.resolve("foreign.model"), "PK\u0003\u0004 not a model");
        e = assertThrows(ModelFileException.class, () -> FramingModel.load(foreign));
        assertTrue(e.getMessage().contains("not a Cadrage model file"), e.getMessage());
    }

    @Test
    void badDataNamesTheFileAndLine(@TempDir Path dir) throws Exception {
        Path data = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\": \"a\", \"text\": \"Un texte.\", "
                + "\"labels\": {\"ton\": \"mesuré\"}}\n{\"id\": \"b\", \"labels\": {\"ton\": \"mesuré\"}}\n");
        Path lexicon = FramingFixtures.lexicon(dir.resolve("lexicon.xml"));
        LabelDataException e = assertThrows(LabelDataException.class, () -> new TrainingService(
                new Analyzer(FramingFixtures.FAKE)).train(new TrainSettings(data, "ton", dir.resolve("m.model"), 3, 7,
                10, false, "quick", lexicon, 1), QUIET));
        assertTrue(e.getMessage().contains("bad.jsonl:2"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("m.model")));
    }
}
