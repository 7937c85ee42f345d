package org.cadrage.model;

import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What produced an output: the tool and its commit, the annotator and library versions, the settings and the
 * inputs' SHA-256s. {@code pipelineId} hashes everything that changes per-article results (tool version, annotator,
 * lexicon files), so that two outputs with the same id and the same input hash are the same analysis.
 */
public record Provenance(String tool, String version, String gitCommit, String annotator, String pipelineId,
                         Map<String, String> libraries, Map<String, String> settings,
                         SortedMap<String, String> inputs) {
    public Provenance {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(pipelineId, "pipelineId");
        libraries = Map.copyOf(libraries);
        settings = Map.copyOf(settings);
        inputs = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(inputs));
    }
}
