package org.cadrage.classify.weka;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cadrage.classify.FeatureSet;
import org.cadrage.classify.Learner;
import org.cadrage.classify.Row;
import org.cadrage.classify.TaskKind;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.bayes.NaiveBayesMultinomial;
import weka.classifiers.functions.Logistic;
import weka.classifiers.functions.SGD;
import weka.classifiers.functions.SMO;
import weka.classifiers.meta.MultiClassClassifier;
import weka.classifiers.trees.RandomForest;
import weka.core.Attribute;
import weka.core.Instance;
import weka.core.SparseInstance;
import weka.core.Instances;
import weka.core.SelectedTag;
import weka.core.stemmers.NullStemmer;
import weka.filters.unsupervised.attribute.StringToWordVector;

/**
 * A {@link Learner} backed by Weka: one of four algorithms on TF-IDF word n-grams and/or Cadrage's numeric features.
 *
 * <p><b>Features.</b> {@link FeatureSet#TEXT} gives the classifier only the row's text, {@link FeatureSet#EVIDENCE}
 * only its numeric features, {@link FeatureSet#BOTH} both. The numeric feature names are fixed at fit time (the sorted
 * union over the training rows); at predict time a missing feature is 0 and an unknown one is ignored. Text becomes
 * word vectors with Weka's {@code StringToWordVector} (TF-IDF, document-length normalised, {@link FrenchTokenizer}
 * n-grams, {@link FrenchStemmer} when {@code stem}, {@link FrenchStopwords}, the {@code wordsToKeep} most frequent
 * terms seen at least {@code minTermFrequency} times), fitted once per fit by a {@link TextVectorizer}: the dictionary
 * and IDF weights are learned from the training rows of each fit only, so cross-validation never leaks test words.
 *
 * <p><b>Algorithms</b> and their key parameter: {@link Algorithm#LOGISTIC} (Weka's quasi-Newton logistic regression,
 * ridge; its dense Hessian makes it slow beyond a few hundred attributes, so the search uses the next one),
 * {@link Algorithm#SGD_LOGISTIC} (L2-regularised logistic regression fitted by stochastic gradient descent with
 * about {@value #SGD_UPDATES} updates — {@code ceil(SGD_UPDATES / rows)} epochs, between {@value #SGD_MIN_EPOCHS}
 * and {@value #SGD_MAX_EPOCHS}, so that small data sets converge too, regularisation lambda; one-vs-rest for more than two classes, probabilities
 * normalised), {@link Algorithm#SMO} (linear SVM,
 * complexity C, probabilities from logistic calibration models), {@link Algorithm#NAIVE_BAYES_MULTINOMIAL} (no
 * parameter, must be 0), {@link Algorithm#RANDOM_FOREST} (number of trees). Every feature (term weights included) is
 * min–max scaled to [0, 1] on the training rows of the fit, as Weka's {@code Normalize} would, but sparsely and once
 * per row rather than inside each classifier (values beyond the training range are not clipped); the classifiers'
 * own normalisation is switched off. For naive Bayes the scaled values act as fractional counts.
 *
 * <p><b>Tasks.</b> Single-label: one multi-class classifier; the predicted label is the most probable (ties go to the
 * first label in sorted order). Multi-label: binary relevance, one yes/no classifier per label; a label is predicted
 * when its probability reaches its own threshold, tuned on the training rows by an inner {@value #INNER_FOLDS}-fold
 * cross-validation that is stratified and grouped by {@link Row#group()}: the thresholds maximise the pooled
 * micro-F1 of the out-of-fold probabilities of all labels ({@link #microF1Thresholds}; cuts are midpoints between
 * consecutive probabilities).
 * With fewer than {@value #INNER_FOLDS} positive or negative groups the threshold stays 0.5; a label with no positive
 * (or no negative) training row gets a constant probability of 0 (or 1).
 *
 * <p><b>Class imbalance</b> is handled by instance weights: each class (each label value, yes/no, for binary
 * relevance) receives the same total weight, a row of class c weighing n / (k · n<sub>c</sub>). All four Weka
 * classifiers honour instance weights.
 *
 * <p><b>Determinism.</b> Weka's randomised parts (random forest, SVM calibration, fold assignment) are seeded from
 * the {@code seed} argument: the same rows and seed give the same model and predictions.
 *
 * <p>Immutable and thread-safe; {@link #fit} keeps no state. Null arguments are rejected with a
 * {@link NullPointerException}.
 *
 * @param algorithm        the Weka classifier
 * @param parameter        its key parameter: ridge (&gt; 0), C (&gt; 0), 0 for naive Bayes, number of trees (integer ≥ 1)
 * @param wordsToKeep      how many terms the word vector keeps (≥ 1)
 * @param maxGram          longest word n-gram (1 to 3)
 * @param stem             whether to stem words with {@link FrenchStemmer}
 * @param minTermFrequency how often a term must occur in the training rows to be kept (≥ 1)
 */
public record WekaLearner(Algorithm algorithm, double parameter, int wordsToKeep, int maxGram, boolean stem,
                          int minTermFrequency) implements Learner {
    /** Folds of the inner cross-validation that tunes multi-label thresholds. */
    public static final int INNER_FOLDS = 3;
    /** Threshold used when there are too few positives to tune one. */
    public static final double DEFAULT_THRESHOLD = 0.5;
    private static final int DEFAULT_WORDS = 2000;
    /** Target number of stochastic-gradient updates of {@link Algorithm#SGD_LOGISTIC}. */
    static final int SGD_UPDATES = 30_000;
    static final int SGD_MIN_EPOCHS = 20;
    static final int SGD_MAX_EPOCHS = 500;
    static final String TEXT_ATTRIBUTE = "text:";
    static final String FEATURE_PREFIX = "feature:";
    static final String CLASS_ATTRIBUTE = "class:";
    static final List<String> NO_YES = List.of("no", "yes");

    /** The Weka classifiers on offer, with the name of their key parameter. */
    public enum Algorithm {
        LOGISTIC("Logistic", "ridge"),
        SGD_LOGISTIC("SGD", "lambda"),
        SMO("SMO", "C"),
        NAIVE_BAYES_MULTINOMIAL("NaiveBayesMultinomial", null),
        RANDOM_FOREST("RandomForest", "numIterations");

        private final String wekaName;
        private final String parameterName;

        Algorithm(String wekaName, String parameterName) {
            this.wekaName = wekaName;
            this.parameterName = parameterName;
        }

        /** The Weka class's simple name. */
        public String wekaName() {
            return wekaName;
        }

        /** The key parameter's name, {@code null} when the algorithm has none. */
        public String parameterName() {
            return parameterName;
        }
    }

    public WekaLearner {
        Objects.requireNonNull(algorithm, "algorithm");
        boolean valid = switch (algorithm) {
            case LOGISTIC, SGD_LOGISTIC, SMO -> parameter > 0 && Double.isFinite(parameter);
            case NAIVE_BAYES_MULTINOMIAL -> parameter == 0;
            case RANDOM_FOREST -> parameter >= 1 && parameter == Math.rint(parameter) && parameter < 100_000;
        };
        if (!valid) {
            throw new IllegalArgumentException("invalid " + algorithm.wekaName() + " parameter "
                    + (algorithm.parameterName() == null ? "(must be 0)" : algorithm.parameterName()) + ": " + parameter);
        }
        if (wordsToKeep < 1) {
            throw new IllegalArgumentException("wordsToKeep must be at least 1, got " + wordsToKeep);
        }
        if (maxGram < 1 || maxGram > 3) {
            throw new IllegalArgumentException("maxGram must be 1 to 3, got " + maxGram);
        }
        if (minTermFrequency < 1) {
            throw new IllegalArgumentException("minTermFrequency must be at least 1, got " + minTermFrequency);
        }
    }

    /** A learner with the default text settings: 2000 stemmed word 1–2-grams seen at least twice. */
    public static WekaLearner of(Algorithm algorithm, double parameter) {
        return new WekaLearner(algorithm, parameter, DEFAULT_WORDS, 2, true, 2);
    }

    /**
     * The search grid: two values of each algorithm's key parameter (for naive Bayes, which has none, two vocabulary
     * sizes), all on stemmed word 1–2-grams.
     */
    public static List<WekaLearner> candidates() {
        return List.of(
                of(Algorithm.SGD_LOGISTIC, 1e-4), of(Algorithm.SGD_LOGISTIC, 1e-2),
                of(Algorithm.SMO, 0.1), of(Algorithm.SMO, 1.0),
                new WekaLearner(Algorithm.NAIVE_BAYES_MULTINOMIAL, 0, 1000, 2, true, 2),
                new WekaLearner(Algorithm.NAIVE_BAYES_MULTINOMIAL, 0, 4000, 2, true, 2),
                of(Algorithm.RANDOM_FOREST, 100), of(Algorithm.RANDOM_FOREST, 300));
    }

    /**
     * The quick grid: one setting of each fast algorithm (SGD logistic regression λ 10⁻⁴, SMO C 0.1, naive Bayes on
     * 4,000 terms); no random forest.
     */
    public static List<WekaLearner> quick() {
        return List.of(of(Algorithm.SGD_LOGISTIC, 1e-4), of(Algorithm.SMO, 0.1),
                new WekaLearner(Algorithm.NAIVE_BAYES_MULTINOMIAL, 0, 4000, 2, true, 2));
    }

    /** The baseline every evaluation prints: logistic regression (ridge 1) on 2000 unstemmed word unigrams. */
    public static WekaLearner bagOfWordsBaseline() {
        return new WekaLearner(Algorithm.SGD_LOGISTIC, 1e-4, DEFAULT_WORDS, 1, false, 2);
    }

    @Override
    public String name() {
        StringBuilder name = new StringBuilder(algorithm.wekaName()).append('(');
        if (algorithm.parameterName() != null) {
            name.append(algorithm.parameterName()).append('=').append(formatParameter()).append(',');
        }
        return name.append("words=").append(wordsToKeep).append(",ngrams=1-").append(maxGram)
                .append(",stem=").append(stem).append(",minFreq=").append(minTermFrequency).append(')').toString();
    }

    @Override
    public Map<String, String> parameters() {
        SortedMap<String, String> parameters = new TreeMap<>();
        parameters.put("algorithm", algorithm.wekaName());
        if (algorithm.parameterName() != null) {
            parameters.put(algorithm.parameterName(), formatParameter());
        }
        parameters.put("wordsToKeep", Integer.toString(wordsToKeep));
        parameters.put("maxGram", Integer.toString(maxGram));
        parameters.put("stem", Boolean.toString(stem));
        parameters.put("minTermFrequency", Integer.toString(minTermFrequency));
        parameters.put("classWeights", "balanced");
        parameters.put("innerFolds", Integer.toString(INNER_FOLDS));
        return Collections.unmodifiableSortedMap(parameters);
    }

    private String formatParameter() {
        return algorithm == Algorithm.RANDOM_FOREST ? Long.toString((long) parameter) : Double.toString(parameter);
    }

    @Override
    public WekaModel fit(List<Row> rows, TaskKind kind, List<String> labelSet, FeatureSet features, long seed) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(features, "features");
        List<String> labels = List.copyOf(new TreeSet<>(labelSet));
        validate(rows, kind, labels);
        List<String> featureNames = features == FeatureSet.TEXT ? List.of() : featureNames(rows);
        TextVectorizer vectorizer = null;
        List<Row> input = rows;
        if (features != FeatureSet.EVIDENCE) {
            TextVectorizer.Fitted fitted = TextVectorizer.fit(rows.stream().map(Row::text).toList(), wordVector());
            vectorizer = fitted.vectorizer();
            input = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                input.add(withTerms(rows.get(i), fitted.vectors().get(i)));
            }
            List<String> all = new ArrayList<>(featureNames);
            all.addAll(vectorizer.termNames());
            featureNames = all;
        }
        double[][] scaling = Layout.scaling(featureNames, input);
        Layout layout = new Layout(featureNames, scaling[0], scaling[1]);
        if (kind == TaskKind.SINGLE_LABEL) {
            List<String> gold = input.stream().map(r -> r.labels().get(0)).toList();
            WekaModel.Head head = fitHead(layout, input, gold, labels, features, seed);
            return new WekaModel(name(), kind, labels, layout, vectorizer, List.of(head),
                    new double[] {DEFAULT_THRESHOLD});
        }
        List<WekaModel.Head> heads = new ArrayList<>();
        double[][] outOfFold = new double[labels.size()][];
        boolean[][] positive = new boolean[labels.size()][];
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            List<String> gold = input.stream().map(r -> r.labels().contains(label) ? "yes" : "no").toList();
            heads.add(fitHead(layout, input, gold, NO_YES, features, seed));
            outOfFold[i] = outOfFold(layout, input, gold, features, seed);
            positive[i] = new boolean[gold.size()];
            for (int r = 0; r < gold.size(); r++) {
                positive[i][r] = gold.get(r).equals("yes");
            }
        }
        return new WekaModel(name(), kind, labels, layout, vectorizer, heads, microF1Thresholds(outOfFold, positive));
    }

    /** The row with its term weights added to its features (the text is kept for error messages only). */
    static Row withTerms(Row row, SortedMap<String, Double> terms) {
        SortedMap<String, Double> f = new TreeMap<>(row.features());
        f.putAll(terms);
        return new Row(row.id(), row.group(), row.text(), f, row.labels());
    }

    private static void validate(List<Row> rows, TaskKind kind, List<String> labels) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no training rows");
        }
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("empty label set");
        }
        for (Row row : rows) {
            if (kind == TaskKind.SINGLE_LABEL && row.labels().size() != 1) {
                throw new IllegalArgumentException("single-label row " + row.id() + " has labels " + row.labels());
            }
            for (String label : row.labels()) {
                if (!labels.contains(label)) {
                    throw new IllegalArgumentException("row " + row.id() + " has label " + label
                            + " outside the label set " + labels);
                }
            }
        }
    }

    private static List<String> featureNames(List<Row> rows) {
        SortedSet<String> names = new TreeSet<>();
        rows.forEach(r -> names.addAll(r.features().keySet()));
        return List.copyOf(names);
    }

    /** Fits one classifier for the given class values, or a constant when only one value occurs. */
    private WekaModel.Head fitHead(Layout layout, List<Row> rows, List<String> gold, List<String> classValues,
                                   FeatureSet features, long seed) {
        long distinct = gold.stream().distinct().count();
        if (distinct == 1) {
            double[] constant = new double[classValues.size()];
            constant[classValues.indexOf(gold.get(0))] = 1;
            return new WekaModel.Head(classValues, null, constant);
        }
        Instances data = layout.header(classValues);
        double[] weights = balancedWeights(gold);
        for (int i = 0; i < rows.size(); i++) {
            data.add(layout.instance(data, rows.get(i), classValues.indexOf(gold.get(i)), weights[i]));
        }
        Classifier classifier = newClassifier(layout, features, seed, rows.size());
        try {
            classifier.buildClassifier(data);
        } catch (Exception e) {
            throw new IllegalStateException(name() + " failed to fit on " + rows.size() + " rows: " + e.getMessage(), e);
        }
        return new WekaModel.Head(classValues, classifier, null);
    }

    /** Weights giving every class that occurs the same total weight. */
    private static double[] balancedWeights(List<String> gold) {
        Map<String, Integer> counts = new TreeMap<>();
        gold.forEach(g -> counts.merge(g, 1, Integer::sum));
        double[] weights = new double[gold.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (double) gold.size() / (counts.size() * counts.get(gold.get(i)));
        }
        return weights;
    }

    /** The epochs of SGD for {@code rows} training rows (see the class comment). */
    static int sgdEpochs(int rows) {
        int epochs = (int) Math.ceil((double) SGD_UPDATES / Math.max(1, rows));
        return Math.max(SGD_MIN_EPOCHS, Math.min(SGD_MAX_EPOCHS, epochs));
    }

    private Classifier newClassifier(Layout layout, FeatureSet features, long seed, int rows) {
        int intSeed = Long.hashCode(seed);
        AbstractClassifier base = switch (algorithm) {
            case LOGISTIC -> {
                Logistic logistic = new Logistic();
                logistic.setRidge(parameter);
                yield logistic;
            }
            case SGD_LOGISTIC -> {
                SGD sgd = new SGD();
                sgd.setLossFunction(new SelectedTag(SGD.LOGLOSS, SGD.TAGS_SELECTION));
                sgd.setLambda(parameter);
                sgd.setEpochs(sgdEpochs(rows));
                sgd.setSeed(intSeed);
                sgd.setDontNormalize(true); // the layout has scaled the features, sparsely
                sgd.setDontReplaceMissing(true);
                MultiClassClassifier oneVsRest = new MultiClassClassifier();
                oneVsRest.setClassifier(sgd);
                oneVsRest.setSeed(intSeed);
                yield oneVsRest;
            }
            case SMO -> {
                SMO smo = new SMO();
                smo.setC(parameter);
                smo.setBuildCalibrationModels(true);
                smo.setRandomSeed(intSeed);
                smo.setFilterType(new SelectedTag(SMO.FILTER_NONE, SMO.TAGS_FILTER)); // scaled by the layout
                yield smo;
            }
            case NAIVE_BAYES_MULTINOMIAL -> new NaiveBayesMultinomial();
            case RANDOM_FOREST -> {
                RandomForest forest = new RandomForest();
                forest.setNumIterations((int) parameter);
                forest.setSeed(intSeed);
                yield forest;
            }
        };
        return base;
    }

    /** The (unfitted) word-vector filter of a one-attribute text data set (package-private for tests). */
    StringToWordVector wordVector() {
        StringToWordVector words = new StringToWordVector();
        words.setAttributeIndices("first");
        words.setTokenizer(new FrenchTokenizer(maxGram));
        words.setStemmer(stem ? new FrenchStemmer() : new NullStemmer());
        words.setStopwordsHandler(new FrenchStopwords());
        words.setLowerCaseTokens(false); // the tokenizer lower-cases with Locale.ROOT
        words.setOutputWordCounts(true);
        words.setTFTransform(true);
        words.setIDFTransform(true);
        words.setNormalizeDocLength(new SelectedTag(StringToWordVector.FILTER_NORMALIZE_ALL,
                StringToWordVector.TAGS_FILTER));
        words.setWordsToKeep(wordsToKeep);
        words.setDoNotOperateOnPerClassBasis(true);
        words.setMinTermFreq(minTermFrequency);
        return words;
    }

    /**
     * Out-of-fold probabilities of "yes" for one binary-relevance label, from an inner stratified, grouped
     * cross-validation on the training rows; {@code null} when there are too few positive or negative groups.
     */
    private double[] outOfFold(Layout layout, List<Row> rows, List<String> gold, FeatureSet features, long seed) {
        int[] fold = innerFolds(rows, gold, seed);
        if (fold.length == 0) {
            return null;
        }
        double[] outOfFold = new double[rows.size()];
        for (int f = 0; f < INNER_FOLDS; f++) {
            List<Row> train = new ArrayList<>();
            List<String> trainGold = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (fold[i] != f) {
                    train.add(rows.get(i));
                    trainGold.add(gold.get(i));
                }
            }
            WekaModel.Head head = fitHead(layout, train, trainGold, NO_YES, features, seed);
            for (int i = 0; i < rows.size(); i++) {
                if (fold[i] == f) {
                    outOfFold[i] = head.distribution(layout, rows.get(i))[1];
                }
            }
        }
        return outOfFold;
    }

    /**
     * Per-label thresholds maximising the <em>pooled</em> (micro) F1 of the inner out-of-fold probabilities, the
     * measure multi-label tasks are selected and reported by: each label starts at its own best-F1 threshold
     * ({@link #bestF1Threshold}), then two rounds of coordinate ascent move one label's threshold at a time to the cut
     * (or "never") that most raises the pooled F1 with the others fixed. Optimising each label's own F1 alone makes
     * rare labels fire too often, which costs precision on the pool. Labels without out-of-fold probabilities keep
     * {@value #DEFAULT_THRESHOLD}. Package-private for tests.
     */
    static double[] microF1Thresholds(double[][] outOfFold, boolean[][] positive) {
        int labels = outOfFold.length;
        double[] thresholds = new double[labels];
        int[][] counts = new int[labels][];
        for (int l = 0; l < labels; l++) {
            thresholds[l] = outOfFold[l] == null ? DEFAULT_THRESHOLD : bestF1Threshold(outOfFold[l], positive[l]);
            counts[l] = outOfFold[l] == null ? new int[3] : confusion(outOfFold[l], positive[l], thresholds[l]);
        }
        for (int round = 0; round < 2; round++) {
            for (int l = 0; l < labels; l++) {
                if (outOfFold[l] == null) {
                    continue;
                }
                int[] others = new int[3];
                for (int m = 0; m < labels; m++) {
                    if (m != l) {
                        for (int k = 0; k < 3; k++) {
                            others[k] += counts[m][k];
                        }
                    }
                }
                double[] cuts = Arrays.stream(outOfFold[l]).distinct().sorted().toArray();
                double best = microF1(others, counts[l]);
                for (int c = 0; c <= cuts.length; c++) {
                    double t = c == cuts.length ? Math.nextUp(1.0) : (cuts[c] + (c > 0 ? cuts[c - 1] : 0)) / 2;
                    int[] candidate = confusion(outOfFold[l], positive[l], t);
                    double f1 = microF1(others, candidate);
                    if (f1 > best + 1e-12) {
                        best = f1;
                        thresholds[l] = t;
                        counts[l] = candidate;
                    }
                }
            }
        }
        return thresholds;
    }

    /** True positives, false positives and false negatives when predicting at or above {@code threshold}. */
    private static int[] confusion(double[] probabilities, boolean[] positive, double threshold) {
        int[] c = new int[3];
        for (int i = 0; i < probabilities.length; i++) {
            boolean predicted = probabilities[i] >= threshold;
            c[0] += predicted && positive[i] ? 1 : 0;
            c[1] += predicted && !positive[i] ? 1 : 0;
            c[2] += !predicted && positive[i] ? 1 : 0;
        }
        return c;
    }

    private static double microF1(int[] a, int[] b) {
        int tp = a[0] + b[0];
        int denominator = 2 * tp + a[1] + b[1] + a[2] + b[2];
        return denominator == 0 ? 0 : 2.0 * tp / denominator;
    }

    /**
     * Assigns groups to folds: groups holding a positive row round-robin in seeded random order, then the others; an
     * empty array when there are fewer positive or negative-only groups than folds.
     */
    private static int[] innerFolds(List<Row> rows, List<String> gold, long seed) {
        SortedSet<String> positiveGroups = new TreeSet<>();
        SortedSet<String> allGroups = new TreeSet<>();
        for (int i = 0; i < rows.size(); i++) {
            allGroups.add(rows.get(i).group());
            if (gold.get(i).equals("yes")) {
                positiveGroups.add(rows.get(i).group());
            }
        }
        List<String> positives = new ArrayList<>(positiveGroups);
        List<String> negatives = new ArrayList<>(allGroups);
        negatives.removeAll(positiveGroups);
        if (positives.size() < INNER_FOLDS || negatives.size() < INNER_FOLDS) {
            return new int[0];
        }
        Random random = new Random(seed);
        Collections.shuffle(positives, random);
        Collections.shuffle(negatives, random);
        Map<String, Integer> foldOf = new TreeMap<>();
        for (int i = 0; i < positives.size(); i++) {
            foldOf.put(positives.get(i), i % INNER_FOLDS);
        }
        for (int i = 0; i < negatives.size(); i++) {
            foldOf.put(negatives.get(i), i % INNER_FOLDS);
        }
        return rows.stream().mapToInt(r -> foldOf.get(r.group())).toArray();
    }

    /**
     * The threshold maximising F1 when predicting positive for probabilities at or above it: the midpoint between the
     * best cut and the next lower probability (half the cut when none is lower); ties go to the higher cut.
     */
    static double bestF1Threshold(double[] probabilities, boolean[] positive) {
        double[] cuts = Arrays.stream(probabilities).distinct().sorted().toArray();
        int totalPositive = 0;
        for (boolean p : positive) {
            totalPositive += p ? 1 : 0;
        }
        double bestF1 = -1;
        int best = cuts.length - 1;
        for (int c = cuts.length - 1; c >= 0; c--) {
            int truePositive = 0;
            int predicted = 0;
            for (int i = 0; i < probabilities.length; i++) {
                if (probabilities[i] >= cuts[c]) {
                    predicted++;
                    truePositive += positive[i] ? 1 : 0;
                }
            }
            double f1 = 2.0 * truePositive / (predicted + totalPositive);
            if (f1 > bestF1) {
                bestF1 = f1;
                best = c;
            }
        }
        double below = best > 0 ? cuts[best - 1] : 0;
        return (cuts[best] + below) / 2;
    }

    @Override
    public String toString() {
        return name();
    }

    /**
     * Where each value sits in a Weka instance: numeric features (term weights included), then the text when the
     * classifier reads it itself, then the class. Immutable.
     */
    static final class Layout {
        private final List<String> featureNames;
        private final Map<String, Integer> index = new java.util.HashMap<>();
        private final Map<List<String>, Instances> templates = new java.util.concurrent.ConcurrentHashMap<>();
        private final double[] min;
        private final double[] scale;
        private final int[] offsets;

        /** A layout without scaling (values as they are). */
        Layout(List<String> featureNames) {
            this(featureNames, null, null);
        }

        /**
         * @param min   each feature's minimum over the training rows, or {@code null} for no scaling
         * @param scale {@code 1 / (max - min)}, 0 for a constant feature
         */
        Layout(List<String> featureNames, double[] min, double[] scale) {
            this.featureNames = List.copyOf(featureNames);
            for (int i = 0; i < this.featureNames.size(); i++) {
                index.put(this.featureNames.get(i), i);
            }
            this.min = min;
            this.scale = scale;
            this.offsets = min == null ? new int[0] : java.util.stream.IntStream.range(0, min.length)
                    .filter(i -> min[i] != 0 && scale[i] != 0).toArray();
        }

        /** {min, scale} of each feature over {@code rows}; a feature missing from a row counts as 0 there. */
        static double[][] scaling(List<String> featureNames, List<Row> rows) {
            int n = featureNames.size();
            Map<String, Integer> at = new java.util.HashMap<>();
            for (int i = 0; i < n; i++) {
                at.put(featureNames.get(i), i);
            }
            double[] min = new double[n];
            double[] max = new double[n];
            int[] seen = new int[n];
            Arrays.fill(min, Double.POSITIVE_INFINITY);
            Arrays.fill(max, Double.NEGATIVE_INFINITY);
            for (Row row : rows) {
                for (Map.Entry<String, Double> e : row.features().entrySet()) {
                    Integer i = at.get(e.getKey());
                    if (i != null) {
                        min[i] = Math.min(min[i], e.getValue());
                        max[i] = Math.max(max[i], e.getValue());
                        seen[i]++;
                    }
                }
            }
            double[] scale = new double[n];
            for (int i = 0; i < n; i++) {
                if (seen[i] < rows.size()) {
                    min[i] = Math.min(min[i], 0);
                    max[i] = Math.max(max[i], 0);
                }
                scale[i] = max[i] > min[i] ? 1 / (max[i] - min[i]) : 0;
            }
            return new double[][] {min, scale};
        }

        double[] min() {
            return min == null ? null : min.clone();
        }

        double[] scale() {
            return scale == null ? null : scale.clone();
        }

        private double scaled(int i, double value) {
            return min == null ? value : (value - min[i]) * scale[i];
        }

        List<String> featureNames() {
            return featureNames;
        }

        int classIndex() {
            return featureNames.size();
        }

        /** A fresh, empty data set with this layout and the given class values (attributes shared with a template). */
        Instances header(List<String> classValues) {
            Instances template = templates.computeIfAbsent(List.copyOf(classValues), this::newHeader);
            Instances data = new Instances(template, 0);
            data.setClassIndex(classIndex());
            return data;
        }

        /**
         * The row as a sparse instance of {@code data} (features it does not know are ignored, missing ones are 0),
         * in time proportional to the row's features rather than the layout's width; class missing if
         * {@code classValue} &lt; 0.
         */
        Instance instance(Instances data, Row row, int classValue, double weight) {
            int[] at = new int[row.features().size() + offsets.length + 1];
            double[] v = new double[at.length];
            int n = 0;
            for (Map.Entry<String, Double> e : row.features().entrySet()) {
                Integer i = index.get(e.getKey());
                if (i != null) {
                    double x = scaled(i, e.getValue());
                    if (x != 0) {
                        at[n] = i;
                        v[n++] = x;
                    }
                }
            }
            for (int i : offsets) { // absent features whose scaled zero is not zero
                if (!row.features().containsKey(featureNames.get(i))) {
                    at[n] = i;
                    v[n++] = scaled(i, 0);
                }
            }
            at[n] = classIndex();
            v[n++] = classValue < 0 ? weka.core.Utils.missingValue() : classValue;
            int[] order = java.util.stream.IntStream.range(0, n).boxed().sorted(java.util.Comparator.comparingInt(
                    k -> at[k])).mapToInt(Integer::intValue).toArray();
            int[] sortedAt = new int[n];
            double[] sortedV = new double[n];
            for (int k = 0; k < n; k++) {
                sortedAt[k] = at[order[k]];
                sortedV[k] = v[order[k]];
            }
            return new SparseInstance(weight, sortedV, sortedAt, classIndex() + 1);
        }

        private Instances newHeader(List<String> classValues) {
            ArrayList<Attribute> attributes = new ArrayList<>();
            for (String name : featureNames) {
                attributes.add(new Attribute(FEATURE_PREFIX + name));
            }
            attributes.add(new Attribute(CLASS_ATTRIBUTE, new ArrayList<>(classValues)));
            Instances data = new Instances("cadrage", attributes, 0);
            data.setClassIndex(classIndex());
            return data;
        }
    }
}
