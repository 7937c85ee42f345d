package org.cadrage.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cadrage.ingest.IngestOptions;
import org.cadrage.nlp.corenlp.SharedCoreNlp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden test: the evidence found in the demo corpus (our own invented texts) must not change unnoticed. After an
 * intended change, regenerate with {@code mvn verify -Dit.test=DemoGoldenIT -Dcadrage.updateGolden=true} and review
 * the diff of {@code src/test/resources/org/cadrage/pipeline/demo-golden.txt}.
 */
class DemoGoldenIT {
    private static final Path GOLDEN = Path.of("src/test/resources/org/cadrage/pipeline/demo-golden.txt");

    @Test
    void demoEvidenceMatchesTheGoldenFile(@TempDir Path out) throws Exception {
        new AnalyzeService(new Analyzer(SharedCoreNlp.get())).run(
                new AnalyzeSettings(List.of(Path.of("examples/corpus")), out, 2, new IngestOptions(null, Map.of(), true),
                        false), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        StringBuilder actual = new StringBuilder();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(out.resolve("analysis.jsonl"))) {
            JsonNode a = json.readTree(line);
            actual.append("# ").append(a.path("id").asText()).append(" tokens=")
                    .append(a.path("metrics").path("tokens").asInt()).append('\n');
            for (JsonNode h : a.path("evidence").path("hedges")) {
                actual.append(String.format(Locale.ROOT, "hedge  %5d %5d %-11s %-10s %s%n", h.path("start").asInt(),
                        h.path("end").asInt(), h.path("kind").asText(), h.path("scope").asText(), h.path("text").asText()));
            }
            for (JsonNode c : a.path("evidence").path("credits")) {
                actual.append(String.format(Locale.ROOT, "credit %5d %5d %-14s %-20s %s%n", c.path("start").asInt(),
                        c.path("end").asInt(), c.path("kind").asText(), c.path("outlet").asText("-"),
                        c.path("text").asText()));
            }
            for (JsonNode t : a.path("evidence").path("attributions")) {
                actual.append(String.format(Locale.ROOT, "attrib %5d %5d %-12s %-18s %-5s %s | %s | %s%n",
                        t.path("content").path("start").asInt(), t.path("content").path("end").asInt(),
                        t.path("type").asText(), t.path("camp").asText(), t.path("anonymous").asBoolean() ? "anon" : "-",
                        t.path("speaker").path("text").asText("-"), t.path("speakerResolved").asText("-"),
                        t.path("cue").path("text").asText()));
            }
            for (JsonNode b : a.path("evidence").path("boilerplate")) {
                actual.append(String.format(Locale.ROOT, "boiler %5d %5d %s%n", b.path("start").asInt(),
                        b.path("end").asInt(), b.path("kind").asText()));
            }
        }
        if (Boolean.getBoolean("cadrage.updateGolden")) {
            Files.writeString(GOLDEN, actual.toString());
        }
        assertEquals(Files.readString(GOLDEN), actual.toString());
    }
}
