package org.cadrage.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.cadrage.model.Attribution;
import org.cadrage.model.Span;
import org.cadrage.model.TextSpan;

/** The span contract of an {@link Attribution}: every span in bounds, exact, trimmed; content non-empty. */
final class AttributionContract {
    private static final Set<String> TYPES = Set.of("direct", "indirect", "according_to");

    private AttributionContract() {
    }

    static void assertExact(String text, Attribution a) {
        assertTrue(TYPES.contains(a.type()), "type: " + a);
        assertEquals("unknown", a.camp(), "camp is left to the CampResolver: " + a);
        assertSpan(text, a.cue(), a);
        if (a.speaker() != null) {
            assertSpan(text, a.speaker(), a);
        }
        Span c = a.content();
        assertTrue(c.length() > 0 && c.end() <= text.length(), "content non-empty and in bounds: " + a);
        assertTrimmed(text.substring(c.start(), c.end()), a);
    }

    private static void assertSpan(String text, TextSpan s, Attribution a) {
        assertTrue(s.start() >= 0 && s.end() > s.start() && s.end() <= text.length(), "in bounds: " + s + " of " + a);
        assertEquals(text.substring(s.start(), s.end()), s.text(), "exact substring: " + a);
        assertTrimmed(s.text(), a);
    }

    private static void assertTrimmed(String s, Attribution a) {
        assertTrue(!Quotation.isSpace(s.charAt(0)) && !Quotation.isSpace(s.charAt(s.length() - 1)),
                "no edge spaces in '" + s + "' of " + a);
    }
}
