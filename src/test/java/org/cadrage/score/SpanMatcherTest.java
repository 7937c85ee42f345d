package org.cadrage.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cadrage.model.Credit;
import org.cadrage.model.CreditKind;
import org.cadrage.model.Evidence;
import org.cadrage.model.Hedge;
import org.cadrage.model.HedgeKind;
import org.cadrage.model.Scope;
import org.cadrage.model.Span;
import org.junit.jupiter.api.Test;

class SpanMatcherTest {
    @Test
    void overlapIsCommonCharactersOverTheLongerSpan() {
        assertEquals(0.5, SpanMatcher.overlap(new Span(0, 10), new Span(5, 10)));
        assertEquals(0.0, SpanMatcher.overlap(new Span(0, 5), new Span(5, 10)));
        assertEquals(1.0, SpanMatcher.overlap(new Span(3, 7), new Span(3, 7)));
    }

    @Test
    void matchingIsOneToOneAndPrefersTheBestOverlap() {
        List<Span> gold = List.of(new Span(0, 10), new Span(20, 30));
        List<Span> pred = List.of(new Span(0, 4), new Span(0, 9), new Span(40, 45));
        SpanMatcher.Prf prf = SpanMatcher.score(gold, pred, 0.3);
        assertEquals(new SpanMatcher.Prf(1, 2, 1), prf);
        assertEquals(1, SpanMatcher.match(gold, pred, 0.3).get(0).predicted(), "the 0.9 overlap wins over 0.4");
        assertEquals(1.0 / 3, prf.precision(), 1e-12);
        assertEquals(0.5, prf.recall(), 1e-12);
        assertEquals(0.4, prf.f1(), 1e-12);
        assertEquals(new SpanMatcher.Prf(0, 3, 2), SpanMatcher.score(gold, pred, 0.95));
    }

    /** Two statements of one content (two speakers): among equal overlaps, the pair that agrees is taken first. */
    @Test
    void equalOverlapsPreferThePairThatAgrees() {
        List<Span> gold = List.of(new Span(0, 10), new Span(0, 10));
        List<Span> pred = List.of(new Span(0, 10), new Span(0, 10));
        assertEquals(0, SpanMatcher.match(gold, pred, 0.3).get(0).predicted(), "by position without a preference");
        List<SpanMatcher.Pair> pairs = SpanMatcher.match(gold, pred, 0.3, (g, p) -> g + p == 1);
        assertEquals(1, pairs.get(0).predicted());
        assertEquals(0, pairs.get(1).predicted());
        List<Span> better = List.of(new Span(0, 10), new Span(0, 6));
        assertEquals(0, SpanMatcher.match(List.of(new Span(0, 10)), better, 0.3, (g, p) -> p == 1).get(0).predicted(),
                "a better overlap still wins over agreement");
    }

    @Test
    void metricsDeriveFromEvidenceWithNullForEmptyDenominators() {
        String t = "Il aurait dit. © TASS. Crédit: X";
        Evidence e = new Evidence(
                List.of(new Hedge("aurait dit", 3, 13, HedgeKind.CONDITIONAL, Scope.NARRATOR, "conditional"),
                        new Hedge("Il", 0, 2, HedgeKind.EPISTEMIC, Scope.ATTRIBUTED, "x")),
                List.of(new Credit("© TASS", 15, 21, CreditKind.PHOTO, "TASS", true, "RU"),
                        new Credit("Crédit: X", 23, 32, CreditKind.PHOTO, null, null, null)),
                List.of(), List.of());
        assertEquals("aurait dit", t.substring(3, 13));
        var m = MetricsCalculator.compute(400, 20, e);
        assertEquals(5.0, m.hedgesPer1000Tokens());
        assertEquals(2.5, m.narratorHedgesPer1000Tokens());
        assertEquals(1, m.stateMediaCredits());
        assertEquals(0.5, m.stateMediaCreditShare());
        assertEquals(2, m.creditsByKind().get("photo"));
        var empty = MetricsCalculator.compute(0, 0, new Evidence(List.of(), List.of(), List.of(), List.of()));
        assertEquals(null, empty.hedgesPer1000Tokens());
        assertEquals(null, empty.stateMediaCreditShare());
    }
}
