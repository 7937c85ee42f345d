package org.cadrage.classify.weka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.cadrage.classify.FeatureSet;
import org.cadrage.classify.Learner;
import org.cadrage.classify.Prediction;
import org.cadrage.classify.Row;
import org.cadrage.classify.TaskKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class WekaLearnerTest {
    private static final List<Row> ROWS = ToyData.topics();

    private static double accuracy(Learner learner, FeatureSet features) {
        int correct = 0;
        int total = 0;
        for (int fold = 0; fold < 3; fold++) {
            Learner.Model model = learner.fit(ToyData.allBut(ROWS, fold), TaskKind.SINGLE_LABEL, ToyData.TOPICS,
                    features, 7);
            for (Row row : ToyData.every(ROWS, fold)) {
                correct += model.predict(row).labels().equals(row.labels()) ? 1 : 0;
                total++;
            }
        }
        return (double) correct / total;
    }

    @ParameterizedTest
    @EnumSource(WekaLearner.Algorithm.class)
    void everyAlgorithmSeparatesAnEasyTextTask(WekaLearner.Algorithm algorithm) {
        WekaLearner learner = algorithm == WekaLearner.Algorithm.LOGISTIC ? WekaLearner.of(algorithm, 1.0)
                : WekaLearner.candidates().stream().filter(l -> l.algorithm() == algorithm).findFirst().orElseThrow();
        double accuracy = accuracy(learner, FeatureSet.TEXT);
        assertTrue(accuracy >= 0.9, learner.name() + " accuracy " + accuracy);
    }

    @Test
    void evidenceFeaturesAloneSeparateWhenTheyCarryTheSignal() {
        List<Row> blindText = ROWS.stream()
                .map(r -> new Row(r.id(), r.group(), "Le même texte pour tous.", r.features(), r.labels())).toList();
        Learner learner = WekaLearner.of(WekaLearner.Algorithm.LOGISTIC, 1);
        Learner.Model model = learner.fit(ToyData.allBut(blindText, 0), TaskKind.SINGLE_LABEL, ToyData.TOPICS,
                FeatureSet.EVIDENCE, 1);
        long correct = ToyData.every(blindText, 0).stream()
                .filter(r -> model.predict(r).labels().equals(r.labels())).count();
        assertEquals(15, correct);
        assertEquals(List.of("credits", "hedges"), ((WekaModel) model).featureNames());
    }

    @Test
    void naiveBayesFallsBackToScaledFeaturesOnBoth() {
        double accuracy = accuracy(new WekaLearner(WekaLearner.Algorithm.NAIVE_BAYES_MULTINOMIAL, 0, 1000, 2, true, 1),
                FeatureSet.BOTH);
        assertTrue(accuracy >= 0.9, "accuracy " + accuracy);
    }

    @Test
    void aMissingFeatureCountsAsZeroAndAnUnknownOneIsIgnored() {
        WekaModel model = WekaLearner.of(WekaLearner.Algorithm.LOGISTIC, 1).fit(ROWS, TaskKind.SINGLE_LABEL,
                ToyData.TOPICS, FeatureSet.BOTH, 3);
        Row zeros = new Row("z", "z", "Les soldats avancent.", ToyData.features(0, 0), List.of());
        TreeMap<String, Double> other = new TreeMap<>();
        other.put("unknown", 5.0);
        Row missing = new Row("m", "m", "Les soldats avancent.", other, List.of());
        assertEquals(model.predict(zeros), model.predict(missing));
    }

    @Test
    void singleLabelProbabilitiesCoverEveryLabelAndSumToOne() {
        Prediction p = WekaLearner.of(WekaLearner.Algorithm.SMO, 1).fit(ROWS, TaskKind.SINGLE_LABEL, ToyData.TOPICS,
                FeatureSet.TEXT, 3).predict(ToyData.row("x", "Les drones bombardent le front.",
                new TreeMap<>(), List.of()));
        assertEquals(ToyData.TOPICS, List.copyOf(p.probabilities().keySet()));
        assertEquals(1.0, p.probabilities().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        assertEquals(List.of("militaire"), p.labels());
    }

    /** Frames-like data: each row carries 0–2 labels; "rare" has only two positives. */
    private static List<Row> multiLabel() {
        List<Row> rows = new ArrayList<>();
        for (Row r : ROWS) {
            int i = Integer.parseInt(r.id().replaceAll("\\D", ""));
            List<String> labels = new ArrayList<>();
            if (r.labels().contains("militaire") || r.text().contains("sanctions")) {
                labels.add("conflit");
            }
            if (r.labels().contains("economie")) {
                labels.add("cout");
            }
            if (r.labels().contains("diplomatie") && i < 2) {
                labels.add("rare");
            }
            rows.add(new Row(r.id(), r.group(), r.text(), r.features(), labels));
        }
        return rows;
    }

    @Test
    void multiLabelTunesThresholdsWhereThereAreEnoughPositives() {
        List<Row> rows = multiLabel();
        WekaModel model = WekaLearner.of(WekaLearner.Algorithm.LOGISTIC, 100).fit(rows, TaskKind.MULTI_LABEL,
                List.of("conflit", "cout", "rare"), FeatureSet.TEXT, 11);
        assertEquals(0.5, model.thresholds().get("rare"));
        assertNotEquals(0.5, model.thresholds().get("conflit"));
        assertNotEquals(0.5, model.thresholds().get("cout"));
        int correct = 0;
        for (Row r : rows) {
            List<String> predicted = model.predict(r).labels().stream().filter(l -> !l.equals("rare")).toList();
            correct += predicted.equals(r.labels().stream().filter(l -> !l.equals("rare")).toList()) ? 1 : 0;
        }
        assertTrue(correct >= 0.9 * rows.size(), correct + " of " + rows.size());
    }

    @Test
    void sgdRunsAboutTheSameNumberOfUpdatesWhateverTheDataSize() {
        assertEquals(395, WekaLearner.sgdEpochs(76), "76 rows: 30,000 / 76 rounded up");
        assertEquals(22, WekaLearner.sgdEpochs(1388));
        assertEquals(20, WekaLearner.sgdEpochs(100_000), "at least 20 epochs");
        assertEquals(500, WekaLearner.sgdEpochs(3), "at most 500 epochs");
    }

    @Test
    void thresholdsMaximiseThePooledMicroF1NotEachLabelsOwn() {
        double[][] p = {
            {0.9, 0.8, 0.7, 0.6, 0.2, 0.1, 0.1, 0.1, 0.1, 0.1},
            {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.3},
            null};
        boolean[][] positive = {
            {true, true, true, true, false, false, false, false, false, false},
            {false, false, false, false, false, false, false, false, false, true},
            null};
        // label 1 alone: predicting every row (F1 0.18) beats predicting none (0); pooled with label 0, never
        // predicting it gives micro-F1 8/9 instead of 10/19
        assertEquals(0.15, WekaLearner.bestF1Threshold(p[1], positive[1]), 1e-12);
        double[] t = WekaLearner.microF1Thresholds(p, positive);
        assertEquals(0.4, t[0], 1e-12);
        assertTrue(t[1] > 1.0, "rare noisy label switched off: " + t[1]);
        assertEquals(WekaLearner.DEFAULT_THRESHOLD, t[2], "no out-of-fold probabilities: default");
    }

    @Test
    void bestF1ThresholdIsTheMidpointBelowTheBestCut() {
        double[] p = {0.1, 0.2, 0.3, 0.35, 0.4};
        boolean[] positive = {false, false, true, true, true};
        assertEquals(0.25, WekaLearner.bestF1Threshold(p, positive), 1e-12);
        assertEquals(0.05, WekaLearner.bestF1Threshold(new double[] {0.1, 0.1}, new boolean[] {true, true}), 1e-12);
    }

    @Test
    void aLabelNeverSeenGetsProbabilityZero() {
        WekaModel model = WekaLearner.of(WekaLearner.Algorithm.LOGISTIC, 1).fit(multiLabel(), TaskKind.MULTI_LABEL,
                List.of("conflit", "cout", "jamais", "rare"), FeatureSet.TEXT, 1);
        Prediction p = model.predict(ROWS.get(0));
        assertEquals(0.0, p.probabilities().get("jamais"));
        assertTrue(!p.labels().contains("jamais"));
    }

    @Test
    void sameSeedSamePredictions() {
        for (WekaLearner learner : List.of(WekaLearner.of(WekaLearner.Algorithm.RANDOM_FOREST, 20),
                WekaLearner.of(WekaLearner.Algorithm.SMO, 1))) {
            List<Prediction> first = predictAll(learner, 5);
            assertEquals(first, predictAll(learner, 5), learner.name());
        }
        assertNotEquals(predictAll(WekaLearner.of(WekaLearner.Algorithm.RANDOM_FOREST, 5), 5),
                predictAll(WekaLearner.of(WekaLearner.Algorithm.RANDOM_FOREST, 5), 6));
    }

    private static List<Prediction> predictAll(WekaLearner learner, long seed) {
        Learner.Model model = learner.fit(multiLabel(), TaskKind.MULTI_LABEL, List.of("conflit", "cout", "rare"),
                FeatureSet.BOTH, seed);
        return ROWS.stream().map(model::predict).toList();
    }

    @Test
    void gridAndBaselineHaveStableNames() {
        assertEquals(8, WekaLearner.candidates().size());
        assertEquals("SGD(lambda=1.0E-4,words=2000,ngrams=1-1,stem=false,minFreq=2)",
                WekaLearner.bagOfWordsBaseline().name());
        assertEquals("RandomForest(numIterations=100,words=2000,ngrams=1-2,stem=true,minFreq=2)",
                WekaLearner.candidates().get(6).name());
        assertEquals("1.0E-4", WekaLearner.bagOfWordsBaseline().parameters().get("lambda"));
        assertEquals(8, WekaLearner.candidates().stream().map(WekaLearner::name).distinct().count());
    }

    @Test
    void rejectsBadParametersAndLabels() {
        assertThrows(IllegalArgumentException.class, () -> WekaLearner.of(WekaLearner.Algorithm.SMO, 0));
        assertThrows(IllegalArgumentException.class, () -> WekaLearner.of(WekaLearner.Algorithm.RANDOM_FOREST, 2.5));
        assertThrows(IllegalArgumentException.class,
                () -> WekaLearner.of(WekaLearner.Algorithm.NAIVE_BAYES_MULTINOMIAL, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WekaLearner.bagOfWordsBaseline().fit(ROWS, TaskKind.SINGLE_LABEL, List.of("economie"),
                        FeatureSet.TEXT, 1));
        assertTrue(e.getMessage().contains("diplomatie0"), e.getMessage());
    }
}
