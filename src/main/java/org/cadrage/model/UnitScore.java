package org.cadrage.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A model's output on one unit (an article or a paragraph).
 *
 * <p>Immutable and thread-safe.
 *
 * @param span          the paragraph's range in the source document, or {@code null} for the whole article
 * @param predicted     the predicted labels, sorted (exactly one for single-label tasks)
 * @param probabilities every label of the model with its probability in [0, 1], sorted by label
 */
public record UnitScore(Span span, List<String> predicted, Map<String, Double> probabilities) {
    public UnitScore {
        predicted = predicted.stream().sorted().toList();
        probabilities = Map.copyOf(new TreeMap<>(probabilities));
        for (Map.Entry<String, Double> e : probabilities.entrySet()) {
            double p = e.getValue();
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("probability of " + e.getKey() + " must be in [0, 1], got " + p);
            }
        }
        for (String label : predicted) {
            if (!probabilities.containsKey(label)) {
                throw new IllegalArgumentException("predicted label " + label + " has no probability");
            }
        }
    }
}
