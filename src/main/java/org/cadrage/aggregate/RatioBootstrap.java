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
 * {@link SplittableRandom} seeded with the {@code b}-th number of a generator seeded with {@code seed}, and sums in a
 * fixed order, so results do not depend on thread scheduling. Replicates are computed in blocks of {@value #BLOCK}
 * sweeping the articles once per block over the distinct columns, to keep a 100,000-article run to seconds. Stateless and thread-safe.
 */
final class RatioBootstrap {
    /** Replicates computed together in one sweep over the articles. */
    private static final int BLOCK = 8;

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
        // distinct columns, stored row by row so that one sweep over the articles serves every ratio
        List<double[]> distinct = new ArrayList<>();
        int[] numAt = new int[s];
        int[] denAt = new int[s];
        for (int k = 0; k < s; k++) {
            numAt[k] = slot(distinct, ratios.get(k).num());
            denAt[k] = slot(distinct, ratios.get(k).den());
        }
        int u = distinct.size();
        double[] rows = new double[m * u];
        for (int c = 0; c < u; c++) {
            double[] col = distinct.get(c);
            for (int j = 0; j < m; j++) {
                rows[j * u + c] = col[j];
            }
        }
        double[][] replicates = new double[s][resamples];
        if (ratios.stream().anyMatch(r -> defined(r) >= 2)) {
            SplittableRandom root = new SplittableRandom(seed);
            long[] seeds = new long[resamples];
            for (int b = 0; b < resamples; b++) {
                seeds[b] = root.nextLong();
            }
            int blocks = (resamples + BLOCK - 1) / BLOCK;
            IntStream.range(0, blocks).parallel().forEach(block -> {
                int from = block * BLOCK;
                int size = Math.min(BLOCK, resamples - from);
                double[][] counts = new double[size][m];
                for (int r = 0; r < size; r++) {
                    SplittableRandom random = new SplittableRandom(seeds[from + r]);
                    for (int j = 0; j < m; j++) {
                        counts[r][random.nextInt(m)]++;
                    }
                }
                double[] sums = new double[size * u];
                for (int j = 0; j < m; j++) {
                    int row = j * u;
                    for (int r = 0; r < size; r++) {
                        double c = counts[r][j];
                        int base = r * u;
                        for (int k = 0; k < u; k++) {
                            sums[base + k] += c * rows[row + k];
                        }
                    }
                }
                for (int r = 0; r < size; r++) {
                    for (int k = 0; k < s; k++) {
                        double sd = sums[r * u + denAt[k]];
                        replicates[k][from + r] = sd > 0 ? sums[r * u + numAt[k]] / sd : Double.NaN;
                    }
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

    /** The index of {@code column} among {@code distinct}, added when no equal column is there. */
    private static int slot(List<double[]> distinct, double[] column) {
        for (int i = 0; i < distinct.size(); i++) {
            if (Arrays.equals(distinct.get(i), column)) {
                return i;
            }
        }
        distinct.add(column);
        return distinct.size() - 1;
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
