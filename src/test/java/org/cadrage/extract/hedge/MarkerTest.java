package org.cadrage.extract.hedge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.cadrage.model.HedgeKind;
import org.junit.jupiter.api.Test;

class MarkerTest {

    @Test
    void patternSyntaxCoversInflectionsAtWordBoundaries() {
        Pattern p = Marker.compile("non (confirmé|confirmée)(s)?");
        assertTrue(p.matcher("non confirmé").matches());
        assertTrue(p.matcher("non   confirmées").matches());
        assertFalse(p.matcher("non confirmer").matches());
        assertFalse(p.matcher("xnon confirmé").find());
        assertFalse(p.matcher("non confirméesx").find());
        assertTrue(p.matcher("l'info non confirmée.").find());
    }

    @Test
    void badPatternsFailWithTheirPosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Marker.compile("non.*"));
        assertEquals("pattern 'non.*': character '.' at 3 is not allowed (lower-case letters, space, ' - ( | ) and )?"
                + " only)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Marker.compile("a|b"));
        assertThrows(IllegalArgumentException.class, () -> Marker.compile("a(b"));
        assertThrows(IllegalArgumentException.class, () -> Marker.compile("Apparemment"));
    }

    @Test
    void matchesUseTheLiteralPrefixAndSeeTheLeftContext() {
        Marker m = new Marker(HedgeKind.EPISTEMIC, "peut-être", Marker.compile("peut-être"), Marker.Condition.NONE,
                "peut-être");
        List<MatchResult> found = m.matches("peut-être, voire peut-être pas, mais pas apeut-être");
        assertEquals(List.of(0, 17), found.stream().map(MatchResult::start).toList());
    }

    @Test
    void everyDataFileEntryLoads() {
        List<Marker> markers = Marker.load();
        assertTrue(markers.size() >= 30, "markers: " + markers.size());
        assertTrue(markers.stream().anyMatch(x -> x.cue().equals("prétendu") && x.kind() == HedgeKind.DISTANCING
                && x.condition() == Marker.Condition.NOT_VERB));
        assertTrue(ReportedContent.isReportingForm("annonçait"));
        assertTrue(ReportedContent.isReportingForm("Affirme-t-il"));
        assertTrue(ReportedContent.isReportingForm("dit"));
        assertFalse(ReportedContent.isReportingForm("mange"));
    }
}
