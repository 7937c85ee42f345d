package org.cadrage.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cadrage.model.Article;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.ArticleMetrics;
import org.cadrage.model.Attribution;
import org.cadrage.model.Boilerplate;
import org.cadrage.model.Credit;
import org.cadrage.model.Evidence;
import org.cadrage.model.Hedge;
import org.cadrage.model.SourcingIndices;
import org.cadrage.model.TaskScores;
import org.cadrage.model.TextSpan;
import org.cadrage.model.UnitScore;

/**
 * Writes {@code analysis.jsonl}: one JSON object per article, in the documented format (README, "Output format"),
 * {@link #SCHEMA_VERSION} 3 (2 added the attributions and the sourcing indices to version 1; 3 added the framing
 * models' {@code scores} and their ids in the provenance). Keys are written in a fixed order. Not thread-safe: one writer, one thread.
 */
public final class AnalysisJsonWriter implements Closeable {
    public static final int SCHEMA_VERSION = 3;
    private static final JsonFactory FACTORY = new JsonFactory();

    private final OutputStream out;
    private final String version;
    private final String pipelineId;
    private final String annotator;

    public AnalysisJsonWriter(Path file, String version, String pipelineId, String annotator) throws IOException {
        this(Files.newOutputStream(file), version, pipelineId, annotator);
    }

    public AnalysisJsonWriter(OutputStream out, String version, String pipelineId, String annotator) {
        this.out = out;
        this.version = version;
        this.pipelineId = pipelineId;
        this.annotator = annotator;
    }

    public void write(ArticleAnalysis analysis) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        Article a = analysis.article();
        g.writeStartObject();
        g.writeNumberField("schemaVersion", SCHEMA_VERSION);
        g.writeStringField("id", a.id());
        g.writeObjectFieldStart("source");
        g.writeStringField("path", a.source().path());
        if (a.source().line() == null) {
            g.writeNullField("line");
        } else {
            g.writeNumberField("line", a.source().line());
        }
        g.writeStringField("sha256", a.source().sha256());
        g.writeEndObject();
        g.writeObjectFieldStart("span");
        g.writeNumberField("start", a.span().start());
        g.writeNumberField("end", a.span().end());
        g.writeEndObject();
        g.writeStringField("outlet", a.outlet());
        g.writeStringField("published", a.published() == null ? null : a.published().toString());
        g.writeStringField("title", a.title());
        g.writeStringField("url", a.url());
        writeStringMap(g, "metadata", a.metadata());
        g.writeObjectFieldStart("labels");
        for (Map.Entry<String, List<String>> e : new java.util.TreeMap<>(a.labels()).entrySet()) {
            g.writeArrayFieldStart(e.getKey());
            for (String l : e.getValue()) {
                g.writeString(l);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeArrayFieldStart("warnings");
        for (String w : a.warnings()) {
            g.writeString(w);
        }
        g.writeEndArray();
        writeMetrics(g, analysis.metrics());
        writeEvidence(g, analysis.evidence());
        writeScores(g, analysis.scores());
        g.writeObjectFieldStart("provenance");
        g.writeStringField("tool", "cadrage " + version);
        g.writeStringField("pipeline", pipelineId);
        g.writeStringField("annotator", annotator);
        g.writeObjectFieldStart("models");
        for (TaskScores s : analysis.scores().values()) {
            g.writeStringField(s.task(), s.modelId());
        }
        g.writeEndObject();
        g.writeStringField("run", "run.json");
        g.writeEndObject();
        g.writeEndObject();
        g.close();
        out.write('\n');
    }

    /**
     * {@code "scores"}: per task, {@code {"model", "label", "probabilities"}} for an article-level single-label task,
     * {@code {"model", "predicted", "probabilities"}} for an article-level multi-label task, and
     * {@code {"model", "paragraphs": [{"start", "end", "predicted", "probabilities"}]}} for a paragraph-level task.
     */
    private static void writeScores(JsonGenerator g, Map<String, TaskScores> scores) throws IOException {
        g.writeObjectFieldStart("scores");
        for (TaskScores s : scores.values()) {
            g.writeObjectFieldStart(s.task());
            g.writeStringField("model", s.modelId());
            if (s.perParagraph()) {
                g.writeArrayFieldStart("paragraphs");
                for (UnitScore u : s.units()) {
                    g.writeStartObject();
                    g.writeNumberField("start", u.span().start());
                    g.writeNumberField("end", u.span().end());
                    writeUnit(g, u, true);
                    g.writeEndObject();
                }
                g.writeEndArray();
            } else {
                writeUnit(g, s.units().get(0), s.multiLabel());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeUnit(JsonGenerator g, UnitScore u, boolean asList) throws IOException {
        if (asList) {
            g.writeArrayFieldStart("predicted");
            for (String l : u.predicted()) {
                g.writeString(l);
            }
            g.writeEndArray();
        } else {
            g.writeStringField("label", u.predicted().isEmpty() ? null : u.predicted().get(0));
        }
        g.writeObjectFieldStart("probabilities");
        for (Map.Entry<String, Double> e : u.probabilities().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void writeMetrics(JsonGenerator g, ArticleMetrics m) throws IOException {
        g.writeObjectFieldStart("metrics");
        g.writeNumberField("tokens", m.tokens());
        g.writeNumberField("sentences", m.sentences());
        g.writeNumberField("hedges", m.hedges());
        g.writeNumberField("narratorHedges", m.narratorHedges());
        writeNullable(g, "hedgesPer1000Tokens", m.hedgesPer1000Tokens());
        writeNullable(g, "narratorHedgesPer1000Tokens", m.narratorHedgesPer1000Tokens());
        writeIntMap(g, "hedgesByKind", m.hedgesByKind());
        g.writeNumberField("credits", m.credits());
        g.writeNumberField("stateMediaCredits", m.stateMediaCredits());
        writeNullable(g, "stateMediaCreditShare", m.stateMediaCreditShare());
        writeIntMap(g, "creditsByKind", m.creditsByKind());
        SourcingIndices si = m.sourcing();
        g.writeNumberField("attributions", si.attributions());
        writeIntMap(g, "campCounts", si.campCounts());
        g.writeObjectFieldStart("voiceShare");
        for (Map.Entry<String, Double> e : new java.util.TreeMap<>(si.voiceShare()).entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        writeNullable(g, "sideBalance", si.sideBalance());
        writeNullable(g, "sourceDiversity", si.sourceDiversity());
        writeNullable(g, "anonymityRate", si.anonymityRate());
        writeNullable(g, "directQuoteShare", si.directQuoteShare());
        writeNullable(g, "unknownCampShare", si.unknownCampShare());
        writeNullable(g, "stanceAsymmetry", si.stanceAsymmetry());
        writeNullable(g, "hedgeAsymmetry", si.hedgeAsymmetry());
        writeNullable(g, "stateMediaReliance", si.stateMediaReliance());
        g.writeEndObject();
    }

    private static void writeEvidence(JsonGenerator g, Evidence e) throws IOException {
        g.writeObjectFieldStart("evidence");
        g.writeArrayFieldStart("hedges");
        for (Hedge h : e.hedges()) {
            g.writeStartObject();
            g.writeStringField("text", h.text());
            g.writeNumberField("start", h.start());
            g.writeNumberField("end", h.end());
            g.writeStringField("kind", h.kind().id());
            g.writeStringField("scope", h.scope().id());
            g.writeStringField("cue", h.cue());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("credits");
        for (Credit c : e.credits()) {
            g.writeStartObject();
            g.writeStringField("text", c.text());
            g.writeNumberField("start", c.start());
            g.writeNumberField("end", c.end());
            g.writeStringField("kind", c.kind().id());
            g.writeStringField("outlet", c.outlet());
            if (c.stateAffiliated() == null) {
                g.writeNullField("stateAffiliated");
            } else {
                g.writeBooleanField("stateAffiliated", c.stateAffiliated());
            }
            g.writeStringField("country", c.country());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("attributions");
        for (Attribution at : e.attributions()) {
            writeAttribution(g, at);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("boilerplate");
        for (Boilerplate b : e.boilerplate()) {
            g.writeStartObject();
            g.writeNumberField("start", b.span().start());
            g.writeNumberField("end", b.span().end());
            g.writeStringField("kind", b.kind().id());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeAttribution(JsonGenerator g, Attribution a) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", a.type());
        writeTextSpan(g, "speaker", a.speaker());
        g.writeStringField("speakerResolved", a.speakerResolved());
        writeTextSpan(g, "cue", a.cue());
        g.writeStringField("verbLemma", a.verbLemma());
        g.writeStringField("verbStance", a.verbStance());
        g.writeObjectFieldStart("content");
        g.writeNumberField("start", a.content().start());
        g.writeNumberField("end", a.content().end());
        g.writeEndObject();
        g.writeStringField("camp", a.camp());
        g.writeBooleanField("anonymous", a.anonymous());
        g.writeBooleanField("nested", a.nested());
        g.writeStringField("via", a.via());
        g.writeStringField("campRule", a.campRule());
        g.writeEndObject();
    }

    private static void writeTextSpan(JsonGenerator g, String name, TextSpan s) throws IOException {
        if (s == null) {
            g.writeNullField(name);
            return;
        }
        g.writeObjectFieldStart(name);
        g.writeStringField("text", s.text());
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
        g.writeEndObject();
    }

    private static void writeNullable(JsonGenerator g, String name, Double v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, v);
        }
    }

    private static void writeIntMap(JsonGenerator g, String name, Map<String, Integer> m) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(m).entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    /** Writes a string map as a JSON object with sorted keys. */
    static void writeStringMap(JsonGenerator g, String name, Map<String, String> m) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(m).entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
