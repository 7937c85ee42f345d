package org.cadrage.extract.hedge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadrage.extract.Extractor;
import org.cadrage.extract.ExtractorContractTest;
import org.cadrage.model.Hedge;
import org.cadrage.model.HedgeKind;
import org.cadrage.model.Scope;
import org.cadrage.nlp.AnnotatedDocument;
import org.cadrage.nlp.TestDocs;
import org.junit.jupiter.api.Test;

class HedgeExtractorTest extends ExtractorContractTest<Hedge> {
    private static final HedgeExtractor EXTRACTOR = new HedgeExtractor();
    private static final Map<String, String> POS = new HashMap<>();

    static {
        for (String w : List.of("aurait", "auraient", "serait", "seraient", "serions", "a", "ont", "est", "été",
                "avait")) {
            POS.put(w, "AUX");
        }
        for (String w : List.of("commis", "tourné", "tournée", "reculé", "affirmé", "reconnaîtrait", "attaquait",
                "répondrait", "voulait", "partirait", "supposé", "déclaré", "ajouté", "estimé", "livrées", "pris",
                "détruites", "pourrait", "devraient", "durer", "voudrait", "faudrait", "négocier", "attendre",
                "semble", "semblent", "renforcer", "indiquer", "quitté", "tué", "menti", "aurait-il", "tiraient",
                "montrait", "fuient", "arrêté", "confirmée", "vérifiée", "aimerait", "dément", "perdu", "fait",
                "recule", "eu", "ignorait", "préparait", "limiteraient", "imposeraient", "ouvrirait", "préparerait",
                "demandé", "reconnaissait", "excluraient", "nécessiterait", "épargné", "reculait")) {
            POS.put(w, "VERB");
        }
        for (String w : List.of("ministre", "erreur", "régions", "armée", "sud", "armes", "ville", "troupes",
                "invasion", "guerre", "portrait", "retrait", "attrait", "foules", "assaut", "cible", "hypothèse",
                "raison", "suspect", "expert", "victimes", "frappes", "information", "lieu", "bilan", "crise",
                "conséquences", "changements", "transition", "accord")) {
            POS.put(w, "NOUN");
        }
        for (String w : List.of("londres", "moscou", "otan", "lavrov", "kiev", "russie")) {
            POS.put(w, "PROPN");
        }
        for (String w : List.of("que", "qu'", "si", "s'")) {
            POS.put(w, "SCONJ");
        }
        for (String w : List.of("ne", "n'", "jamais", "pas", "déjà", "immédiatement", "alors", "ensuite")) {
            POS.put(w, "ADV");
        }
        for (String w : List.of("prétendue", "éventuel", "apparente", "grave", "clair", "utile", "graves")) {
            POS.put(w, "ADJ");
        }
        POS.put("présumé", "VERB");
        POS.put("se", "PRON");
        POS.put("il", "PRON");
        POS.put("selon", "ADP");
        for (String w : List.of("qui", "lesquelles", "dont")) {
            POS.put(w, "PRON");
        }
        POS.put("et", "CCONJ");
    }

    @Test
    void simpleConditionalInARelativeClauseDescribesRatherThanHedges() {
        assertEquals(List.of(), summary("Moscou veut des garanties qui limiteraient l’activité de l’OTAN."));
        assertEquals(List.of("auraient été détruites|CONDITIONAL|NARRATOR"),
                summary("Les armes qui auraient été détruites étaient anciennes."), "compound: hearsay, kept");
        assertEquals(List.of("préparerait|CONDITIONAL|NARRATOR"),
                summary("Des informations selon lesquelles Moscou préparerait une offensive circulent."),
                "« selon lesquelles » introduces hearsay");
    }

    @Test
    void simpleLexicalConditionalInDirectSpeechIsTheSpeakersHypothesis() {
        assertEquals(List.of(), summary("Elle a indiqué\u00A0: «\u00A0Un tel accord ouvrirait la voie.\u00A0»"));
        assertEquals(List.of("serait|CONDITIONAL|ATTRIBUTED"),
                summary("« Le convoi serait encore à Kiev », a-t-il ajouté."), "être/avoir still hedge");
    }

    @Test
    void indirectQuestionIsNotAHypothesis() {
        assertEquals(List.of("se serait tourné|CONDITIONAL|NARRATOR", "aurait demandé|CONDITIONAL|NARRATOR"),
                summary("Lavrov se serait tourné vers Londres et aurait demandé si Londres reconnaissait ces régions."));
        assertEquals(List.of(), summary("Si Moscou attaquait, la guerre serait longue."));
        assertEquals(List.of(), summary("Ce serait utile si Moscou reculait."), "si after an ordinary adjective");
    }

    @Test
    void counterfactualAndPossessiveConditionalsInRelativesAreNotHedges() {
        assertEquals(List.of(), summary("Une crise qui aurait des conséquences graves."));
        assertEquals(List.of(), summary("Un accord qui nous aurait alors épargné la guerre."));
        assertEquals(List.of(), summary("Les changements que nécessiterait la transition sont immenses."));
    }

    @Override
    protected Extractor<Hedge> extractor() {
        return EXTRACTOR;
    }

    @Override
    protected AnnotatedDocument richDocument() {
        return TestDocs.of("Le ministre aurait commis une erreur grave. L’armée se serait tournée vers le sud, "
                + "a-t-il déclaré.\n\nLa prétendue invasion pourrait durer, selon Kiev. Cela semble renforcer "
                + "l’hypothèse d’un éventuel assaut, peut-être demain.", POS);
    }

    private static List<Hedge> hedges(String text) {
        List<Hedge> found = EXTRACTOR.extract(TestDocs.of(text, POS));
        for (Hedge h : found) {
            assertEquals(text.substring(h.start(), h.end()), h.text(), "exact text of " + h);
        }
        return found;
    }

    /** Compact view of hedges: text|kind|scope. */
    private static List<String> summary(String text) {
        return hedges(text).stream().map(h -> h.text() + "|" + h.kind() + "|" + h.scope()).toList();
    }

    @Test
    void journalisticConditional() {
        List<Hedge> found = hedges("Le ministre aurait commis une erreur.");
        assertEquals(1, found.size());
        Hedge h = found.get(0);
        assertEquals("aurait commis", h.text());
        assertEquals(12, h.start());
        assertEquals(25, h.end());
        assertEquals(HedgeKind.CONDITIONAL, h.kind());
        assertEquals(Scope.NARRATOR, h.scope());
        assertEquals("conditional:aurait", h.cue());
    }

    @Test
    void futureInThePastIsNotAHedge() {
        assertEquals(List.of(), summary("Il a affirmé que Londres ne reconnaîtrait jamais ces régions."));
        assertEquals(List.of(), summary("Il a affirmé qu’il ne se serait jamais tourné vers Moscou."));
    }

    @Test
    void hypotheticalSiClauseIsNotAHedge() {
        assertEquals(List.of(), summary("Si Moscou attaquait, l’OTAN répondrait."));
        assertEquals(List.of(), summary("Même s’il le voulait, il partirait."));
        assertEquals(List.of(), summary("Il partirait comme si rien n'était."));
    }

    @Test
    void reflexiveVerbGroup() {
        assertEquals(List.of("se serait tournée|CONDITIONAL|NARRATOR"),
                summary("L’armée se serait tournée vers le sud."));
        assertEquals(List.of("s’en serait pris|CONDITIONAL|NARRATOR"), summary("Il s’en serait pris aux civils."));
    }

    @Test
    void compoundGroupsSkipAdverbsNegationAndInvertedSubject() {
        assertEquals(List.of("aurait pas eu|CONDITIONAL|NARRATOR"), summary("L'assaut n’aurait pas eu lieu."));
        assertEquals(List.of("auraient déjà été tué|CONDITIONAL|NARRATOR"),
                summary("Ils auraient déjà été tué hier."));
        assertEquals(List.of("aurait-il menti|CONDITIONAL|NARRATOR"), summary("Lavrov aurait-il menti ?"));
        assertEquals(List.of("serait|CONDITIONAL|NARRATOR"), summary("Le bilan serait grave."));
    }

    @Test
    void bothApostrophesAndElisions() {
        assertEquals(List.of("aurait reculé|CONDITIONAL|NARRATOR"), summary("Hier, l’armée aurait reculé."));
        assertEquals(List.of("aurait reculé|CONDITIONAL|NARRATOR"), summary("Hier, l'armée aurait reculé."));
    }

    @Test
    void relativeQueAndAdverbialLocutionsKeepTheHedge() {
        assertEquals(List.of("aurait livrées|CONDITIONAL|NARRATOR", "auraient été détruites|CONDITIONAL|NARRATOR"),
                summary("Les armes que la Russie aurait livrées auraient été détruites."));
        assertEquals(List.of("auraient pris|CONDITIONAL|NARRATOR"),
                summary("Alors que les troupes auraient pris la ville, Kiev dément."));
    }

    @Test
    void modalsEvenUnderQue() {
        List<Hedge> found = hedges("Il a estimé que la guerre pourrait durer.");
        assertEquals(1, found.size());
        assertEquals("pourrait", found.get(0).text());
        assertEquals(HedgeKind.MODAL, found.get(0).kind());
        assertEquals(Scope.ATTRIBUTED, found.get(0).scope());
        assertEquals("modal:pourrait", found.get(0).cue());
        assertEquals(List.of("devraient|MODAL|NARRATOR"), summary("Les troupes devraient partir."));
    }

    @Test
    void politenessAndObligationAreNotHedges() {
        assertEquals(List.of(), summary("Le ministre voudrait négocier, il aimerait partir et il faudrait attendre."));
    }

    @Test
    void nounsAndImparfaitsAreNotConditionals() {
        assertEquals(List.of(), summary("Le portrait, le retrait et l’attrait des foules."));
        assertEquals(List.of(), summary("Il tiraient, il montrait, il ignorait, il préparait."));
    }

    @Test
    void distancingAdjectiveVersusVerb() {
        assertEquals(List.of(), summary("Lavrov a supposé que la guerre durerait."));
        List<Hedge> found = hedges("Ils dénoncent la prétendue invasion.");
        assertEquals(1, found.size());
        assertEquals("prétendue", found.get(0).text());
        assertEquals(HedgeKind.DISTANCING, found.get(0).kind());
        assertEquals("prétendu", found.get(0).cue());
        assertEquals(List.of("présumé|DISTANCING|NARRATOR", "soi-disant|DISTANCING|NARRATOR"),
                summary("Le suspect présumé est un soi-disant expert."));
        assertEquals(List.of(), summary("Il est présumé innocent."));
    }

    @Test
    void epistemicPhrasesWithApostrophesAndNoBreakSpaces() {
        assertEquals(List.of("Il n’était pas immédiatement clair|EPISTEMIC|NARRATOR"),
                summary("Il n’était pas immédiatement clair si les frappes avaient fait des victimes."));
        assertEquals(List.of("sans\u00A0doute|EPISTEMIC|NARRATOR", "n’a pas pu être vérifiée de manière "
                        + "indépendante|EPISTEMIC|NARRATOR"),
                summary("C'est sans\u00A0doute vrai, mais l'information n’a pas pu être vérifiée de manière "
                        + "indépendante."));
        assertEquals(List.of("Apparemment|EPISTEMIC|NARRATOR", "non confirmée|EPISTEMIC|NARRATOR",
                        "dit-on|EPISTEMIC|NARRATOR"),
                summary("Apparemment, une information non confirmée, dit-on."));
        assertEquals(List.of("il semblerait|EPISTEMIC|NARRATOR"), summary("Alors il semblerait que tout change."));
    }

    @Test
    void epistemicWithTokenConditions() {
        assertEquals(List.of("semble renforcer|EPISTEMIC|NARRATOR", "éventuel|EPISTEMIC|NARRATOR",
                        "apparente|EPISTEMIC|NARRATOR"),
                summary("Cela semble renforcer l’hypothèse d’un éventuel assaut contre l’apparente cible."));
        assertEquals(List.of(), summary("Il part sans raison apparente."));
        assertEquals(List.of(), summary("Cela semble vrai."));
        assertEquals(List.of("semblent ne pas indiquer|EPISTEMIC|NARRATOR"),
                summary("Les frappes semblent ne pas indiquer un assaut."));
    }

    @Test
    void attributedScopeInsideQuotesAndBeforeAPostposedCue() {
        assertEquals(List.of("serions|CONDITIONAL|ATTRIBUTED"),
                summary("Le porte-parole a déclaré\u00A0: «\u00A0Nous serions prêts\u00A0»."));
        assertEquals(List.of("auraient quitté|CONDITIONAL|ATTRIBUTED"),
                summary("Les troupes auraient quitté la ville, a-t-il déclaré."));
        assertEquals(List.of("aurait perdu|CONDITIONAL|ATTRIBUTED"),
                summary("Selon Kiev, l’armée aurait perdu mille hommes."));
        assertEquals(List.of("aurait perdu|CONDITIONAL|NARRATOR"),
                summary("L’armée aurait perdu mille hommes."));
    }

    @Test
    void resultIsSortedAndWithoutOverlaps() {
        List<Hedge> found = EXTRACTOR.extract(richDocument());
        assertEquals(List.of("aurait commis|CONDITIONAL|NARRATOR", "se serait tournée|CONDITIONAL|ATTRIBUTED",
                        "prétendue|DISTANCING|ATTRIBUTED", "pourrait|MODAL|ATTRIBUTED",
                        "semble renforcer|EPISTEMIC|NARRATOR", "éventuel|EPISTEMIC|NARRATOR",
                        "peut-être|EPISTEMIC|NARRATOR"),
                found.stream().map(h -> h.text() + "|" + h.kind() + "|" + h.scope()).toList());
        for (int i = 1; i < found.size(); i++) {
            assertEquals(true, found.get(i - 1).end() <= found.get(i).start(), "no overlap at " + found.get(i));
        }
    }
}
