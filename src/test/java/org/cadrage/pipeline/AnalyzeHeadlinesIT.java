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
import java.util.Set;
import java.util.TreeSet;
import org.cadrage.ingest.IngestOptions;
import org.cadrage.model.RunSummary;
import org.cadrage.nlp.corenlp.SharedCoreNlp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The messy headlines CSV (933 rows, 15 outlets, broken quoting) analysed end to end as title-only articles. */
class AnalyzeHeadlinesIT {
    @Test
    void everyRowIsAnalysedOrReported(@TempDir Path out) throws Exception {
        Path csv = SharedCoreNlp.shared().resolve("corpus/headlines-2022/headers2022.csv");
        RunSummary s = new AnalyzeService(new Analyzer(SharedCoreNlp.get())).run(
                new AnalyzeSettings(List.of(csv), out, 2, new IngestOptions(null, Map.of(), false), false),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(933, s.unitsSeen(), "one unit per headline row");
        assertEquals(s.unitsSeen(), s.analysed() + s.skipped());
        assertTrue(s.analysed() >= 925, "analysed " + s.analysed() + ", issues " + s.issues());
        ObjectMapper json = new ObjectMapper();
        Set<String> outlets = new TreeSet<>();
        String first = null;
        String last = null;
        for (String line : Files.readAllLines(out.resolve("analysis.jsonl"))) {
            JsonNode a = json.readTree(line);
            outlets.add(a.path("outlet").asText());
            String date = a.path("published").asText();
            first = first == null || date.compareTo(first) < 0 ? date : first;
            last = last == null || date.compareTo(last) > 0 ? date : last;
            assertEquals(a.path("title").asText().isEmpty(), false);
        }
        assertEquals(15, outlets.size(), outlets.toString());
        assertEquals("2022-02-22", first);
        assertEquals("2022-04-25", last);
    }
}
