package org.cadrage.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Splits rows into cross-validation folds that keep each {@link Row#group()} whole (an outlet's or an article's rows
 * never sit on both sides of a split) and are approximately stratified on the labels.
 *
 * <p>Method (a grouped variant of iterative stratification): the groups, in name order, are shuffled with a seeded
 * {@link Well19937c}; then sorted (stably) by the corpus frequency of their rarest label (rarest first, unlabeled
 * groups last) and by size (largest first). Each group goes to the fold that most lacks its rarest label (target =
 * the label's count / k), then that most lacks the group's labels in total, then that has fewest rows; remaining ties
 * are drawn from the same generator. A fold never stays empty. The result depends only on the rows and the seed.
 *
 * <p>Stateless and thread-safe; nulls are rejected.
 */
public final class Folds {
    private Folds() {
    }

    /**
     * One split.
     *
     * @param index 0-based fold number
     * @param train the rows of every other fold, in input order
     * @param test  this fold's rows, in input order
     */
    public record Fold(int index, List<Row> train, List<Row> test) {
        public Fold {
            train = List.copyOf(train);
            test = List.copyOf(test);
        }
    }

    /**
     * Splits {@code rows} into {@code k} folds.
     *
     * @throws IllegalArgumentException when {@code k < 2} or there are fewer distinct groups than {@code k}
     */
    public static List<Fold> stratifiedGrouped(List<Row> rows, int k, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("need at least 2 folds, got k = " + k);
        }
        Map<String, List<Row>> byGroup = new TreeMap<>();
        Map<String, Integer> totals = new HashMap<>();
        for (Row row : rows) {
            byGroup.computeIfAbsent(row.group(), g -> new ArrayList<>()).add(row);
            row.labels().forEach(l -> totals.merge(l, 1, Integer::sum));
        }
        if (byGroup.size() < k) {
            throw new IllegalArgumentException("only " + byGroup.size() + " distinct groups for " + k
                    + " folds: use fewer folds (each group, an outlet or an article, stays within one fold)");
        }
        RandomGenerator random = new Well19937c(seed);
        List<Group> groups = new ArrayList<>();
        byGroup.forEach((name, members) -> groups.add(new Group(name, members, totals)));
        for (int i = groups.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            groups.set(i, groups.set(j, groups.get(i)));
        }
        groups.sort(Comparator.comparingInt(Group::rarity).thenComparing(g -> -g.rows.size()));

        List<Map<String, Integer>> foldLabels = new ArrayList<>();
        int[] foldRows = new int[k];
        for (int f = 0; f < k; f++) {
            foldLabels.add(new HashMap<>());
        }
        Map<String, Integer> assignment = new HashMap<>();
        int empty = k;
        for (int gi = 0; gi < groups.size(); gi++) {
            Group g = groups.get(gi);
            boolean mustFillEmpty = groups.size() - gi <= empty;
            List<Integer> best = new ArrayList<>();
            double[] bestScore = null;
            for (int f = 0; f < k; f++) {
                if (mustFillEmpty && foldRows[f] > 0) {
                    continue;
                }
                double[] score = g.score(foldLabels.get(f), foldRows[f], totals, rows.size(), k);
                int cmp = bestScore == null ? 1 : compare(score, bestScore);
                if (cmp > 0) {
                    best.clear();
                    bestScore = score;
                }
                if (cmp >= 0) {
                    best.add(f);
                }
            }
            int fold = best.get(best.size() == 1 ? 0 : random.nextInt(best.size()));
            if (foldRows[fold] == 0) {
                empty--;
            }
            foldRows[fold] += g.rows.size();
            for (Row row : g.rows) {
                row.labels().forEach(l -> foldLabels.get(fold).merge(l, 1, Integer::sum));
            }
            assignment.put(g.name, fold);
        }

        List<Fold> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            List<Row> train = new ArrayList<>();
            List<Row> test = new ArrayList<>();
            for (Row row : rows) {
                (assignment.get(row.group()) == f ? test : train).add(row);
            }
            folds.add(new Fold(f, train, test));
        }
        return folds;
    }

    private static int compare(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            int c = Double.compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** A group's rows, its label counts and its rarest label. */
    private static final class Group {
        final String name;
        final List<Row> rows;
        final Map<String, Integer> labels = new TreeMap<>();
        final String rarest;
        final int rarity;

        Group(String name, List<Row> rows, Map<String, Integer> totals) {
            this.name = Objects.requireNonNull(name);
            this.rows = rows;
            rows.forEach(r -> r.labels().forEach(l -> labels.merge(l, 1, Integer::sum)));
            rarest = labels.keySet().stream().min(Comparator.comparing((String l) -> totals.get(l))
                    .thenComparing(Comparator.naturalOrder())).orElse(null);
            rarity = rarest == null ? Integer.MAX_VALUE : totals.get(rarest);
        }

        int rarity() {
            return rarity;
        }

        /** Higher is a better fold: need of the rarest label, total need of the group's labels, row deficit. */
        double[] score(Map<String, Integer> fold, int foldRows, Map<String, Integer> totals, int n, int k) {
            double rarestNeed = 0;
            double need = 0;
            for (String label : labels.keySet()) {
                double lack = (double) totals.get(label) / k - fold.getOrDefault(label, 0);
                need += lack;
                if (label.equals(rarest)) {
                    rarestNeed = lack;
                }
            }
            return new double[] {rarestNeed, need, (double) n / k - foldRows};
        }
    }
}
