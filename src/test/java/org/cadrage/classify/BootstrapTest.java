package org.cadrage.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BootstrapTest {
    private final List<String> labels = List.of("opinion", "reporting");

    @Test
    void perfectPredictionsGiveDegenerateIntervals() {
        List<List<String>> gold = List.of(List.of("opinion"), List.of("reporting"), List.of("opinion"));
        Bootstrap.ConfidenceIntervals ci = Bootstrap.percentile("genre", TaskKind.SINGLE_LABEL, labels, gold, gold,
                List.of("a", "b", "c"), 200, 5);
        assertEquals(new Bootstrap.Interval(1, 1), ci.accuracy());
        assertEquals(new Bootstrap.Interval(1, 1), ci.microF1());
        assertEquals(new Bootstrap.Interval(1, 1), ci.macroF1());
        assertEquals(0.95, ci.level());
        assertEquals(200, ci.resamples());
        assertEquals(3, ci.clusters());
    }

    @Test
    void intervalsBracketThePointEstimateAndAreSeeded() {
        List<List<String>> gold = new ArrayList<>();
        List<List<String>> predicted = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            gold.add(List.of(i % 2 == 0 ? "opinion" : "reporting"));
            predicted.add(List.of(i % 4 == 0 ? "reporting" : gold.get(i).get(0)));
            ids.add("a" + i);
        }
        Bootstrap.ConfidenceIntervals ci = Bootstrap.percentile("genre", TaskKind.SINGLE_LABEL, labels, gold,
                predicted, ids, Bootstrap.DEFAULT_RESAMPLES, 11);
        assertTrue(ci.accuracy().low() < 0.75 && 0.75 < ci.accuracy().high(), ci.toString());
        assertTrue(ci.accuracy().low() > 0.5 && ci.accuracy().high() < 0.95, ci.toString());
        assertEquals(ci.accuracy(), ci.microF1());
        assertEquals(ci, Bootstrap.percentile("genre", TaskKind.SINGLE_LABEL, labels, gold, predicted, ids,
                Bootstrap.DEFAULT_RESAMPLES, 11));

        List<String> fourClusters = ids.stream().map(id -> "g" + Integer.parseInt(id.substring(1)) % 4).toList();
        Bootstrap.ConfidenceIntervals grouped = Bootstrap.percentile("genre", TaskKind.SINGLE_LABEL, labels, gold,
                predicted, fourClusters, Bootstrap.DEFAULT_RESAMPLES, 11);
        assertEquals(4, grouped.clusters());
        assertTrue(grouped.accuracy().high() - grouped.accuracy().low()
                > ci.accuracy().high() - ci.accuracy().low(), "correlated clusters widen the interval");
    }

    @Test
    void rejectsMisalignedOrEmptyInput() {
        assertThrows(IllegalArgumentException.class, () -> Bootstrap.percentile("t", TaskKind.SINGLE_LABEL, labels,
                List.of(List.of("opinion")), List.of(List.of("opinion")), List.of(), 10, 0));
        assertThrows(IllegalArgumentException.class, () -> Bootstrap.percentile("t", TaskKind.SINGLE_LABEL, labels,
                List.of(), List.of(), List.of(), 10, 0));
        assertThrows(IllegalArgumentException.class, () -> Bootstrap.percentile("t", TaskKind.SINGLE_LABEL, labels,
                List.of(List.of("opinion")), List.of(List.of("opinion")), List.of("a"), 0, 0));
    }
}
