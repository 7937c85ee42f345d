package org.cadrage.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.cadrage.model.Attribution;
import org.cadrage.model.Credit;
import org.cadrage.model.CreditKind;
import org.cadrage.model.Hedge;
import org.cadrage.model.HedgeKind;
import org.cadrage.model.Scope;
import org.cadrage.model.SourcingIndices;
import org.cadrage.model.Span;
import org.cadrage.model.TextSpan;
import org.junit.jupiter.api.Test;

/** The README's worked example, computed by hand there and checked here. */
class SourcingCalculatorTest {
    private static int next;

    private static Attribution a(String type, String camp, String stance, boolean anonymous) {
        int start = next;
        next += 100;
        return new Attribution(type, null, null, new TextSpan("x", start, start + 1), "dire", stance,
                new Span(start + 10, start + 90), camp, anonymous, false, null, null);
    }

    @Test
    void workedExampleOfTheReadme() {
        next = 0;
        List<Attribution> list = new ArrayList<>();
        list.add(a("direct", "russia_official", "distancing", false));
        list.add(a("indirect", "russia_official", "distancing", false));
        list.add(a("indirect", "russia_official", "neutral", false));
        list.add(a("indirect", "russia_official", "assertive", false));
        list.add(a("according_to", "russia_state_media", null, false));
        list.add(a("direct", "western_official", "neutral", false));
        list.add(a("indirect", "western_official", "neutral", false));
        list.add(a("direct", "western_official", "assertive", false));
        list.add(a("indirect", "ukraine_official", "neutral", false));
        list.add(a("according_to", "anonymous", null, true));
        // one hedge inside the first Russian attribution's content, one inside the first Western one's
        List<Hedge> hedges = List.of(new Hedge("y", 20, 21, HedgeKind.CONDITIONAL, Scope.ATTRIBUTED, "c"),
                new Hedge("y", 520, 521, HedgeKind.MODAL, Scope.ATTRIBUTED, "c"));
        List<Credit> credits = List.of(new Credit("z", 5000, 5001, CreditKind.PHOTO, "TASS", true, "RU"),
                new Credit("z", 5002, 5003, CreditKind.PHOTO, "AFP", false, "FR"));
        SourcingIndices s = SourcingCalculator.compute(list, hedges, credits,
                at -> at.camp().equals("russia_state_media"));
        assertEquals(10, s.attributions());
        assertEquals(0.4, s.voiceShare().get("russia_official"));
        assertEquals(0.0, s.voiceShare().get("unknown"));
        assertEquals(9, s.campCounts().size(), "every camp listed");
        assertEquals(0.8889, s.sideBalance(), "R = 5, W = 4: 1 - 1/9");
        assertEquals(0.6456, s.sourceDiversity(), "H = 1.4185 nats over ln 9");
        assertEquals(0.1, s.anonymityRate());
        assertEquals(0.3, s.directQuoteShare());
        assertEquals(0.0, s.unknownCampShare());
        assertEquals(0.4, s.stanceAsymmetry(), "2/5 distancing for R, 0/4 for W");
        assertEquals(-0.05, s.hedgeAsymmetry(), "1/5 for R, 1/4 for W");
        assertEquals(0.1667, s.stateMediaReliance(), "(1 + 1) / (10 + 2)");
    }

    @Test
    void emptyAndOneSidedArticlesGiveNullNotNaN() {
        SourcingIndices none = SourcingCalculator.compute(List.of(), List.of(), List.of(), x -> false);
        assertNull(none.sideBalance());
        assertNull(none.sourceDiversity());
        assertNull(none.anonymityRate());
        assertNull(none.stateMediaReliance());
        assertEquals(0, none.voiceShare().size());
        next = 0;
        SourcingIndices oneSided = SourcingCalculator.compute(
                List.of(a("direct", "russia_official", "neutral", false), a("direct", "russia_official", "neutral", false)),
                List.of(), List.of(), x -> false);
        assertEquals(0.0, oneSided.sideBalance(), "all from one side");
        assertEquals(0.0, oneSided.sourceDiversity(), "a single camp");
        assertNull(oneSided.stanceAsymmetry(), "no Western/Ukrainian attribution to compare with");
    }
}
