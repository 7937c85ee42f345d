package org.cadrage.classify;

import static org.cadrage.classify.FoldsTest.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrossValidatorTest {
    private static final List<String> GENRES = List.of("opinion", "reporting");

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(row("a" + i, "a" + i, i % 3 == 0 ? "reporting" : "opinion"));
        }
        return rows;
    }

    /** Wraps the majority learner, recording training sets and checking that test rows come without labels. */
    private static final class Spy implements Learner {
        final List<List<Row>> trainingSets = Collections.synchronizedList(new ArrayList<>());
        private final MajorityLearner inner = new MajorityLearner();

        @Override
        public String name() {
            return "Spy";
        }

        @Override
        public Map<String, String> parameters() {
            return Map.of("inner", "Majority");
        }

        @Override
        public Model fit(List<Row> rows, TaskKind kind, List<String> labelSet, FeatureSet features, long seed) {
            trainingSets.add(rows);
            Model model = inner.fit(rows, kind, labelSet, features, seed);
            return row -> {
                assertEquals(List.of(), row.labels(), "gold labels leaked to predict");
                return model.predict(row);
            };
        }
    }

    @Test
    void majorityBaselineScoresAsComputedByHand() {
        Spy spy = new Spy();
        CrossValidator.Result r = new CrossValidator(spy, 4, 9, 100).run("genre", rows(), TaskKind.SINGLE_LABEL,
                GENRES, FeatureSet.TEXT);
        // each training fold has 6 opinion and 3 reporting rows, so every prediction is "opinion"
        assertEquals(4, spy.trainingSets.size());
        spy.trainingSets.forEach(t -> assertEquals(9, t.size()));
        assertEquals(12, r.result().n());
        assertEquals(8.0 / 12, r.result().accuracy(), 1e-12);
        assertEquals(8.0 / 12, r.result().microF1(), 1e-12);
        assertEquals(0.4, r.result().macroF1(), 1e-12);
        assertEquals(rows().stream().map(Row::id).toList(), r.ids());
        assertTrue(r.predictions().stream().allMatch(p -> p.labels().equals(List.of("opinion"))));
        assertEquals(100, r.ci().resamples());
        assertEquals(12, r.ci().clusters());

        JsonNode json = r.toJsonNode();
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("task", "n", "microF1", "macroF1", "accuracy", "perLabel", "ci", "learner", "parameters",
                "features", "k", "seed"), fields);
        assertEquals(r.ci().accuracy().low(), json.get("ci").get("accuracy").get("low").asDouble());
        assertEquals("Majority", json.get("parameters").get("inner").asText());
        assertEquals("TEXT", json.get("features").asText());
    }

    @Test
    void ablationRunsEachFeatureSetOnTheSameFolds() {
        Spy spy = new Spy();
        List<CrossValidator.Result> results = new CrossValidator(spy, 3, 2, 50).ablation("genre", rows(),
                TaskKind.SINGLE_LABEL, GENRES, List.of(FeatureSet.values()));
        assertEquals(List.of(FeatureSet.TEXT, FeatureSet.EVIDENCE, FeatureSet.BOTH),
                results.stream().map(CrossValidator.Result::features).toList());
        assertEquals(9, spy.trainingSets.size());
        // folds run in parallel, so compare each run's set of training sets, not their order
        java.util.Set<List<String>> first = new java.util.HashSet<>();
        java.util.Set<List<String>> second = new java.util.HashSet<>();
        java.util.Set<List<String>> third = new java.util.HashSet<>();
        for (int f = 0; f < 3; f++) {
            first.add(ids(spy.trainingSets.get(f)));
            second.add(ids(spy.trainingSets.get(f + 3)));
            third.add(ids(spy.trainingSets.get(f + 6)));
        }
        assertEquals(3, first.size(), "three different folds");
        assertEquals(first, second);
        assertEquals(first, third);
        assertEquals(results.get(0).result(), results.get(2).result());
    }

    private static List<String> ids(List<Row> rows) {
        return rows.stream().map(Row::id).sorted().toList();
    }

    @Test
    void learningCurveTrainsOnGrowingSubsetsThatSeeEveryLabel() {
        Spy spy = new Spy();
        CrossValidator cv = new CrossValidator(spy, 4, 9, 50);
        List<CrossValidator.CurvePoint> curve = cv.learningCurve("genre", rows(), TaskKind.SINGLE_LABEL, GENRES,
                FeatureSet.TEXT, new double[] {0.25, 1.0});
        assertEquals(2, curve.size());
        assertEquals(3.0, curve.get(0).trainingRows());
        assertEquals(9.0, curve.get(1).trainingRows());
        // folds are fitted in parallel: the spy sees each point's four training sets in any order
        List<List<Row>> smalls = spy.trainingSets.subList(0, 4);
        List<List<Row>> fulls = spy.trainingSets.subList(4, 8);
        for (List<Row> small : smalls) {
            assertEquals(3, small.size());
            assertEquals(2, small.stream().map(r -> r.labels().get(0)).distinct().count(), "both labels seen");
            assertTrue(fulls.stream().anyMatch(full -> full.containsAll(small)),
                    "each subset is nested in a fold's full training set");
        }
        assertEquals(cv.run("genre", rows(), TaskKind.SINGLE_LABEL, GENRES, FeatureSet.TEXT).result(),
                curve.get(1).result());
        assertThrows(IllegalArgumentException.class, () -> cv.learningCurve("genre", rows(), TaskKind.SINGLE_LABEL,
                GENRES, FeatureSet.TEXT, new double[] {0}));
    }

    @Test
    void rejectsBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> new CrossValidator(new MajorityLearner(), 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new CrossValidator(new MajorityLearner(), 5, 0, 0));
    }
}
