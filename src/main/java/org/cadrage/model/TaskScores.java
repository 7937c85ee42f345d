package org.cadrage.model;

import java.util.List;
import java.util.Objects;

/**
 * What one trained framing model ({@code genre}, {@code frames}, {@code techniques}, or a user's own task) says about
 * one article.
 *
 * <p>Article-level tasks have exactly one unit whose span is {@code null}; paragraph-level tasks (techniques) have one
 * unit per paragraph, in document order, each with the paragraph's span in the source document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param task       the task name, as in the model file ({@code genre})
 * @param modelId    the model's identifier (task, feature-set version and payload hash), also in the run's provenance
 * @param multiLabel whether a unit may carry any number of labels (frames, techniques) or exactly one (genre)
 * @param units      the scored units, never empty
 */
public record TaskScores(String task, String modelId, boolean multiLabel, List<UnitScore> units) {
    public TaskScores {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(modelId, "modelId");
        units = List.copyOf(units);
        if (units.isEmpty()) {
            throw new IllegalArgumentException("task " + task + ": no scored unit");
        }
    }

    /** Whether the units are paragraphs (each with a span) rather than the whole article. */
    public boolean perParagraph() {
        return units.get(0).span() != null;
    }
}
