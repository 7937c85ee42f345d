package org.cadrage.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadrage.model.Attribution;
import org.cadrage.model.TextSpan;
import org.cadrage.nlp.AnnotatedDocument;
import org.cadrage.nlp.TestDocs;
import org.junit.jupiter.api.Test;

/** Surface rules (no parse) on invented French sentences. */
class AttributionExtractorTest {
    static final AttributionExtractor EXTRACTOR = new AttributionExtractor();
    static final Map<String, String> POS = new HashMap<>();

    static {
        tag("DET", "le la les l' un une des ce cette son sa ses leur certains plusieurs deux");
        tag("NOUN", "yeux");
        tag("ADP", "de d' du à au aux dans sur par pour en selon après avec");
        tag("AUX", "a ont avait est sont été être avoir était");
        tag("VERB", "déclaré affirmé ajouté assuré estime nié nie bombardé reculent reculaient avançaient "
                + "retirent durera continuer vont ordonné montrent annoncé estimé craint espère tiendrons "
                + "reculerons céderons qualifié négocier prêt répété souligné tombée indiqué rappelé dit "
                + "avancent affirme ajoute commence signé tenir repris quitté détruit rendre déclare rejette continuent "
                + "tiendra dure parle circulent prévu tombera qualifié promis annonçant cité appelé répète parlé "
                + "sera rejeté recule fait savoir bombarder tient");
        tag("NOUN", "avis trêve message traité chance guerre fable provocation source côté part sanctions fin ministre porte-parole chef armée troupes guerre frappes gouvernement villages ville "
                + "diplomate ministère défense hôpital images pont sources informations propositions "
                + "dénazification retrait trêve responsable agence journal région front négociations "
                + "offensive pays semaine conflit diplomatie affaires étrangères soldats ennemi mardi lundi "
                + "experts décret discussions mois rues plan déclarations crimes garde écoles");
        tag("PROPN", "occident ivan petrov anna ivanova oleg sidorov kiev moscou reuters deutsche welle otan igor "
                + "volkov marta kovalenko sergueï orlov die welt");
        tag("PRON", "il elle ils elles on lui -t-il -t-elle -il qui lesquelles nous");
        tag("SCONJ", "que qu'");
        tag("ADV", "ne pas jamais immédiatement également");
        tag("ADV", "comme");
        tag("ADJ", "clair longue diplomatique russe américain constructives prête dix nouvelle proche nouveau ukrainien sûre "
                + "diplomatiques");
        tag("CCONJ", "et mais");
        tag("NUM", "trois");
    }

    private static void tag(String pos, String words) {
        for (String w : words.split(" ")) {
            POS.put(w, pos);
        }
    }

    static AnnotatedDocument doc(String text) {
        return TestDocs.of(text, POS);
    }

    static List<Attribution> run(String text) {
        AnnotatedDocument d = doc(text);
        List<Attribution> out = EXTRACTOR.extract(d);
        for (Attribution a : out) {
            AttributionContract.assertExact(d.text(), a);
        }
        return out;
    }

    /** type|speaker|resolved|cue|content|via, with flags anonymous (A) and nested (N). */
    static List<String> summary(String text) {
        List<String> out = new ArrayList<>();
        String t = doc(text).text();
        for (Attribution a : run(text)) {
            out.add(a.type() + "|" + txt(a.speaker()) + "|" + a.speakerResolved() + "|" + a.cue().text() + "|"
                    + a.content().of(t) + "|" + a.via() + (a.anonymous() ? "|A" : "") + (a.nested() ? "|N" : ""));
        }
        return out;
    }

    private static String txt(TextSpan s) {
        return s == null ? null : s.text();
    }

    @Test
    void directQuoteWithPostposedInvertedClitic() {
        assertEquals(List.of(
                        "indirect|Le ministre Ivan Petrov|Ivan Petrov|a déclaré|les troupes reculaient|null",
                        "direct|-t-il|Ivan Petrov|a-t-il ajouté|Nous ne céderons pas|null"),
                summary("Le ministre Ivan Petrov a déclaré que les troupes reculaient. "
                        + "«\u00A0Nous ne céderons pas\u00A0», a-t-il ajouté."));
    }

    @Test
    void directQuoteWithPostposedNamedSpeakerAndApposition() {
        assertEquals(List.of("direct|le porte-parole du gouvernement, Ivan Petrov|Ivan Petrov|a déclaré"
                        + "|Nous tiendrons le front|null"),
                summary("« Nous tiendrons le front », a déclaré mardi le porte-parole du gouvernement, Ivan Petrov."));
    }

    @Test
    void lemmaAndStanceComeFromTheLexicon() {
        Attribution a = run("« La guerre durera », estime le diplomate.").get(0);
        assertEquals("estimer", a.verbLemma());
        assertEquals("assertive", a.verbStance(), "estimer is assertive in reporting-verbs.tsv");
        assertEquals("le diplomate", a.speaker().text());
        assertEquals("unknown", a.camp());
    }

    @Test
    void colonBeforeTheQuote() {
        assertEquals(List.of("direct|Anna Ivanova|Anna Ivanova|a déclaré|Nous ne reculerons pas.|null"),
                summary("Anna Ivanova a déclaré\u202F: «\u202FNous ne reculerons pas.\u202F»"));
    }

    @Test
    void headlineWithAColon() {
        assertEquals(List.of("direct|Petrov|Petrov|:|nous tiendrons|null"),
                summary("Petrov : “nous tiendrons”\n\nLe texte suit ici."));
    }

    @Test
    void headlineWithADash() {
        assertEquals(List.of("indirect|chef de l'armée|chef de l'armée|–|Les frappes vont continuer|null"),
                summary("Les frappes vont continuer – chef de l'armée\n\nLe texte suit ici."));
    }

    @Test
    void quotationOverSeveralParagraphsIsOneAttribution() {
        List<String> s = summary("Ivan Petrov a déclaré : « Les troupes avancent.\n\n"
                + "« Nous tiendrons le front dans la région.\n\n« Le conflit durera. »\n\nLa ville est tombée.");
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.get(0).startsWith("direct|Ivan Petrov|Ivan Petrov|a déclaré|Les troupes avancent.\n\n« Nous"),
                s.get(0));
        assertTrue(s.get(0).endsWith("Le conflit durera.|null"), s.get(0));
    }

    @Test
    void mismatchedQuotationMarksStillPair() {
        assertEquals(List.of("direct|Marta Kovalenko|Marta Kovalenko|a affirmé|La ville ne tombera pas|null"),
                summary("“La ville ne tombera pas », a affirmé Marta Kovalenko."));
    }

    /** « ” voyage risqué “. » (marks a scraper reversed) is a quotation, and does not swallow the rest of the line. */
    @Test
    void reversedCurlyMarksPairAndSwallowNothing() {
        String text = "Le quotidien a parlé de ” voyage risqué “. Selon Marta Kovalenko, la visite sera brève.";
        assertEquals(List.of("La visite"), Quotation.find("« La visite »").stream()
                .map(q -> q.content().of("« La visite »")).toList());
        assertEquals(List.of("voyage risqué"), Quotation.find(text).stream().map(q -> q.content().of(text)).toList());
        assertEquals(List.of(), Quotation.find("Il l'a dit “. Puis il est parti."), "a “ before a period opens nothing");
        assertTrue(summary(text).contains("according_to|Marta Kovalenko|Marta Kovalenko|Selon|la visite sera brève|null"),
                summary(text).toString());
    }

    @Test
    void indirectWithQueAndAppositiveSpeaker() {
        assertEquals(List.of("indirect|Le chef de l'armée, Oleg Sidorov|Oleg Sidorov|a affirmé"
                        + "|les troupes avançaient dans la région|null"),
                summary("Le chef de l'armée, Oleg Sidorov, a affirmé que les troupes avançaient dans la région."));
    }

    @Test
    void indirectWithInfinitive() {
        Attribution a = run("Le ministère a nié avoir bombardé l'hôpital.").get(0);
        assertEquals("indirect", a.type());
        assertEquals("Le ministère", a.speaker().text());
        assertEquals("a nié", a.cue().text());
        assertEquals("nier", a.verbLemma());
        assertEquals("denial", a.verbStance());
        assertEquals("avoir bombardé l'hôpital", a.content().of(doc("Le ministère a nié avoir bombardé l'hôpital.")
                .text()));
    }

    @Test
    void postposedCueAfterTheContent() {
        assertEquals(List.of("indirect|Petrov|Petrov|a assuré|Les troupes se retirent|null"),
                summary("Les troupes se retirent, a assuré Petrov."));
        assertEquals(List.of("indirect|le diplomate|le diplomate|estime|La guerre durera|null"),
                summary("La guerre durera, estime le diplomate."));
    }

    @Test
    void accordingToInAllPositions() {
        assertEquals(List.of("according_to|Kiev|Kiev|Selon|dix villages ont été repris|null"),
                summary("Selon Kiev, dix villages ont été repris."));
        assertEquals(List.of("according_to|Moscou|Moscou|selon|Les troupes ont quitté la ville|null"),
                summary("Les troupes ont quitté la ville, selon Moscou."));
        assertEquals(List.of("according_to|l'armée|l'armée|D'après|la ville est tombée|null"),
                summary("D'après l'armée, la ville est tombée."));
    }

    @Test
    void accordingToAPronounResolvesToTheLastSpeaker() {
        List<String> s = summary("Igor Volkov a déclaré que les discussions continuent. "
                + "Selon lui, la trêve est proche.");
        assertEquals("according_to|lui|Igor Volkov|Selon|la trêve est proche|null", s.get(1));
    }

    @Test
    void anonymousSources() {
        assertEquals(List.of("according_to|des sources diplomatiques|des sources diplomatiques|selon"
                        + "|La trêve est proche|null|A"),
                summary("La trêve est proche, selon des sources diplomatiques."));
        assertEquals(List.of("indirect|Un responsable américain|Un responsable américain|a affirmé"
                        + "|l'offensive est proche|null|A"),
                summary("Un responsable américain a affirmé que l'offensive est proche."));
    }

    @Test
    void opinionWithFrontedPour() {
        assertEquals(List.of("according_to|Moscou|Moscou|Pour|la guerre durera|null"),
                summary("Pour Moscou, la guerre durera."));
        assertEquals(List.of(), summary("Pour la semaine, la guerre durera."));
    }

    @Test
    void mediumRelayingASpeakerBecomesVia() {
        assertEquals(List.of("direct|Ivan Petrov|Ivan Petrov|a déclaré|Nous tiendrons|Reuters"),
                summary("« Nous tiendrons », a déclaré Ivan Petrov, cité par l'agence Reuters."));
        assertEquals(List.of("indirect|Ivan Petrov|Ivan Petrov|a affirmé|la trêve est proche|Deutsche Welle"),
                summary("Selon Deutsche Welle, Ivan Petrov a affirmé que la trêve est proche."));
        assertEquals(List.of("according_to|Reuters|Reuters|selon|La trêve est proche|null"),
                summary("La trêve est proche, selon Reuters."), "the medium alone is the speaker");
    }

    @Test
    void pronounSpeakerResolvesByGender() {
        List<String> s = summary("La porte-parole Anna Ivanova a déclaré que la trêve est proche. "
                + "Le ministre Ivan Petrov a affirmé que les troupes avancent. "
                + "Elle a ajouté que les discussions continuent. Il a répété que la guerre durera.");
        assertEquals(4, s.size(), s.toString());
        assertEquals("indirect|Elle|Anna Ivanova|a ajouté|les discussions continuent|null", s.get(2));
        assertEquals("indirect|Il|Ivan Petrov|a répété|la guerre durera|null", s.get(3));
    }

    @Test
    void titleAloneResolvesToTheSpeakerWithThatTitle() {
        List<String> s = summary("Ivan Petrov, diplomate russe, a affirmé que la trêve est proche. "
                + "« La guerre durera », estime le diplomate.");
        assertEquals("direct|le diplomate|Ivan Petrov|estime|La guerre durera|null", s.get(1));
    }

    @Test
    void shortQuotedFragmentIsPartOfTheReportedSpeech() {
        // a noun phrase carrying a quoted fragment is reported speech as a whole, never a separate quotation
        assertEquals(List.of("indirect|Petrov|Petrov|a parlé|de « constructives » propositions|null"),
                summary("Petrov a parlé de « constructives » propositions."));
        assertEquals(List.of("indirect|Petrov|Petrov|a affirmé|les propositions sont « constructives »|null"),
                summary("Petrov a affirmé que les propositions sont « constructives »."));
    }

    @Test
    void anotherSourceInsideReportedSpeechIsNestedTheSameSpeakerIsNot() {
        // ATTRIBUTIONS.md, "Quoted fragments": the speaker's own quoted words are part of his reported speech
        List<String> s = summary("Ivan Petrov a affirmé que la trêve est proche et que « les soldats ne reculeront "
                + "jamais devant l'ennemi ».");
        assertEquals(List.of("indirect|Ivan Petrov|Ivan Petrov|a affirmé|la trêve est proche et que « les soldats "
                + "ne reculeront jamais devant l'ennemi »|null"), s);
        List<String> according = summary("Ivan Petrov a affirmé que, selon Kiev, les troupes reculaient.");
        assertTrue(according.contains("according_to|Kiev|Kiev|selon|les troupes reculaient|null|N"),
                according.toString());
    }

    @Test
    void quoteThatIsTheWholeQueClauseIsOneDirectAttribution() {
        assertEquals(List.of("direct|Ivan Petrov|Ivan Petrov|a affirmé|les soldats ne reculeront jamais|null"),
                summary("Ivan Petrov a affirmé que « les soldats ne reculeront jamais »."));
    }

    @Test
    void impersonalInvertedClitichasNoSpeaker() {
        assertEquals(List.of("indirect|null|null|a-t-on ajouté|La trêve est proche|null|A"),
                summary("La trêve est proche, a-t-on ajouté."));
    }

    @Test
    void notAttributions() {
        assertEquals(List.of(), summary("Petrov a ordonné le retrait des troupes."));
        assertEquals(List.of(), summary("Petrov a signé le décret."));
        assertEquals(List.of(), summary("Des images montrent que le pont est détruit."));
        assertEquals(List.of(), summary("Il a été annoncé que la ville était tombée."));
        assertEquals(List.of(), summary("On estime que la guerre durera."));
        assertEquals(List.of(), summary("Petrov craint que la guerre dure. Moscou espère que la trêve tiendra."));
        assertEquals(List.of(), summary("Moscou parle de la « dénazification » du pays."));
        assertEquals(List.of(), summary("Les informations selon lesquelles la ville est tombée circulent."));
        assertEquals(List.of(), summary("Les soldats avancent selon le plan prévu."));
    }

    @Test
    void gerundTakesTheSpeakerOfItsSentence() {
        List<String> s = summary("Ivan Petrov a affirmé que la trêve est proche, ajoutant que les discussions "
                + "continuent.");
        assertEquals(List.of("indirect|Ivan Petrov|Ivan Petrov|a affirmé|la trêve est proche|null",
                "indirect|Ivan Petrov|Ivan Petrov|ajoutant|les discussions continuent|null"), s);
    }

    @Test
    void twoWordVerbAndColonAfterADefiniteNounPhrase() {
        assertEquals(List.of("indirect|Le ministre|Le ministre|a fait savoir|Moscou recule|null"),
                summary("Le ministre a fait savoir que Moscou recule."));
        assertEquals(List.of("direct|La ministre|La ministre|:|Nous tiendrons le front|null"),
                summary("La ministre : « Nous tiendrons le front »"));
    }

    @Test
    void opinionCues() {
        assertEquals(List.of("according_to|Anna Ivanova|Anna Ivanova|Aux yeux de|la guerre sera longue|null"),
                summary("Aux yeux de Anna Ivanova, la guerre sera longue."));
    }

    @Test
    void selonLaquelleAfterANamedStatement() {
        assertEquals(List.of("indirect|Anna Ivanova|Anna Ivanova|selon lesquelles|Moscou recule|null"),
                summary("Il a rejeté les déclarations de Anna Ivanova selon lesquelles Moscou recule."));
        assertEquals(List.of(), summary("Les informations selon lesquelles Moscou recule circulent."),
                "no named owner, no attribution");
    }

    @Test
    void commeLeRappelleX() {
        POS.put("rappelait", "NOUN"); // CoreNLP's mistake after « le »: a finite form is still a verb
        assertEquals(List.of("indirect|le ministre|le ministre|rappelait|La guerre sera longue|null"),
                summary("La guerre sera longue, comme le rappelait le ministre."));
        assertEquals(List.of("indirect|le ministre|le ministre|a rappelé|la guerre sera longue|null"),
                summary("Comme l’a rappelé le ministre, la guerre sera longue."));
    }

    @Test
    void speechThroughANounPhraseObject() {
        assertEquals(List.of("indirect|Le ministre|Le ministre|a dénoncé|le rapport « partial » de l’ONG|null"),
                summary("Le ministre a dénoncé le rapport « partial » de l’ONG."));
        assertEquals(List.of("indirect|Kiev|Kiev|a accusé|Moscou de bombarder des écoles|null"),
                summary("Kiev a accusé Moscou de bombarder des écoles."));
        assertEquals(List.of(), summary("Le Parlement pourrait contester le texte."), "an infinitive reports nothing");
        assertEquals(List.of(), summary("Kiev a accusé Moscou de crimes de guerre."), "a charge, not a statement");
        assertEquals(List.of("indirect|Kiev|Kiev|a accusé|le chef de la garde de bombarder des écoles|null"),
                summary("Kiev a accusé le chef de la garde de bombarder des écoles."), "the verbal « de » decides");
    }

    @Test
    void copularVerbPhraseBeforeAColon() {
        assertEquals(List.of("direct|Le ministre|Le ministre|a été clair|Nous ne céderons rien.|null"),
                summary("Le ministre a été clair\u00a0: «\u00a0Nous ne céderons rien.\u00a0»"));
        assertEquals(List.of(), summary("Il est clair que les troupes avancent."), "the narrator's own judgement");
    }

    @Test
    void passiveLabelWithItsAuthor() {
        assertEquals(List.of("direct|le ministre|le ministre|qualifié|pont de la dernière chance|null"),
                summary("Le traité, qualifié de « pont de la dernière chance » par le ministre, tient."));
        assertEquals(List.of(), summary("Le traité, qualifié de « pont de la dernière chance », tient."),
                "no author, no attribution");
        assertEquals(List.of("indirect|Anna Ivanova|Anna Ivanova|a, de son côté, souligné|les troupes avancent|null"),
                summary("Anna Ivanova a, de son côté, souligné que les troupes avancent."),
                "an auxiliary far before the participle still makes it a report");
    }

    @Test
    void possessiveOpinionCue() {
        assertEquals(List.of("indirect|Anna Ivanova|Anna Ivanova|a déclaré|Moscou recule|null",
                        "according_to|son|Anna Ivanova|À son avis|la trêve durera|null"),
                summary("Anna Ivanova a déclaré que Moscou recule. À son avis, la trêve durera."));
        assertEquals(List.of(), summary("À son avis favorable, la trêve durera."), "no comma right after: no cue");
    }

    @Test
    void coordinatedReportingVerbSharesTheSubject() {
        assertEquals(List.of("indirect|Moscou|Moscou|affirme|les troupes avancent|null"),
                summary("Moscou rejette les propositions et affirme que les troupes avancent."));
    }

    @Test
    void auxiliarySeparatedByAnInciseOrAPhrase() {
        assertEquals(List.of("indirect|Ivan Petrov|Ivan Petrov|a, de son côté, affirmé|la trêve est proche|null"),
                summary("Ivan Petrov a, de son côté, affirmé que la trêve est proche."));
        assertEquals(List.of("indirect|Ivan Petrov|Ivan Petrov|a pour sa part estimé|la trêve est proche|null"),
                summary("Ivan Petrov a pour sa part estimé que la trêve est proche."));
    }

    @Test
    void aSubjectBeforeACommaIsNoPostposedContent() {
        assertEquals(List.of(), summary("La porte-parole de l'armée, Marta Kovalenko, a promis des sanctions."));
        assertEquals(List.of(), summary("Les troupes avancent, annonçant la fin du conflit."));
    }

    @Test
    void passiveWithAnAgentIsAnAttribution() {
        assertEquals(List.of("indirect|le ministère|le ministère|a été annoncé|la trêve commence|null"),
                summary("Il a été annoncé par le ministère que la trêve commence."));
    }

    @Test
    void outletAfterAnInvertedCueIsVia() {
        assertEquals(List.of("direct|Ivan Petrov|Ivan Petrov|a déclaré|Nous tiendrons|Deutsche Welle"),
                summary("« Nous tiendrons », a déclaré Ivan Petrov au journal Die Welt, selon Deutsche Welle."));
    }

    @Test
    void citedByAMediumIsViaNotTheSpeaker() {
        assertEquals(List.of("indirect|Un responsable américain|Un responsable américain|a affirmé"
                        + "|l'offensive est proche|Reuters|A"),
                summary("Un responsable américain cité par Reuters a affirmé que l'offensive est proche."));
    }

    @Test
    void deSourceIsAnonymous() {
        assertEquals(List.of("according_to|source diplomatique|source diplomatique|de source"
                        + "|La trêve est proche|null|A"),
                summary("La trêve est proche, de source diplomatique."));
    }

    @Test
    void inciseCueInsideTheQuotation() {
        assertEquals(List.of("direct|-t-il|null|a-t-il ajouté|Nous tiendrons, a-t-il ajouté, dans la région|null"),
                summary("« Nous tiendrons, a-t-il ajouté, dans la région »."));
        assertEquals(List.of("direct|Petrov|Petrov|estime|La guerre, estime Petrov, durera|null"),
                summary("« La guerre, estime Petrov, durera »."));
    }

    @Test
    void quoteOfACoordinatedNonReportingVerbIsNotDirect() {
        assertEquals(List.of("indirect|Ivan Petrov|Ivan Petrov|a affirmé|la trêve est proche et a appelé Kiev à "
                        + "« négocier sans conditions préalables avec Moscou »|null"),
                summary("Ivan Petrov a affirmé que la trêve est proche et a appelé Kiev à « négocier sans conditions "
                        + "préalables avec Moscou »."));
    }

    @Test
    void headlineColonBeforeAClause() {
        assertEquals(List.of("indirect|Petrov|Petrov|:|l'Occident « répète une fable » sur la guerre|null",
                        "indirect|Petrov|Petrov|a affirmé|la guerre durera|null"),
                summary("Petrov : l'Occident « répète une fable » sur la guerre\n\nPetrov a affirmé que la guerre "
                        + "durera."));
        assertEquals(List.of(), summary("Guerre : la ville est tombée\n\nLe texte suit ici."), "no name before the colon");
    }

    @Test
    void qualifierDeWithAQuotedLabelKeepsOnlyTheQuotedWords() {
        assertEquals(List.of("direct|Ivan Petrov|Ivan Petrov|a qualifié|provocation|null"),
                summary("Ivan Petrov a qualifié de « provocation » les propositions."));
        assertEquals(List.of("direct|Ivan Petrov|Ivan Petrov|a parlé|provocation délibérée|null"),
                summary("Ivan Petrov a parlé de « provocation délibérée »."));
    }

    @Test
    void aQuotationEndingItsParagraphLendsNoCueToTheNextOne() {
        assertEquals(List.of("according_to|le ministère|le ministère|Selon|la ville tombera|null"),
                summary("« Nous tiendrons le front. »\n\nSelon le ministère, la ville tombera."));
    }

    @Test
    void aColonEndingItsParagraphAnnouncesTheNextParagraphAsTheStatement() {
        assertEquals(List.of("direct|Le ministère|Le ministère|a ajouté|Les troupes reculent vers le fleuve depuis "
                        + "trois jours.|null"),
                summary("Le ministère a ajouté :\n\nLes troupes reculent vers le fleuve depuis trois jours.\n\nFin."));
        assertEquals(List.of(), summary("Le ministère a ajouté :\n\nLa ville.\n\nFin."), "too short for a statement");
    }

    @Test
    void frontedPourTakesPeopleNamedByTheirOfficeOrTrade() {
        assertEquals(List.of("according_to|le ministre russe|le ministre russe|Pour|l'Occident ment|null",
                        "according_to|certains experts|certains experts|Pour|la guerre durera|null|A"),
                summary("Pour le ministre russe, l'Occident ment. Pour certains experts, la guerre durera."));
        assertEquals(List.of(), summary("Pour la ville, la guerre durera."), "a thing holds no opinion");
    }

    @Test
    void selonBetweenAVerbAndItsObjectSitsInsideTheClause() {
        assertEquals(List.of("according_to|lui|null|selon|Le plan viole selon lui le traité|null"),
                summary("Le plan viole selon lui le traité."));
    }

    @Test
    void aCommaThenASubjectPronounAndItsVerbEndsTheReportedClause() {
        assertEquals(List.of("indirect|Ivan Petrov|Ivan Petrov|a affirmé|la guerre durera|null"),
                summary("Ivan Petrov a affirmé que la guerre durera, il a ensuite quitté la ville."));
        assertEquals(List.of("indirect|Ivan Petrov|Ivan Petrov|a affirmé|si Kiev recule, il tiendra le front|null"),
                summary("Ivan Petrov a affirmé que si Kiev recule, il tiendra le front."), "a fronted « si » clause");
    }

    @Test
    void anImpersonalIlReportsNothing() {
        assertEquals(List.of(), summary("Il est à noter que la guerre durera."));
    }

    @Test
    void etDAjouterSpeaksWithTheLatestSpeakersVoice() {
        assertEquals(List.of("indirect|Ivan Petrov|Ivan Petrov|a déclaré|Kiev recule|null",
                        "direct|null|Ivan Petrov|ajouter|Nous tiendrons.|null",
                        "indirect|null|Ivan Petrov|ajouter|la guerre durera|null"),
                summary("Ivan Petrov a déclaré que Kiev recule. Et d'ajouter : « Nous tiendrons. » "
                        + "Il sourit, avant d'ajouter que la guerre durera."));
        assertEquals(List.of(), summary("Il est temps de dire que la guerre durera."), "no « Et » or « avant »");
    }
}
