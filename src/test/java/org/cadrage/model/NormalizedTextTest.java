package org.cadrage.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NormalizedTextTest {
    @Test
    void typographyIsNormalisedAndOffsetsMapBack() {
        String original = "L\u2019\u0152uvre\u00A0: «\u202Fl\u2019OTAN\u202F» \u2014 dit\u00ADon.";
        NormalizedText n = NormalizedText.of(original);
        assertEquals("L'OEuvre : \" l'OTAN \" - diton.", n.text());
        int i = n.lower().indexOf("l'otan");
        Span s = n.toOriginal(i, i + "l'otan".length());
        assertEquals("l\u2019OTAN", s.of(original));
        int d = n.text().indexOf("diton");
        assertEquals("dit\u00ADon", n.toOriginal(d, d + 5).of(original), "soft hyphen dropped, still mapped");
        int oe = n.text().indexOf("OE");
        assertEquals("\u0152", n.toOriginal(oe, oe + 2).of(original), "ligature expanded, maps to one char");
        assertEquals(original.length(), n.toOriginal(n.text().length()));
    }

    @Test
    void lowerKeepsLengthAndOutOfRangeFailsClearly() {
        NormalizedText n = NormalizedText.of("ÉTATS-UNIS");
        assertEquals("états-unis", n.lower());
        var e = assertThrows(IllegalArgumentException.class, () -> n.toOriginal(99));
        assertTrue(e.getMessage().contains("99"));
    }

    @Test
    void recordsValidateWithMessagesNamingTheValue() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Span(5, 2)).getMessage().contains("[5, 2)"));
        assertThrows(IllegalArgumentException.class, () -> new TextSpan("abc", 0, 2));
        assertThrows(NullPointerException.class,
                () -> new Hedge("x", 0, 1, HedgeKind.MODAL, Scope.NARRATOR, null));
        Article a = Article.of("a", "Bonjour.");
        assertEquals("Bonjour.", a.text());
        assertThrows(IllegalArgumentException.class, () -> new Article("b", a.source(), "court", new Span(0, 9),
                null, null, null, null, null, null, null, null));
    }

    @Test
    void analysisTextBlanksBoilerplateButKeepsLineBreaksAndLength() {
        String doc = "Titre\nCorps du texte.\nCookies ici\nFin";
        int c = doc.indexOf("Cookies");
        Article a = Article.of("a", doc).withBoilerplate(java.util.List.of(
                new Boilerplate(new Span(c, c + "Cookies ici\nFin".length()), BoilerplateKind.COOKIE_BANNER)));
        String masked = a.analysisText();
        assertEquals(doc.length(), masked.length());
        assertEquals("Titre\nCorps du texte.\n           \n   ", masked);
    }
}
