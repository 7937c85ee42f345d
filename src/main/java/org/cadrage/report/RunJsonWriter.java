package org.cadrage.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.cadrage.model.IngestIssue;
import org.cadrage.model.Provenance;
import org.cadrage.model.RunSummary;

/** Writes {@code run.json}: provenance, counts and every ingest issue of a run (README, "run.json"). */
public final class RunJsonWriter {
    private RunJsonWriter() {
    }

    public static void write(Path file, RunSummary s) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            Provenance p = s.provenance();
            g.writeObjectFieldStart("provenance");
            g.writeStringField("tool", p.tool());
            g.writeStringField("version", p.version());
            g.writeStringField("gitCommit", p.gitCommit());
            g.writeStringField("annotator", p.annotator());
            g.writeStringField("pipelineId", p.pipelineId());
            g.writeNumberField("schemaVersion", AnalysisJsonWriter.SCHEMA_VERSION);
            writeMap(g, "libraries", p.libraries());
            writeMap(g, "settings", p.settings());
            writeMap(g, "inputs", p.inputs());
            g.writeEndObject();
            g.writeObjectFieldStart("counts");
            g.writeNumberField("unitsSeen", s.unitsSeen());
            g.writeNumberField("analysed", s.analysed());
            g.writeNumberField("skipped", s.skipped());
            g.writeNumberField("warnings", s.warnings());
            g.writeNumberField("tokens", s.tokens());
            g.writeEndObject();
            g.writeStringField("seconds", String.format(Locale.ROOT, "%.1f", s.seconds()));
            g.writeArrayFieldStart("issues");
            for (IngestIssue i : s.issues()) {
                g.writeStartObject();
                g.writeStringField("source", i.source());
                g.writeStringField("location", i.location());
                g.writeStringField("reason", i.reason());
                g.writeBooleanField("skipped", i.skipped());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeMap(JsonGenerator g, String name, Map<String, String> m) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(m).entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }
}
