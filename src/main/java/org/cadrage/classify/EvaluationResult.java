package org.cadrage.classify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Scores of predictions against gold labels for one task, as computed by {@link Metrics#evaluate}.
 *
 * @param task     the task name
 * @param n        number of scored items
 * @param microF1  F1 over the pooled true/false positives and false negatives of every label
 * @param macroF1  mean F1 over the labels that occur in the gold labels or the predictions (see {@link Metrics})
 * @param accuracy share of items whose predicted label set equals the gold set (exact match)
 * @param perLabel every label of the task's label set, sorted, with its precision, recall, F1 and support
 */
public record EvaluationResult(String task, int n, double microF1, double macroF1, double accuracy,
                               SortedMap<String, LabelScore> perLabel) {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public EvaluationResult {
        Objects.requireNonNull(task, "task");
        if (n < 0) {
            throw new IllegalArgumentException("negative n " + n);
        }
        perLabel = new TreeMap<>(perLabel);
    }

    /**
     * One label's scores; precision (recall) is 0 when the label was never predicted (never in the gold labels).
     *
     * @param support number of items whose gold labels contain the label
     */
    public record LabelScore(double p, double r, double f1, int support) {
    }

    /**
     * This result as {@code {"task","n","microF1","macroF1","accuracy","perLabel":{"<label>":{"p","r","f1","support"}}}}
     * in that order; callers may append further top-level fields (e.g. {@code "ci"}).
     */
    public ObjectNode toJsonNode() {
        ObjectNode root = JSON.createObjectNode();
        root.put("task", task).put("n", n).put("microF1", microF1).put("macroF1", macroF1).put("accuracy", accuracy);
        ObjectNode labels = root.putObject("perLabel");
        for (Map.Entry<String, LabelScore> e : perLabel.entrySet()) {
            LabelScore s = e.getValue();
            labels.putObject(e.getKey()).put("p", s.p()).put("r", s.r()).put("f1", s.f1()).put("support", s.support());
        }
        return root;
    }

    /** {@link #toJsonNode()} as indented JSON. */
    public String toJson() {
        return write(toJsonNode());
    }

    static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serializes", e);
        }
    }

    /** A fixed-width table, one row per label then the summary line; numbers with three decimals. */
    public String toTable() {
        int width = Math.max(5, perLabel.keySet().stream().mapToInt(String::length).max().orElse(0));
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "task %s, n = %d%n", task, n));
        out.append(String.format(Locale.ROOT, "%-" + width + "s %7s %7s %7s %8s%n", "label", "p", "r", "f1",
                "support"));
        for (Map.Entry<String, LabelScore> e : perLabel.entrySet()) {
            LabelScore s = e.getValue();
            out.append(String.format(Locale.ROOT, "%-" + width + "s %7.3f %7.3f %7.3f %8d%n", e.getKey(), s.p(),
                    s.r(), s.f1(), s.support()));
        }
        out.append(String.format(Locale.ROOT, "micro F1 %.3f   macro F1 %.3f   accuracy %.3f%n", microF1, macroF1,
                accuracy));
        return out.toString();
    }
}
