package org.cadrage.classify;

import java.util.List;
import java.util.Map;

/**
 * Something that fits a model to rows. Implementations must be deterministic for a given seed and must not keep
 * state between calls.
 */
public interface Learner {
    /** A short stable name with its parameters, e.g. {@code "Logistic(ridge=1.0E-8)"}. */
    String name();

    /** The learner's parameters, for provenance. */
    Map<String, String> parameters();

    /**
     * Fits a model.
     *
     * @param rows     training rows (at least one per label for single-label tasks)
     * @param kind     single- or multi-label
     * @param labelSet every label of the task, sorted
     * @param features which features to use
     * @param seed     random seed
     */
    Model fit(List<Row> rows, TaskKind kind, List<String> labelSet, FeatureSet features, long seed);

    /** A fitted model: thread-safe for {@link #predict}. */
    interface Model {
        Prediction predict(Row row);
    }
}
