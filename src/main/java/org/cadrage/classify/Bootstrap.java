package org.cadrage.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * 95% percentile bootstrap confidence intervals of micro F1, macro F1 and accuracy.
 *
 * <p>The bootstrap resamples <em>clusters</em>, not single items: each replicate draws as many clusters as there
 * are, with replacement, and scores all the items of the clusters drawn. {@link CrossValidator} passes
 * {@link Row#group()} (the article, or the outlet when known), because paragraphs of one article, or articles of one
 * outlet, are not independent; resampling them one by one would give intervals too narrow. Pass each item's own id
 * to resample items. The interval bounds are the 2.5th and 97.5th percentiles of the replicates (estimation type
 * R-7, as numpy's default), drawn with a {@link Well19937c} seeded by the caller.
 *
 * <p>Stateless and thread-safe; nulls are rejected.
 */
public final class Bootstrap {
    /** Default number of replicates. */
    public static final int DEFAULT_RESAMPLES = 1000;

    private Bootstrap() {
    }

    /** A closed interval. */
    public record Interval(double low, double high) {
        public Interval {
            if (!(low <= high)) {
                throw new IllegalArgumentException("interval [" + low + ", " + high + "] is not ordered");
            }
        }
    }

    /**
     * Percentile intervals of the three summary scores.
     *
     * @param level     the confidence level (0.95)
     * @param resamples number of replicates
     * @param seed      the generator's seed
     * @param clusters  number of distinct clusters resampled
     */
    public record ConfidenceIntervals(double level, int resamples, long seed, int clusters, Interval microF1,
                                      Interval macroF1, Interval accuracy) {
    }

    /**
     * Computes the intervals; arguments as for {@link Metrics#evaluate}, plus each item's cluster.
     *
     * @param clusters  each item's cluster, aligned with {@code gold}
     * @param resamples number of replicates, at least 1
     * @throws IllegalArgumentException on misaligned or empty lists, as well as for {@link Metrics#evaluate}
     */
    public static ConfidenceIntervals percentile(String task, TaskKind kind, List<String> labelSet,
                                                 List<List<String>> gold, List<List<String>> predicted,
                                                 List<String> clusters, int resamples, long seed) {
        return resample(task, kind, labelSet, gold, List.of(predicted), clusters, resamples, seed);
    }

    /**
     * A paired bootstrap of the difference {@code a − b} between two sets of predictions of the same items (e.g. a
     * model and its baseline, out of fold): each replicate resamples clusters once and scores both sets on it, so the
     * interval reflects the difference on the same items, not two independent spreads.
     *
     * @return the intervals of the differences of micro-F1, macro-F1 and accuracy
     */
    public static ConfidenceIntervals pairedDifference(String task, TaskKind kind, List<String> labelSet,
                                                       List<List<String>> gold, List<List<String>> a,
                                                       List<List<String>> b, List<String> clusters, int resamples,
                                                       long seed) {
        return resample(task, kind, labelSet, gold, List.of(a, b), clusters, resamples, seed);
    }

    /**
     * Resamples clusters {@code resamples} times; each replicate scores the first prediction set, minus the second
     * when there are two (both on the same resampled items).
     */
    private static ConfidenceIntervals resample(String task, TaskKind kind, List<String> labelSet,
                                                List<List<String>> gold, List<List<List<String>>> sets,
                                                List<String> clusters, int resamples, long seed) {
        for (List<List<String>> predicted : sets) {
            if (clusters.size() != gold.size() || predicted.size() != gold.size()) {
                throw new IllegalArgumentException("misaligned lists: " + gold.size() + " gold, " + predicted.size()
                        + " predicted, " + clusters.size() + " clusters");
            }
        }
        if (gold.isEmpty() || resamples < 1) {
            throw new IllegalArgumentException("need items and at least one resample, got " + gold.size()
                    + " items and " + resamples + " resamples");
        }
        List<List<Integer>> byCluster = byCluster(clusters);
        RandomGenerator random = new Well19937c(seed);
        double[][] scores = new double[3][resamples];
        for (int r = 0; r < resamples; r++) {
            List<Integer> items = new ArrayList<>();
            for (int c = 0; c < byCluster.size(); c++) {
                items.addAll(byCluster.get(random.nextInt(byCluster.size())));
            }
            List<List<String>> g = items.stream().map(gold::get).toList();
            for (int s = 0; s < sets.size(); s++) {
                List<List<String>> predicted = sets.get(s);
                EvaluationResult e = Metrics.evaluate(task, kind, labelSet, g,
                        items.stream().map(predicted::get).toList());
                double sign = s == 0 ? 1 : -1;
                scores[0][r] += sign * e.microF1();
                scores[1][r] += sign * e.macroF1();
                scores[2][r] += sign * e.accuracy();
            }
        }
        return new ConfidenceIntervals(0.95, resamples, seed, byCluster.size(), interval(scores[0]),
                interval(scores[1]), interval(scores[2]));
    }

    /** Item indices grouped by cluster, clusters in order of first appearance. */
    private static List<List<Integer>> byCluster(List<String> clusters) {
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            members.computeIfAbsent(clusters.get(i), c -> new ArrayList<>()).add(i);
        }
        return List.copyOf(members.values());
    }

    private static Interval interval(double[] values) {
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        percentile.setData(values);
        return new Interval(percentile.evaluate(2.5), percentile.evaluate(97.5));
    }
}
