package org.cadrage.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ReportingVerbsTest {
    private static final ReportingVerbs VERBS = ReportingVerbs.load();

    private static String lemma(String form) {
        return VERBS.lookup(form).map(ReportingVerb::lemma).orElse(null);
    }

    private static String stance(String form) {
        return VERBS.lookup(form).map(ReportingVerb::stance).orElse(null);
    }

    @Test
    void regularVerbsAreConjugated() {
        assertEquals("déclarer", lemma("déclaré"));
        assertEquals("déclarer", lemma("déclarait"));
        assertEquals("déclarer", lemma("déclarèrent"));
        assertEquals("déclarer", lemma("déclarerait"));
        assertEquals("déclarer", lemma("déclarant"));
        assertEquals("annoncer", lemma("annonçait"));
        assertEquals("annoncer", lemma("annonça"));
        assertEquals("juger", lemma("jugeons"));
        assertEquals("répéter", lemma("répète"));
        assertEquals("répéter", lemma("répétera"));
        assertEquals("alléguer", lemma("allègue"));
        assertEquals("marteler", lemma("martèle"));
        assertEquals("marteler", lemma("martèlera"));
        assertEquals("rappeler", lemma("rappelle"));
        assertEquals("rappeler", lemma("rappellerait"));
        assertEquals("rappeler", lemma("rappelé"));
        assertEquals("nier", lemma("niions"));
        assertEquals("avertir", lemma("avertissent"));
        assertEquals("se réjouir", lemma("réjouit"));
        assertEquals("affirmer", lemma("affirmât"));
        assertEquals(Optional.empty(), VERBS.lookup("rappelent"));
        assertEquals(Optional.empty(), VERBS.lookup("rejetent"));
    }

    @Test
    void irregularVerbsAndPhrasesUseTheirListedForms() {
        assertEquals("dire", lemma("dit"));
        assertEquals("dire", lemma("dites"));
        assertEquals("contredire", lemma("contredisez"));
        assertEquals("reconnaître", lemma("reconnaît"));
        assertEquals("reconnaître", lemma("reconnait"));
        assertEquals("démentir", lemma("dément"));
        assertEquals("soutenir", lemma("soutient"));
        assertEquals("prévenir", lemma("prévenu"));
        assertEquals("mettre en garde", lemma("mis en garde"));
        assertEquals("mettre en garde", lemma("Met  en  garde"));
        assertEquals("faire savoir", lemma("fait savoir"));
    }

    @Test
    void lookupIgnoresCaseCliticsAndApostrophes() {
        assertEquals("déclarer", lemma("Déclare-t-il"));
        assertEquals("déclarer", lemma("déclare\u2011t\u2011elle"));
        assertEquals("dire", lemma("dit-il"));
        assertEquals("estimer", lemma("estiment-ils"));
        assertEquals("ajouter", lemma("ajouté"));
        assertEquals(Optional.empty(), VERBS.lookup("a-t-elle"));
        assertEquals(Optional.empty(), VERBS.lookup("a"));
        assertEquals("s'indigner", lemma("s\u2019indigne"));
        assertEquals("s'indigner", lemma("s'indignait"));
        assertEquals("se vanter", lemma("vanté"));
        assertEquals("déclarer", lemma("DECLARE"));
        assertEquals("préciser", lemma("precise"));
        assertEquals(Optional.empty(), VERBS.lookup(null));
        assertEquals(Optional.empty(), VERBS.lookup("maison"));
    }

    @Test
    void eachVerbHasOneStanceClass() {
        assertEquals("neutral", stance("déclaré"));
        assertEquals("assertive", stance("affirme"));
        assertEquals("distancing", stance("prétend"));
        assertEquals("concessive", stance("reconnu"));
        assertEquals("denial", stance("démenti"));
        assertEquals("warning", stance("menace"));
        assertEquals("evaluative", stance("dénonce"));
        Map<String, Integer> perStance = new TreeMap<>();
        for (String l : VERBS.lemmas()) {
            perStance.merge(VERBS.lookup(l).orElseThrow().stance(), 1, Integer::sum);
        }
        assertEquals(ReportingVerb.STANCES.size(), perStance.size(), perStance.toString());
        assertTrue(VERBS.lemmas().size() >= 120, "lemmas: " + VERBS.lemmas().size());
        assertTrue(VERBS.forms().contains("déclarèrent"));
        assertFalse(VERBS.forms().contains("a"));
    }

    @Test
    void badLinesFailNamingTheLine() {
        assertMessage("t line 2: expected 3 tab-separated columns", "# h\nnier\tdenial\n");
        assertMessage("t line 1: reporting verb nier: unknown stance 'bof'", "nier\tbof\t-\n");
        assertMessage("t line 1: 'dire' has code - but is not a first-group -er verb", "dire\tneutral\t-\n");
        assertMessage("t line 1: unknown generation code '-x'", "nier\tdenial\t-x\n");
        assertMessage("t line 1: 'noter' has code -ll but does not end in -eler or -eter", "noter\tneutral\t-ll\n");
        assertMessage("t line 2: duplicate lemma 'nier'", "nier\tdenial\t-\nnier\tdenial\t-\n");
        assertMessage("t line 2: form 'nie' of renier already belongs to nier",
                "nier\tdenial\t-\nrenier\tdenial\trenier|nie\n");
        assertMessage("t line 1: empty form in the forms of dire", "dire\tneutral\tdit||dis\n");
    }

    private static void assertMessage(String expectedStart, String content) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportingVerbs.parse(content, "t"));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }
}
