package org.cadrage.classify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Grouped, stratified k-fold cross-validation of a {@link Learner}: folds from {@link Folds#stratifiedGrouped}, one
 * model per fold fitted on the other folds, out-of-fold predictions pooled and scored once with {@link Metrics},
 * with {@link Bootstrap} intervals resampling {@link Row#group()}s. The learner never sees a test row's gold labels
 * (test rows are passed with their labels removed). The same seed gives the same folds to every run, so the results
 * of {@link #ablation} and {@link #learningCurve} are paired. Folds are fitted in parallel (one thread per fold, up
 * to the number of cores), each from its own seed, so results do not depend on the number of threads. Deterministic
 * when the learner is.
 *
 * <p>Immutable; thread-safe when the learner is. Null arguments are rejected.
 */
public final class CrossValidator {
    private final Learner learner;
    private final int k;
    private final long seed;
    private final int resamples;

    /** With {@link Bootstrap#DEFAULT_RESAMPLES} bootstrap replicates. */
    public CrossValidator(Learner learner, int k, long seed) {
        this(learner, k, seed, Bootstrap.DEFAULT_RESAMPLES);
    }

    /**
     * @param k         number of folds, at least 2
     * @param seed      seeds the folds, the learner, the training subsets and the bootstrap
     * @param resamples bootstrap replicates, at least 1
     */
    public CrossValidator(Learner learner, int k, long seed, int resamples) {
        this.learner = Objects.requireNonNull(learner, "learner");
        if (k < 2 || resamples < 1) {
            throw new IllegalArgumentException("need k >= 2 and resamples >= 1, got k = " + k + ", resamples = "
                    + resamples);
        }
        this.k = k;
        this.seed = seed;
        this.resamples = resamples;
    }

    /**
     * One cross-validation run.
     *
     * @param task        the task name
     * @param learner     the learner's {@link Learner#name()}
     * @param parameters  its {@link Learner#parameters()}
     * @param features    the feature set used
     * @param k           number of folds
     * @param seed        the seed
     * @param result      scores of the pooled out-of-fold predictions
     * @param ci          bootstrap intervals of the summary scores
     * @param ids         row ids, in input order
     * @param predictions each row's out-of-fold prediction, aligned with {@code ids}
     */
    public record Result(String task, String learner, SortedMap<String, String> parameters, FeatureSet features,
                         int k, long seed, EvaluationResult result, Bootstrap.ConfidenceIntervals ci,
                         List<String> ids, List<Prediction> predictions) {
        public Result {
            parameters = new TreeMap<>(parameters);
            ids = List.copyOf(ids);
            predictions = List.copyOf(predictions);
        }

        /**
         * {@link EvaluationResult#toJsonNode()} followed by {@code "ci"}, {@code "learner"}, {@code "parameters"},
         * {@code "features"}, {@code "k"} and {@code "seed"}; predictions are left out.
         */
        public ObjectNode toJsonNode() {
            ObjectNode root = result.toJsonNode();
            root.set("ci", EvaluationResult.JSON.valueToTree(ci));
            root.put("learner", learner);
            root.set("parameters", EvaluationResult.JSON.valueToTree(parameters));
            root.put("features", features.name()).put("k", k).put("seed", seed);
            return root;
        }

        /** {@link #toJsonNode()} as indented JSON. */
        public String toJson() {
            return EvaluationResult.write(toJsonNode());
        }
    }

    /**
     * One point of a learning curve.
     *
     * @param fraction     share of each training fold used
     * @param trainingRows mean number of training rows per fold
     * @param result       scores of the pooled out-of-fold predictions
     * @param ci           bootstrap intervals
     */
    public record CurvePoint(double fraction, double trainingRows, EvaluationResult result,
                             Bootstrap.ConfidenceIntervals ci) {
    }

    /** Cross-validates the learner on {@code rows} with {@code features}. */
    public Result run(String task, List<Row> rows, TaskKind kind, List<String> labelSet, FeatureSet features) {
        List<Prediction> predictions = outOfFold(rows, kind, labelSet, features, 1.0);
        return new Result(task, learner.name(), new TreeMap<>(learner.parameters()), features, k, seed,
                score(task, rows, kind, labelSet, predictions), interval(task, rows, kind, labelSet, predictions),
                rows.stream().map(Row::id).toList(), predictions);
    }

    /** One {@link #run} per feature set, on the same folds. */
    public List<Result> ablation(String task, List<Row> rows, TaskKind kind, List<String> labelSet,
                                 List<FeatureSet> featureSets) {
        List<Result> results = new ArrayList<>();
        for (FeatureSet features : featureSets) {
            results.add(run(task, rows, kind, labelSet, features));
        }
        return results;
    }

    /**
     * Trains on growing subsets of each training fold and scores on the whole test fold. Subsets are nested prefixes
     * of one seeded shuffle of the training fold, of size {@code ceil(fraction * size)}; for a single-label task the
     * shuffle is arranged so that one row of each label of the fold comes first, so that small subsets still see
     * every label the fold has.
     *
     * @param fractions shares in (0, 1], in the order wanted
     */
    public List<CurvePoint> learningCurve(String task, List<Row> rows, TaskKind kind, List<String> labelSet,
                                         FeatureSet features, double[] fractions) {
        for (double f : fractions) {
            if (!(f > 0 && f <= 1)) {
                throw new IllegalArgumentException("fraction " + f + " not in (0, 1] in " + Arrays.toString(fractions));
            }
        }
        List<CurvePoint> points = new ArrayList<>();
        for (double fraction : fractions) {
            List<Prediction> predictions = outOfFold(rows, kind, labelSet, features, fraction);
            double trainingRows = Folds.stratifiedGrouped(rows, k, seed).stream()
                    .mapToInt(f -> subsetSize(f.train().size(), fraction)).average().orElse(0);
            points.add(new CurvePoint(fraction, trainingRows, score(task, rows, kind, labelSet, predictions),
                    interval(task, rows, kind, labelSet, predictions)));
        }
        return points;
    }

    private List<Prediction> outOfFold(List<Row> rows, TaskKind kind, List<String> labelSet, FeatureSet features,
                                       double fraction) {
        List<Folds.Fold> folds = Folds.stratifiedGrouped(rows, k, seed);
        int threads = Math.min(folds.size(), Math.max(1, Runtime.getRuntime().availableProcessors()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<Map<String, Prediction>>> futures = new ArrayList<>();
            for (Folds.Fold fold : folds) {
                futures.add(pool.submit(() -> predictFold(fold, kind, labelSet, features, fraction)));
            }
            Map<String, Prediction> byId = new HashMap<>();
            for (java.util.concurrent.Future<Map<String, Prediction>> f : futures) {
                for (Map.Entry<String, Prediction> e : get(f).entrySet()) {
                    if (byId.put(e.getKey(), e.getValue()) != null) {
                        throw new IllegalArgumentException("duplicate row id " + e.getKey());
                    }
                }
            }
            return rows.stream().map(r -> byId.get(r.id())).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    /** Fits on the fold's training rows (a seeded subset) and predicts its test rows, gold labels hidden. */
    private Map<String, Prediction> predictFold(Folds.Fold fold, TaskKind kind, List<String> labelSet,
                                                FeatureSet features, double fraction) {
        List<Row> train = shuffled(fold.train(), kind, seed + fold.index());
        train = train.subList(0, subsetSize(train.size(), fraction));
        Learner.Model model = learner.fit(train, kind, labelSet, features, seed);
        Map<String, Prediction> out = new HashMap<>();
        for (Row row : fold.test()) {
            Row blind = new Row(row.id(), row.group(), row.text(), row.features(), List.of());
            if (out.put(row.id(), model.predict(blind)) != null) {
                throw new IllegalArgumentException("duplicate row id " + row.id());
            }
        }
        return out;
    }

    private static <T> T get(java.util.concurrent.Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static int subsetSize(int size, double fraction) {
        return Math.max(1, (int) Math.ceil(fraction * size - 1e-9));
    }

    /** A seeded shuffle; single-label: the first row of each label moved to the front, in shuffled order. */
    private static List<Row> shuffled(List<Row> rows, TaskKind kind, long seed) {
        List<Row> out = new ArrayList<>(rows);
        RandomGenerator random = new Well19937c(seed);
        for (int i = out.size() - 1; i > 0; i--) {
            out.set(i, out.set(random.nextInt(i + 1), out.get(i)));
        }
        if (kind == TaskKind.SINGLE_LABEL) {
            Set<String> seen = new HashSet<>();
            List<Row> first = new ArrayList<>();
            List<Row> rest = new ArrayList<>();
            for (Row row : out) {
                (seen.addAll(row.labels()) ? first : rest).add(row);
            }
            first.addAll(rest);
            out = first;
        }
        return out;
    }

    private static EvaluationResult score(String task, List<Row> rows, TaskKind kind, List<String> labelSet,
                                          List<Prediction> predictions) {
        return Metrics.evaluate(task, kind, labelSet, rows.stream().map(Row::labels).toList(),
                predictions.stream().map(Prediction::labels).toList());
    }

    private Bootstrap.ConfidenceIntervals interval(String task, List<Row> rows, TaskKind kind, List<String> labelSet,
                                                   List<Prediction> predictions) {
        return Bootstrap.percentile(task, kind, labelSet, rows.stream().map(Row::labels).toList(),
                predictions.stream().map(Prediction::labels).toList(), rows.stream().map(Row::group).toList(),
                resamples, seed);
    }
}
