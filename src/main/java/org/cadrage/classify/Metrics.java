package org.cadrage.classify;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Scores predictions against gold labels, the same way for single- and multi-label tasks (a single-label item is a
 * one-element set). Conventions, as in scikit-learn with {@code zero_division=0}:
 * <ul>
 * <li>per label: precision = TP / (TP + FP), recall = TP / (TP + FN), F1 = 2TP / (2TP + FP + FN), each 0 when its
 * denominator is 0;</li>
 * <li>micro F1 pools TP, FP and FN over all labels (for single-label data it equals accuracy);</li>
 * <li>macro F1 is the unweighted mean of the per-label F1 over the labels that occur in the gold labels or in the
 * predictions, i.e. {@code f1_score(average="macro")} with scikit-learn's default {@code labels} (the labels
 * present); a label of the label set absent from both is listed with zeros but not averaged, since its F1 is
 * undefined rather than bad. With no label present at all, macro F1 is 0;</li>
 * <li>accuracy is the share of items whose predicted set equals the gold set: plain accuracy for single-label
 * tasks, exact-match (subset) accuracy for multi-label tasks.</li>
 * </ul>
 * Stateless and thread-safe; nulls are rejected.
 */
public final class Metrics {
    private Metrics() {
    }

    /**
     * Scores {@code predicted} against {@code gold}, item by item.
     *
     * @param labelSet every label of the task; a gold or predicted label outside it is an error
     * @param gold     each item's gold labels (exactly one for single-label tasks)
     * @param predicted each item's predicted labels (at most one for single-label tasks), aligned with {@code gold}
     * @throws IllegalArgumentException on misaligned lists, unknown labels or a kind violation
     */
    public static EvaluationResult evaluate(String task, TaskKind kind, List<String> labelSet, List<List<String>> gold,
                                            List<List<String>> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold items but " + predicted.size() + " predictions");
        }
        Map<String, int[]> counts = new HashMap<>(); // label → {tp, fp, fn}
        for (String label : labelSet) {
            if (counts.put(label, new int[3]) != null) {
                throw new IllegalArgumentException("label '" + label + "' twice in the label set " + labelSet);
            }
        }
        int exact = 0;
        for (int i = 0; i < gold.size(); i++) {
            Set<String> g = new HashSet<>(gold.get(i));
            Set<String> p = new HashSet<>(predicted.get(i));
            if (kind == TaskKind.SINGLE_LABEL && (g.size() != 1 || p.size() > 1)) {
                throw new IllegalArgumentException("item " + i + " of single-label task " + task + ": gold " + g
                        + ", predicted " + p + " (need one gold label and at most one prediction)");
            }
            if (g.equals(p)) {
                exact++;
            }
            for (String label : g) {
                count(counts, label, i)[p.contains(label) ? 0 : 2]++;
            }
            for (String label : p) {
                if (!g.contains(label)) {
                    count(counts, label, i)[1]++;
                }
            }
        }
        SortedMap<String, EvaluationResult.LabelScore> perLabel = new TreeMap<>();
        long tp = 0;
        long fp = 0;
        long fn = 0;
        double macroSum = 0;
        int present = 0;
        for (String label : labelSet) {
            int[] c = counts.get(label);
            tp += c[0];
            fp += c[1];
            fn += c[2];
            double f1 = ratio(2.0 * c[0], 2.0 * c[0] + c[1] + c[2]);
            perLabel.put(label, new EvaluationResult.LabelScore(ratio(c[0], c[0] + c[1]), ratio(c[0], c[0] + c[2]),
                    f1, c[0] + c[2]));
            if (c[0] + c[1] + c[2] > 0) {
                macroSum += f1;
                present++;
            }
        }
        double micro = ratio(2.0 * tp, 2.0 * tp + fp + fn);
        return new EvaluationResult(task, gold.size(), micro, present == 0 ? 0 : macroSum / present,
                ratio(exact, gold.size()), perLabel);
    }

    private static int[] count(Map<String, int[]> counts, String label, int item) {
        int[] c = counts.get(label);
        if (c == null) {
            throw new IllegalArgumentException("item " + item + ": label '" + label + "' is not in the label set");
        }
        return c;
    }

    private static double ratio(double num, double den) {
        return den == 0 ? 0 : num / den;
    }
}
