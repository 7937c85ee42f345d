package org.cadrage.aggregate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.cadrage.aggregate.OutletSummary.Estimate;

/**
 * Ratio-of-sums estimates {@code Σ num / Σ den} over a set of articles with 95% percentile bootstrap intervals. A mean
 * over the articles where a value is defined is the ratio with {@code num} = the value (0 where undefined) and
 * {@code den} = 1 where defined; a pooled rate is the ratio of two counts. Each replicate draws as many articles as
 * there are, with replacement, and evaluates every ratio on the same draw; replicates whose denominator is 0 are
 * dropped. The bounds are the 2.5th and 97.5th percentiles of the replicates. Replicate {@code b} draws from a
 * {@link SplittableRandom} seeded with the {@code b}-th number of a generator seeded with {@code seed}, so results do
 * not depend on thread scheduling. Stateless and thread-safe.
 */
final class RatioBootstrap {
    private RatioBootstrap() {
    }

    /** A ratio: numerator and denominator per article (same length). */
    record Ratio(double[] num, double[] den) {
        Ratio {
            if (num.length != den.length) {
                throw new IllegalArgumentException("numerator has " + num.length + " rows, denominator " + den.length);
            }
        }

        /** This ratio restricted to the given rows. */
        Ratio rows(int[] rows) {
            double[] n = new double[rows.length];
            double[] d = new double[rows.length];
            for (int j = 0; j < rows.length; j++) {
                n[j] = num[rows[j]];
                d[j] = den[rows[j]];
            }
            return new Ratio(n, d);
        }
    }

    /** The estimates of {@code ratios} (all over the same articles); intervals only where {@code n >= 2}. */
    static List<Estimate> estimate(List<Ratio> ratios, int resamples, long seed) {
        if (ratios.isEmpty()) {
            return List.of();
        }
        int m = ratios.get(0).num().length;
        int s = ratios.size();
        double[][] replicates = new double[s][resamples];
        boolean anyInterval = ratios.stream().anyMatch(r -> defined(r) >= 2);
        if (anyInterval) {
            SplittableRandom root = new SplittableRandom(seed);
            long[] seeds = new long[resamples];
            for (int b = 0; b < resamples; b++) {
                seeds[b] = root.nextLong();
            }
            IntStream.range(0, resamples).parallel().forEach(b -> {
                SplittableRandom random = new SplittableRandom(seeds[b]);
                double[] counts = new double[m];
                for (int j = 0; j < m; j++) {
                    counts[random.nextInt(m)]++;
                }
                for (int k = 0; k < s; k++) {
                    double sn = dot(counts, ratios.get(k).num());
                    double sd = dot(counts, ratios.get(k).den());
                    replicates[k][b] = sd > 0 ? sn / sd : Double.NaN;
                }
            });
        }
        List<Estimate> out = new ArrayList<>(s);
        for (int k = 0; k < s; k++) {
            Ratio r = ratios.get(k);
            double sn = 0;
            double sd = 0;
            for (int j = 0; j < m; j++) {
                sn += r.num()[j];
                sd += r.den()[j];
            }
            int n = defined(r);
            Double value = sd > 0 ? sn / sd : null;
            double[] finite = Arrays.stream(replicates[k]).filter(Double::isFinite).toArray();
            if (value == null || n < 2 || finite.length == 0) {
                out.add(new Estimate(value, null, null, n));
            } else {
                Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
                p.setData(finite);
                out.add(new Estimate(value, p.evaluate(2.5), p.evaluate(97.5), n));
            }
        }
        return out;
    }

    /** The dot product, summed in four interleaved lanes (a fixed order, so the result is reproducible). */
    private static double dot(double[] a, double[] b) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < a.length; j += 4) {
            s0 += a[j] * b[j];
            s1 += a[j + 1] * b[j + 1];
            s2 += a[j + 2] * b[j + 2];
            s3 += a[j + 3] * b[j + 3];
        }
        for (; j < a.length; j++) {
            s0 += a[j] * b[j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    private static int defined(Ratio r) {
        int n = 0;
        for (double d : r.den()) {
            if (d > 0) {
                n++;
            }
        }
        return n;
    }
}
