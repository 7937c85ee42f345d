package org.cadrage.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {
    private static final double EPS = 1e-12;

    @Test
    void multiLabelByHand() {
        // A: tp 2; B: fn 1; C: tp 1, fp 1; D: absent (listed with zeros, not in the macro mean)
        EvaluationResult r = Metrics.evaluate("frames", TaskKind.MULTI_LABEL, List.of("A", "B", "C", "D"),
                List.of(List.of("A", "B"), List.of("A"), List.of("C"), List.of()),
                List.of(List.of("A"), List.of("A", "C"), List.of("C"), List.of()));
        assertEquals(4, r.n());
        assertEquals(6.0 / 8, r.microF1(), EPS);
        assertEquals((1 + 0 + 2.0 / 3) / 3, r.macroF1(), EPS);
        assertEquals(0.5, r.accuracy(), EPS);
        assertEquals(new EvaluationResult.LabelScore(1, 1, 1, 2), r.perLabel().get("A"));
        assertEquals(new EvaluationResult.LabelScore(0, 0, 0, 1), r.perLabel().get("B"));
        assertEquals(new EvaluationResult.LabelScore(0.5, 1, 2.0 / 3, 1), r.perLabel().get("C"));
        assertEquals(new EvaluationResult.LabelScore(0, 0, 0, 0), r.perLabel().get("D"));
    }

    @Test
    void singleLabelByHandMicroEqualsAccuracy() {
        EvaluationResult r = Metrics.evaluate("genre", TaskKind.SINGLE_LABEL, List.of("x", "y", "z"),
                List.of(List.of("x"), List.of("x"), List.of("y"), List.of("z")),
                List.of(List.of("x"), List.of("y"), List.of("y"), List.of("x")));
        assertEquals(0.5, r.microF1(), EPS);
        assertEquals(0.5, r.accuracy(), EPS);
        assertEquals((0.5 + 2.0 / 3 + 0) / 3, r.macroF1(), EPS);
        assertEquals(new EvaluationResult.LabelScore(0.5, 0.5, 0.5, 2), r.perLabel().get("x"));
        assertEquals(new EvaluationResult.LabelScore(0.5, 1, 2.0 / 3, 1), r.perLabel().get("y"));
    }

    @Test
    void noLabelsAnywhereScoresZeroNotNaN() {
        EvaluationResult r = Metrics.evaluate("t", TaskKind.MULTI_LABEL, List.of("A"),
                List.of(List.of(), List.of()), List.of(List.of(), List.of()));
        assertEquals(0, r.microF1());
        assertEquals(0, r.macroF1());
        assertEquals(1, r.accuracy());
        EvaluationResult empty = Metrics.evaluate("t", TaskKind.MULTI_LABEL, List.of("A"), List.of(), List.of());
        assertEquals(0, empty.accuracy());
    }

    @Test
    void rejectsMisalignedUnknownAndKindViolations() {
        assertThrows(IllegalArgumentException.class, () -> Metrics.evaluate("t", TaskKind.MULTI_LABEL, List.of("A"),
                List.of(List.of("A")), List.of()));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Metrics.evaluate("t",
                TaskKind.MULTI_LABEL, List.of("A"), List.of(List.of("A")), List.of(List.of("Z"))));
        assertEquals("item 0: label 'Z' is not in the label set", unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Metrics.evaluate("t", TaskKind.SINGLE_LABEL,
                List.of("A", "B"), List.of(List.of("A", "B")), List.of(List.of("A"))));
        assertThrows(IllegalArgumentException.class, () -> Metrics.evaluate("t", TaskKind.SINGLE_LABEL,
                List.of("A", "A"), List.of(List.of("A")), List.of(List.of("A"))));
    }

    @Test
    void jsonHasTheFixedShapeAndOrder() {
        EvaluationResult r = Metrics.evaluate("genre", TaskKind.SINGLE_LABEL, List.of("satire", "opinion"),
                List.of(List.of("opinion"), List.of("satire")), List.of(List.of("opinion"), List.of("opinion")));
        assertEquals("{\"task\":\"genre\",\"n\":2,\"microF1\":0.5,\"macroF1\":0.3333333333333333,\"accuracy\":0.5,"
                + "\"perLabel\":{\"opinion\":{\"p\":0.5,\"r\":1.0,\"f1\":0.6666666666666666,\"support\":1},"
                + "\"satire\":{\"p\":0.0,\"r\":0.0,\"f1\":0.0,\"support\":1}}}", r.toJsonNode().toString());
        assertEquals(r.toJsonNode(), EvaluationResult.JSON.valueToTree(r.toJsonNode()));
    }

    @Test
    void tableIsFixedWidth() {
        EvaluationResult r = Metrics.evaluate("genre", TaskKind.SINGLE_LABEL, List.of("opinion", "satire"),
                List.of(List.of("opinion"), List.of("satire")), List.of(List.of("opinion"), List.of("opinion")));
        String nl = System.lineSeparator();
        assertEquals("task genre, n = 2" + nl
                + "label         p       r      f1  support" + nl
                + "opinion   0.500   1.000   0.667        1" + nl
                + "satire    0.000   0.000   0.000        1" + nl
                + "micro F1 0.500   macro F1 0.333   accuracy 0.500" + nl, r.toTable());
    }
}
