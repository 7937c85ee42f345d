package org.cadrage.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import org.cadrage.model.IngestIssue;
import org.cadrage.model.Provenance;
import org.cadrage.model.RunSummary;

/** Writes {@code run.json}: provenance, counts and every ingest issue of a run (README, "run.json"). */
public final class RunJsonWriter {
    private RunJsonWriter() {
    }

    /**
     * Writes a run's provenance fields into the current JSON object: tool, version, git commit, annotator, pipeline
     * id, then the libraries, settings and inputs maps with sorted keys. Shared by {@code run.json} and the
     * comparison JSON so that both describe a run the same way.
     */
    public static void writeProvenanceFields(JsonGenerator g, Provenance p) throws IOException {
        g.writeStringField("tool", p.tool());
        g.writeStringField("version", p.version());
        g.writeStringField("gitCommit", p.gitCommit());
        g.writeStringField("annotator", p.annotator());
        g.writeStringField("pipelineId", p.pipelineId());
        AnalysisJsonWriter.writeStringMap(g, "libraries", p.libraries());
        AnalysisJsonWriter.writeStringMap(g, "settings", p.settings());
        AnalysisJsonWriter.writeStringMap(g, "inputs", p.inputs());
    }

    public static void write(Path file, RunSummary s) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            Provenance p = s.provenance();
            g.writeObjectFieldStart("provenance");
            writeProvenanceFields(g, p);
            g.writeNumberField("schemaVersion", AnalysisJsonWriter.SCHEMA_VERSION);
            g.writeEndObject();
            g.writeObjectFieldStart("counts");
            g.writeNumberField("unitsSeen", s.unitsSeen());
            g.writeNumberField("analysed", s.analysed());
            g.writeNumberField("unchanged", s.unchanged());
            g.writeNumberField("skipped", s.skipped());
            g.writeNumberField("warnings", s.warnings());
            g.writeNumberField("tokens", s.tokens());
            g.writeEndObject();
            g.writeNumberField("seconds", Math.round(s.seconds() * 10) / 10.0);
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
}
