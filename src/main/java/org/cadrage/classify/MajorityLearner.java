package org.cadrage.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The majority baseline: it ignores the text and features. For a single-label task it always predicts the most
 * frequent training label (ties go to the first in label-set order); for a multi-label task, the labels carried by
 * more than half the training rows (often none). Probabilities are the labels' training frequencies (share of rows
 * carrying the label; for a single-label task they sum to 1). Stateless and thread-safe, as are its models; null
 * arguments are rejected.
 */
public final class MajorityLearner implements Learner {
    @Override
    public String name() {
        return "Majority";
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of();
    }

    /** @throws IllegalArgumentException when {@code rows} is empty or a row's label is not in {@code labelSet} */
    @Override
    public Model fit(List<Row> rows, TaskKind kind, List<String> labelSet, FeatureSet features, long seed) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no training rows");
        }
        SortedMap<String, Double> frequencies = new TreeMap<>();
        labelSet.forEach(l -> frequencies.put(l, 0.0));
        for (Row row : rows) {
            for (String label : row.labels()) {
                if (frequencies.computeIfPresent(label, (l, c) -> c + 1) == null) {
                    throw new IllegalArgumentException("row " + row.id() + ": label '" + label
                            + "' is not in the label set " + labelSet);
                }
            }
        }
        frequencies.replaceAll((l, c) -> c / rows.size());
        List<String> predicted = new ArrayList<>();
        if (kind == TaskKind.SINGLE_LABEL) {
            String best = null;
            for (String label : labelSet) {
                if (best == null || frequencies.get(label) > frequencies.get(best)) {
                    best = label;
                }
            }
            if (best != null) {
                predicted.add(best);
            }
        } else {
            frequencies.forEach((l, f) -> {
                if (f > 0.5) {
                    predicted.add(l);
                }
            });
        }
        Prediction prediction = new Prediction(predicted, frequencies);
        return row -> prediction;
    }
}
