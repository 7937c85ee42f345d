package org.cadrage.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.cadrage.ingest.IngestOptions;

/**
 * Settings of one {@code analyze} run, as given on the command line.
 *
 * @param workspace the workspace folder the analyses are also stored in, or {@code null} for none
 */
public record AnalyzeSettings(List<Path> inputs, Path out, int threads, IngestOptions ingest, boolean progress,
                              Path workspace) {
    public AnalyzeSettings {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(ingest, "ingest");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("at least one input path is required");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    /** Settings without a workspace. */
    public AnalyzeSettings(List<Path> inputs, Path out, int threads, IngestOptions ingest, boolean progress) {
        this(inputs, out, threads, ingest, progress, null);
    }

    /** The settings as strings, for provenance (sorted). */
    public Map<String, String> describe() {
        Map<String, String> m = new TreeMap<>();
        m.put("inputs", inputs.toString());
        m.put("out", out.toString());
        m.put("threads", Integer.toString(threads));
        m.put("splitPages", Boolean.toString(ingest.splitPages()));
        m.put("delimiter", ingest.delimiter() == null ? "auto" : ingest.delimiter().toString());
        m.put("columns", ingest.columns() == null || ingest.columns().isEmpty() ? "auto"
                : new TreeMap<>(ingest.columns()).toString());
        m.put("workspace", workspace == null ? "none" : workspace.toString());
        return m;
    }
}
