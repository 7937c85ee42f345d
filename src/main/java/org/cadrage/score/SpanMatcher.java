package org.cadrage.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;
import org.cadrage.model.Span;

/**
 * One-to-one matching of predicted spans to gold spans by overlap, where
 * {@code overlap = common characters / length of the longer span}. Pairs are taken greedily, best overlap first
 * (ties by position), each span used at most once. Stateless and thread-safe.
 */
public final class SpanMatcher {
    private SpanMatcher() {
    }

    /** A matched pair of indices into the gold and predicted lists. */
    public record Pair(int gold, int predicted, double overlap) {
    }

    public static double overlap(Span a, Span b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 0 : (double) a.intersection(b) / longer;
    }

    /** Pairs with overlap {@code >= minOverlap} (and > 0), sorted by gold index. */
    public static List<Pair> match(List<Span> gold, List<Span> predicted, double minOverlap) {
        return match(gold, predicted, minOverlap, (g, p) -> false);
    }

    /**
     * As {@link #match(List, List, double)}, but among candidates of equal overlap those that {@code agree} (gold
     * index, predicted index) are taken first: two statements of one content by two speakers pair with the right one.
     */
    public static List<Pair> match(List<Span> gold, List<Span> predicted, double minOverlap,
                                   BiPredicate<Integer, Integer> agree) {
        List<Pair> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                double o = overlap(gold.get(g), predicted.get(p));
                if (o > 0 && o >= minOverlap) {
                    candidates.add(new Pair(g, p, o));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Pair::overlap).reversed()
                .thenComparing(c -> !agree.test(c.gold(), c.predicted()))
                .thenComparingInt(Pair::gold).thenComparingInt(Pair::predicted));
        boolean[] usedG = new boolean[gold.size()];
        boolean[] usedP = new boolean[predicted.size()];
        List<Pair> pairs = new ArrayList<>();
        for (Pair c : candidates) {
            if (!usedG[c.gold()] && !usedP[c.predicted()]) {
                usedG[c.gold()] = true;
                usedP[c.predicted()] = true;
                pairs.add(c);
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::gold));
        return pairs;
    }

    /** Precision, recall and F1 from counts; each is 0 when its denominator is 0. */
    public record Prf(int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            int d = truePositives + falsePositives;
            return d == 0 ? 0 : (double) truePositives / d;
        }

        public double recall() {
            int d = truePositives + falseNegatives;
            return d == 0 ? 0 : (double) truePositives / d;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public Prf plus(Prf o) {
            return new Prf(truePositives + o.truePositives, falsePositives + o.falsePositives,
                    falseNegatives + o.falseNegatives);
        }
    }

    public static Prf score(List<Span> gold, List<Span> predicted, double minOverlap) {
        int tp = match(gold, predicted, minOverlap).size();
        return new Prf(tp, predicted.size() - tp, gold.size() - tp);
    }
}
