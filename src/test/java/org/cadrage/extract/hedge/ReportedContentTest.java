package org.cadrage.extract.hedge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cadrage.model.Span;
import org.cadrage.nlp.AnnotatedDocument;
import org.cadrage.nlp.TestDocs;
import org.junit.jupiter.api.Test;

class ReportedContentTest {
    private static final Map<String, String> POS = Map.of("a", "AUX", "déclaré", "VERB", "ajouté", "VERB",
            "que", "SCONJ", "qu'", "SCONJ", "selon", "ADP", "fuient", "VERB", "est", "AUX");

    private static List<String> reported(String text) {
        AnnotatedDocument doc = TestDocs.of(text, POS);
        return ReportedContent.of(doc).spans().stream().map(s -> s.of(text)).toList();
    }

    @Test
    void quotationsWithAndWithoutNoBreakSpaces() {
        assertEquals(List.of("«\u00A0Nous tiendrons\u00A0»", "« Jamais »", "“Non”", "\"Oui\""),
                reported("Il dit\u00A0: «\u00A0Nous tiendrons\u00A0». Puis « Jamais ». Et “Non”. Enfin \"Oui\"."));
    }

    @Test
    void unclosedGuillemetRunsToTheParagraphEnd() {
        assertEquals(List.of("« Nous tiendrons. Nous vaincrons."),
                reported("Il dit : « Nous tiendrons. Nous vaincrons.  \nLa suite est calme."));
    }

    @Test
    void completiveAfterReportingVerb() {
        assertEquals(List.of("les civils fuient."), reported("Le maire a déclaré que les civils fuient."));
        assertEquals(List.of("il est parti."), reported("Le maire a ajouté hier à la presse qu’il est parti."));
    }

    @Test
    void postposedCues() {
        assertEquals(List.of("Les civils fuient"), reported("Les civils fuient, a-t-il ajouté."));
        assertEquals(List.of("Les civils fuient"), reported("Les civils fuient, a déclaré le maire."));
        assertEquals(List.of("Les civils fuient"), reported("Les civils fuient, selon Kiev."));
        assertEquals(List.of("Les civils", "fuient."), reported("Les civils, selon Kiev, fuient."));
    }

    @Test
    void frontedSelonAndDapres() {
        assertEquals(List.of("les civils fuient."), reported("Selon Kiev, les civils fuient."));
        assertEquals(List.of("les civils fuient."), reported("D’après Kiev, les civils fuient."));
    }

    @Test
    void narrationIsNotReported() {
        AnnotatedDocument doc = TestDocs.of("Les civils fuient la ville.", POS);
        assertEquals(List.of(), ReportedContent.of(doc).spans());
        assertFalse(ReportedContent.of(doc).covers(3));
    }

    @Test
    void spansAreMergedSortedAndCovered() {
        String text = "« Les civils fuient », a déclaré le maire. Calme.";
        ReportedContent rc = ReportedContent.of(TestDocs.of(text, POS));
        assertEquals(List.of(new Span(0, text.indexOf(','))), rc.spans());
        assertTrue(rc.covers(0));
        assertTrue(rc.covers(text.indexOf('»')));
        assertFalse(rc.covers(text.indexOf("Calme")));
    }
}
