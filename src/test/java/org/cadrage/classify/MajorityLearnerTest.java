package org.cadrage.classify;

import static org.cadrage.classify.FoldsTest.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MajorityLearnerTest {
    private final MajorityLearner learner = new MajorityLearner();

    @Test
    void singleLabelPredictsTheMostFrequentLabel() {
        Learner.Model model = learner.fit(List.of(row("1", "1", "satire"), row("2", "2", "opinion"),
                row("3", "3", "opinion")), TaskKind.SINGLE_LABEL, List.of("opinion", "reporting", "satire"),
                FeatureSet.TEXT, 0);
        Prediction p = model.predict(row("x", "x"));
        assertEquals(List.of("opinion"), p.labels());
        assertEquals(Map.of("opinion", 2.0 / 3, "reporting", 0.0, "satire", 1.0 / 3), p.probabilities());
        Learner.Model tie = learner.fit(List.of(row("1", "1", "satire"), row("2", "2", "reporting")),
                TaskKind.SINGLE_LABEL, List.of("opinion", "reporting", "satire"), FeatureSet.BOTH, 0);
        assertEquals(List.of("reporting"), tie.predict(row("x", "x")).labels());
    }

    @Test
    void multiLabelPredictsLabelsOfMoreThanHalfTheRows() {
        Learner.Model model = learner.fit(List.of(row("1", "1", "A", "B"), row("2", "2", "A"),
                row("3", "3", "A", "C"), row("4", "4", "B")), TaskKind.MULTI_LABEL, List.of("A", "B", "C", "D"),
                FeatureSet.EVIDENCE, 0);
        Prediction p = model.predict(row("x", "x"));
        assertEquals(List.of("A"), p.labels(), "B is on exactly half the rows: not more than half");
        assertEquals(Map.of("A", 0.75, "B", 0.5, "C", 0.25, "D", 0.0), p.probabilities());
        assertEquals("Majority", learner.name());
        assertEquals(Map.of(), learner.parameters());
    }

    @Test
    void rejectsEmptyRowsAndUnknownLabels() {
        assertThrows(IllegalArgumentException.class,
                () -> learner.fit(List.of(), TaskKind.SINGLE_LABEL, List.of("A"), FeatureSet.TEXT, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> learner.fit(List.of(row("r1", "g", "Z")), TaskKind.SINGLE_LABEL, List.of("A"), FeatureSet.TEXT, 0));
        assertEquals("row r1: label 'Z' is not in the label set [A]", e.getMessage());
    }
}
