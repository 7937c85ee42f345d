package org.cadrage.classify;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A model's output for one unit.
 *
 * @param labels        the predicted label (single-label) or set (multi-label, possibly empty), sorted
 * @param probabilities label → estimated probability, for every label of the task
 */
public record Prediction(List<String> labels, SortedMap<String, Double> probabilities) {
    public Prediction {
        labels = List.copyOf(labels.stream().sorted().toList());
        probabilities = new TreeMap<>(probabilities);
    }
}
