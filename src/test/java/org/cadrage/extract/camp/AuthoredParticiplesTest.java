package org.cadrage.extract.camp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthoredParticiplesTest {
    @Test
    void participlesOfWritingAndIssuingAreAuthorsLinksWithOrWithoutAccents() {
        for (String w : List.of("communiqués", "publiée", "PUBLIEES", "rédigé", "redige", "rendu", "rendues",
                "transmise", "fournis", "établie", "signée", "relayés", "dévoilé")) {
            assertTrue(AuthoredParticiples.matches(w), w);
        }
    }

    @Test
    void readersNounsAndOtherWordsAreNot() {
        for (String w : List.of("consulté", "obtenu", "rapport", "communiquer", "publication", "signal", "rendre",
                "par", "", "fourniture")) {
            assertFalse(AuthoredParticiples.matches(w), w);
        }
        assertFalse(AuthoredParticiples.matches(null));
    }
}
