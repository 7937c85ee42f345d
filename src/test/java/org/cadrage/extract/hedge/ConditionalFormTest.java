package org.cadrage.extract.hedge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cadrage.extract.hedge.ConditionalStems.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConditionalFormTest {

    @ParameterizedTest
    @ValueSource(strings = {"aurait", "serait", "ferait", "pourrait", "devrait", "voudrait", "enverrait", "verrait",
            "dirait", "irait", "finirait", "croirait", "mettrait", "reconnaîtrait", "reconnaitrait", "conclurait",
            "prendrait", "tirerait", "retirerait", "assurerait", "tiendrait", "vivrait", "suivrait", "romprait",
            "vaincrait", "seraient", "auraient", "ferions", "seriez", "aurais", "saurait", "courrait", "mourrait",
            "acquerrait", "recevrait", "plairait", "sortirait", "servirait", "partirait", "haïrait", "battrait",
            "paraîtrait", "exclurait", "convaincrait", "faudrait", "aimerait", "Aurait", "aurait-il", "SERAIENT"})
    void conditionals(String word) {
        assertTrue(HedgeExtractor.isConditionalForm(word), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tirait", "retirait", "désirait", "montrait", "entrait", "assurait", "durait", "livrait",
            "ouvrait", "déclarait", "préparait", "restaurait", "ignorait", "espérait", "considérait", "serrait",
            "enterrait", "portrait", "retrait", "extrait", "attrait", "inspirait", "respirait", "admirait",
            "soupirait", "chavirait", "virait", "déchirait", "empirait", "éclairait", "encadrait", "mesurait",
            "pleurait", "tirions", "déclariez", "mariez", "rions", "frais", "vrais", "marais", "avait", "était",
            "rait", "serrais", "", "aurai", "seront"})
    void notConditionals(String word) {
        assertFalse(HedgeExtractor.isConditionalForm(word), word);
    }

    @Test
    void verdictsNameTheVerbClass() {
        assertEquals(Verdict.AUXILIARY, ConditionalStems.verdict("aurait"));
        assertEquals(Verdict.AUXILIARY, ConditionalStems.verdict("serions"));
        assertEquals(Verdict.MODAL, ConditionalStems.verdict("pourraient"));
        assertEquals(Verdict.MODAL, ConditionalStems.verdict("devrais"));
        assertEquals(Verdict.DEONTIC, ConditionalStems.verdict("voudrait"));
        assertEquals(Verdict.DEONTIC, ConditionalStems.verdict("préférerait"));
        assertEquals(Verdict.DEONTIC, ConditionalStems.verdict("souhaiteraient"));
        assertEquals(Verdict.CONDITIONAL, ConditionalStems.verdict("commettrait"));
        assertEquals(Verdict.CONDITIONAL, ConditionalStems.verdict("redevrait"));
        assertEquals(Verdict.IMPARFAIT, ConditionalStems.verdict("tirait"));
    }
}
