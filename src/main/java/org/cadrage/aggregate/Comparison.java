package org.cadrage.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.TaskScores;
import org.cadrage.model.UnitScore;

/**
 * The comparison of two groups of articles (two periods of an outlet, two outlets or two groups of outlets) on every
 * index of {@link ArticleIndex#main()} and, when the analyses carry framing scores, on each score index of
 * {@link ArticleIndex#catalogue}; plus each outlet's trend on the main indices. Built by {@link #compute}; the
 * statistics are defined in {@code docs-compare.md}.
 *
 * <p>Immutable and thread-safe. Values that cannot be computed (an empty group, too few values) are {@code null},
 * never NaN.
 *
 * @param spec    what was compared
 * @param counts  how the articles were placed
 * @param indices one row per index: main indices in display order, then score indices by task and label
 * @param trends  per outlet (sorted) and main index (display order), the trend over the articles compared
 */
public record Comparison(CompareSpec spec, Counts counts, List<IndexComparison> indices, List<TrendSlope> trends) {
    public Comparison {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(counts, "counts");
        indices = List.copyOf(indices);
        trends = List.copyOf(trends);
    }

    /**
     * How the articles read were placed.
     *
     * @param seen          articles read
     * @param otherOutlet   articles of no outlet of the comparison (or without outlet)
     * @param undated       articles of the outlets compared excluded for lack of a date (only when dates matter)
     * @param outsidePeriod dated articles of the outlets compared outside both periods or outside the window
     * @param a             articles in group A
     * @param b             articles in group B
     */
    public record Counts(long seen, long otherOutlet, long undated, long outsidePeriod, int a, int b) {
    }

    /**
     * One index compared.
     *
     * @param index       the index id
     * @param description the index's description
     * @param nA          articles of A where the index is defined
     * @param meanA       their mean, or {@code null} when nA is 0
     * @param nB          articles of B where the index is defined
     * @param meanB       their mean, or {@code null}
     * @param difference  {@code meanB - meanA}, or {@code null} when a mean is missing
     * @param ciLow       lower bound of the bootstrap percentile interval of the difference, or {@code null} when a
     *                    group has fewer than 2 values
     * @param ciHigh      upper bound, or {@code null}
     * @param p           two-sided Mann–Whitney p-value, or {@code null} when a group has fewer than 2 values
     * @param adjustedP   Benjamini–Hochberg adjusted p over the indices of the comparison, or {@code null} with p
     * @param cliffsDelta Cliff's delta of B against A, or {@code null} when a group is empty
     * @param significant {@code adjustedP < alpha}
     */
    public record IndexComparison(String index, String description, int nA, Double meanA, int nB, Double meanB,
                                  Double difference, Double ciLow, Double ciHigh, Double p, Double adjustedP,
                                  Double cliffsDelta, boolean significant) {
        public IndexComparison {
            Objects.requireNonNull(index, "index");
            Objects.requireNonNull(description, "description");
        }
    }

    /**
     * Reads the analyses once and compares the two groups of {@code spec}. Only per-article numbers of the articles
     * compared are kept (a few doubles each). The bootstrap runs its replicates in parallel; the result is the same
     * for any number of threads.
     *
     * @param analyses a stream of the analyses (read once, then closed)
     */
    public static Comparison compute(Supplier<Stream<ArticleAnalysis>> analyses, CompareSpec spec) {
        Objects.requireNonNull(spec, "spec");
        Table table = new Table();
        long[] left = new long[CompareSpec.Placement.values().length];
        try (Stream<ArticleAnalysis> stream = analyses.get()) {
            stream.forEach(a -> {
                CompareSpec.Placement place = spec.place(a.article());
                left[place.ordinal()]++;
                if (place == CompareSpec.Placement.A || place == CompareSpec.Placement.B) {
                    table.add(a, place == CompareSpec.Placement.A ? 0 : 1);
                }
            });
        }
        List<ArticleIndex> indices = table.indices();
        int k = indices.size();
        double[] rowsA = table.rowMajor(0);
        double[] rowsB = table.rowMajor(1);
        double[][] intervals = Stats.bootstrapDifference(rowsA, rowsB, k, spec.seed(), spec.resamples(),
                spec.alpha());
        List<Double> p = new ArrayList<>();
        List<double[][]> samples = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            double[] a = defined(rowsA, k, j);
            double[] b = defined(rowsB, k, j);
            samples.add(new double[][] {a, b});
            p.add(Stats.mannWhitneyP(a, b));
        }
        List<Double> adjusted = Stats.benjaminiHochberg(p);
        List<IndexComparison> rows = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            double[] a = samples.get(j)[0];
            double[] b = samples.get(j)[1];
            Double meanA = Stats.mean(a);
            Double meanB = Stats.mean(b);
            boolean empty = a.length == 0 || b.length == 0;
            Double adj = adjusted.get(j);
            rows.add(new IndexComparison(indices.get(j).id(), indices.get(j).description(), a.length, meanA,
                    b.length, meanB, empty ? null : meanB - meanA,
                    intervals[j] == null ? null : intervals[j][0], intervals[j] == null ? null : intervals[j][1],
                    p.get(j), adj, empty ? null : Stats.cliffsDelta(a, b), adj != null && adj < spec.alpha()));
        }
        Counts counts = new Counts(Arrays.stream(left).sum(), left[CompareSpec.Placement.OTHER_OUTLET.ordinal()],
                left[CompareSpec.Placement.UNDATED.ordinal()], left[CompareSpec.Placement.OUTSIDE_PERIOD.ordinal()],
                (int) left[CompareSpec.Placement.A.ordinal()], (int) left[CompareSpec.Placement.B.ordinal()]);
        return new Comparison(spec, counts, rows, table.trends(spec));
    }

    private static double[] defined(double[] rows, int k, int j) {
        double[] out = new double[rows.length / k];
        int n = 0;
        for (int i = j; i < rows.length; i += k) {
            if (!Double.isNaN(rows[i])) {
                out[n++] = rows[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The per-article numbers of the articles compared, one growable column per index (NaN where undefined). */
    private static final class Table {
        private final List<ArticleIndex> main = ArticleIndex.main();
        private final Map<String, TreeMap<String, ArticleIndex>> scoreIndices = new TreeMap<>();
        private final Map<String, double[]> columns = new TreeMap<>();
        private final List<String> outlets = new ArrayList<>();
        private byte[] group = new byte[1024];
        private int[] outlet = new int[1024];
        private int[] day = new int[1024];
        private int size;

        Table() {
            for (ArticleIndex i : main) {
                columns.put(i.id(), nanColumn());
            }
        }

        private double[] nanColumn() {
            double[] c = new double[group.length];
            Arrays.fill(c, Double.NaN);
            return c;
        }

        void add(ArticleAnalysis a, int g) {
            if (size == group.length) {
                int capacity = size * 2;
                group = Arrays.copyOf(group, capacity);
                outlet = Arrays.copyOf(outlet, capacity);
                day = Arrays.copyOf(day, capacity);
                columns.replaceAll((id, c) -> {
                    double[] grown = Arrays.copyOf(c, capacity);
                    Arrays.fill(grown, size, capacity, Double.NaN);
                    return grown;
                });
            }
            group[size] = (byte) g;
            int o = outlets.indexOf(a.article().outlet());
            if (o < 0) {
                o = outlets.size();
                outlets.add(a.article().outlet());
            }
            outlet[size] = o;
            LocalDate d = a.article().published();
            day[size] = d == null ? Integer.MIN_VALUE : (int) d.toEpochDay();
            for (ArticleIndex i : main) {
                set(i, a);
            }
            for (Map.Entry<String, TaskScores> e : a.scores().entrySet()) {
                TreeSet<String> labels = new TreeSet<>();
                for (UnitScore u : e.getValue().units()) {
                    labels.addAll(u.probabilities().keySet());
                }
                for (String label : labels) {
                    set(scoreIndex(e.getKey(), label), a);
                }
            }
            size++;
        }

        private void set(ArticleIndex i, ArticleAnalysis a) {
            Double v = i.of(a);
            if (v != null) {
                columns.get(i.id())[size] = v;
            }
        }

        private ArticleIndex scoreIndex(String task, String label) {
            TreeMap<String, ArticleIndex> byLabel = scoreIndices.computeIfAbsent(task, t -> new TreeMap<>());
            ArticleIndex found = byLabel.get(label);
            if (found == null) {
                TreeMap<String, SortedSet<String>> one = new TreeMap<>(Map.of(task, new TreeSet<>(List.of(label))));
                List<ArticleIndex> catalogue = ArticleIndex.catalogue(one);
                found = catalogue.get(catalogue.size() - 1);
                if (columns.containsKey(found.id())) {
                    throw new IllegalArgumentException("score index " + found.id() + " has the id of another index");
                }
                byLabel.put(label, found);
                columns.put(found.id(), nanColumn());
            }
            return found;
        }

        List<ArticleIndex> indices() {
            List<ArticleIndex> all = new ArrayList<>(main);
            scoreIndices.values().forEach(byLabel -> all.addAll(byLabel.values()));
            return all;
        }

        /** Group {@code g}'s rows, row-major over {@link #indices()}. */
        double[] rowMajor(int g) {
            List<double[]> cols = indices().stream().map(i -> columns.get(i.id())).toList();
            int k = cols.size();
            int n = 0;
            for (int r = 0; r < size; r++) {
                n += group[r] == g ? 1 : 0;
            }
            double[] out = new double[n * k];
            int row = 0;
            for (int r = 0; r < size; r++) {
                if (group[r] == g) {
                    for (int j = 0; j < k; j++) {
                        out[row * k + j] = cols.get(j)[r];
                    }
                    row++;
                }
            }
            return out;
        }

        List<TrendSlope> trends(CompareSpec spec) {
            List<TrendSlope> out = new ArrayList<>();
            TreeSet<String> all = new TreeSet<>(spec.outletsA());
            all.addAll(spec.outletsB());
            for (String name : all) {
                int o = outlets.indexOf(name);
                for (ArticleIndex i : main) {
                    double[] c = columns.get(i.id());
                    int[] days = new int[size];
                    double[] values = new double[size];
                    int n = 0;
                    for (int r = 0; r < size; r++) {
                        if (outlet[r] == o && day[r] != Integer.MIN_VALUE && !Double.isNaN(c[r])) {
                            days[n] = day[r];
                            values[n++] = c[r];
                        }
                    }
                    out.add(TrendSlope.fit(name, i.id(), Arrays.copyOf(days, n), Arrays.copyOf(values, n),
                            spec.alpha()));
                }
            }
            return out;
        }
    }
}
