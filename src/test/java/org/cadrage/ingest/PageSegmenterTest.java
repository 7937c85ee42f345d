package org.cadrage.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cadrage.model.Span;
import org.junit.jupiter.api.Test;

class PageSegmenterTest {
    private static final PageSegmenter SEGMENTER = PageSegmenter.load();
    private static final String BODY = "Le ministre a longuement détaillé les mesures prises par le gouvernement "
            + "pour soutenir les agriculteurs touchés par la sécheresse, en promettant des aides rapides et un "
            + "suivi régulier de la situation dans chaque département concerné par les restrictions.";

    private static List<String> segments(String doc) {
        return SEGMENTER.segment(doc, BoilerplateDetector.load().detect(doc)).stream().map(s -> s.of(doc)).toList();
    }

    @Test
    void signatureLinesAndCreditedHeadlinesSplitAPage() {
        String doc = "Premier titre du jour\n\n" + BODY + "\n\nJeanne Martin\n\n"
                + "Deuxième titre sans point\n\nLégende d’une photo. © Agence Exemple\n\n" + BODY + "\n\n"
                + "Troisième titre\n\nUne légende.\n\nKIEV, 3 mars. /TASS/. " + BODY + "\n";
        List<String> segs = segments(doc);
        assertEquals(3, segs.size(), segs.toString());
        assertTrue(segs.get(0).startsWith("Premier titre") && segs.get(0).endsWith("Jeanne Martin"));
        assertTrue(segs.get(1).startsWith("Deuxième titre"));
        assertTrue(segs.get(2).startsWith("Troisième titre") && segs.get(2).endsWith("restrictions."));
        assertEquals("Troisième titre", PageSegmenter.headline(doc,
                SEGMENTER.segment(doc, List.of()).get(2)));
    }

    @Test
    void crossheadsAndCaptionsDoNotSplit() {
        String doc = "Titre de l’article\n\n" + BODY + "\n\nUn intertitre\n\n" + BODY + "\n\n"
                + "Vue du port au lever du jour Crédit: Agence Exemple\n\n" + BODY + "\n\nAutre intertitre\n\n" + BODY;
        assertEquals(List.of(new Span(0, doc.length())), SEGMENTER.segment(doc, List.of()));
    }

    @Test
    void oneCreditedHeadlineIsNotEnough() {
        String doc = "Titre\n\n" + BODY + "\n\nSecond titre\n\n© Agence Exemple\n\n" + BODY;
        assertEquals(1, segments(doc).size());
    }
}
