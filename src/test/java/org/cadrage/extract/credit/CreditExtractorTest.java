package org.cadrage.extract.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cadrage.extract.Extractor;
import org.cadrage.extract.ExtractorContractTest;
import org.cadrage.model.Article;
import org.cadrage.model.Boilerplate;
import org.cadrage.model.BoilerplateKind;
import org.cadrage.model.Credit;
import org.cadrage.model.CreditKind;
import org.cadrage.model.Span;
import org.cadrage.nlp.AnnotatedDocument;
import org.cadrage.nlp.TestDocs;
import org.junit.jupiter.api.Test;

class CreditExtractorTest extends ExtractorContractTest<Credit> {
    private static final CreditExtractor EXTRACTOR = new CreditExtractor();

    @Override
    protected Extractor<Credit> extractor() {
        return EXTRACTOR;
    }

    @Override
    protected AnnotatedDocument richDocument() {
        return TestDocs.of("""
                Un char avance près de la frontière. ©\u00A0Spoutnik / Ivan Petrov

                KIEV, 3 mars (Reuters) - Les pourparlers reprennent, selon l\u2019agence russe RIA\u00A0Novosti.

                Voir https://francais.rt.com/international/12345-essai et www.exemple.fr/page.""", Map.of());
    }

    private static List<String> describe(String text) {
        return EXTRACTOR.extract(TestDocs.of(text, Map.of())).stream()
                .map(c -> c.kind() + "|" + c.text() + "|" + c.outlet() + "|" + c.stateAffiliated() + "|" + c.country())
                .toList();
    }

    @Test
    void richDocumentCreditsInOrder() {
        assertEquals(List.of(
                "PHOTO|©\u00A0Spoutnik / Ivan Petrov|Sputnik|true|RU",
                "DATELINE|KIEV, 3 mars (Reuters) -|Reuters|false|GB",
                "SOURCE_MENTION|selon l\u2019agence russe RIA\u00A0Novosti|RIA Novosti|true|RU",
                "LINK|https://francais.rt.com/international/12345-essai|RT|true|RU"),
                describe(richDocument().text()));
    }

    @Test
    void photoCreditsWithColonMarkers() {
        assertEquals(List.of("PHOTO|Crédit\u00A0: TV Zvezda|TV Zvezda|true|RU"),
                describe("Des blindés défilent sur la place Crédit\u00A0: TV Zvezda\nLa suite du texte."));
        assertEquals(List.of("PHOTO|Crédit: vk.com/volgogradnews|VK|true|RU"),
                describe("Des lueurs dans le ciel nocturne. Crédit: vk.com/volgogradnews\n"));
        assertEquals(List.of("PHOTO|Crédits photo : AFP|AFP|false|FR"), describe("Crédits photo : AFP\n"));
        assertEquals(List.of("PHOTO|Photo : Reuters|Reuters|false|GB"), describe("Photo : Reuters."));
    }

    @Test
    void photoCreditsPreferAgenciesOverMinistriesAndPlatforms() {
        assertEquals(List.of("PHOTO|© Ministère russe de la Défense/TASS|TASS|true|RU"),
                describe("Un navire au port.\n© Ministère russe de la Défense/TASS\n"));
        assertEquals(List.of("PHOTO|©US Navy/Handout|US Navy|true|US"),
                describe("Un porte-avions en mer. ©US Navy/Handout"));
        assertEquals(List.of("PHOTO|Image via Telegram, @rostecru|Rostec|true|RU"),
                describe("Image via Telegram, @rostecru\n\nUn nouvel avion a volé."));
        assertEquals(List.of("PHOTO|© Jean Dupont/Getty Images|Getty Images|false|US"),
                describe("Des soldats à l\u2019entraînement. © Jean Dupont/Getty Images"));
    }

    @Test
    void parenthesisedPhotoCredits() {
        assertEquals(List.of("PHOTO|(Photo de Reuters)|Reuters|false|GB"),
                describe("Des réservistes s\u2019entraînent près de Kharkiv. (Photo de Reuters)"));
        assertEquals(List.of("PHOTO|(Photo AFP)|AFP|false|FR"),
                describe("Le président arrive à Bruxelles (Photo AFP) pour le sommet."));
        assertEquals(List.of(), describe("Un village détruit (photo d\u2019illustration)."));
    }

    @Test
    void unresolvedPhotoCreditIsStillReported() {
        assertEquals(List.of("PHOTO|Crédit: Ministère de la Défense|null|null|null"),
                describe("Des tirs d\u2019artillerie en mer Crédit: Ministère de la Défense\n"));
        assertEquals(List.of("PHOTO|Photo by Anna Smirnova|null|null|null"),
                describe("Photo by Anna Smirnova\nLe convoi est arrivé."));
    }

    @Test
    void agencyDatelines() {
        assertEquals(List.of("DATELINE|MOSCOU, 12 mars. /TASS/.|TASS|true|RU"),
                describe("MOSCOU, 12 mars. /TASS/. Le ministre a rencontré son homologue."));
        assertEquals(List.of("DATELINE|PARIS (AFP) -|AFP|false|FR"),
                describe("PARIS (AFP) - Le gouvernement a annoncé de nouvelles mesures."));
        assertEquals(List.of("DATELINE|Moscou, 10 févr. (Reuters) \u2013|Reuters|false|GB"),
                describe("Intro.\n\nMoscou, 10 févr. (Reuters) \u2013 La banque centrale a relevé son taux."));
        assertEquals(List.of(), describe("Il vit à Moscou (Russie) - depuis dix ans."));
    }

    @Test
    void linksToRegisteredNonPlatformDomainsOnly() {
        assertEquals(List.of("LINK|https://www.rt.com/russia/1234-exercices/|RT|true|RU"),
                describe("Voir https://www.rt.com/russia/1234-exercices/."));
        assertEquals(List.of("LINK|tass.com/politics/555|TASS|true|RU"), describe("Source\u00A0: tass.com/politics/555"));
        assertEquals(List.of(), describe("Lien\u00A0: https://blog-exemple.org/article/1 et https://t.me/canal"));
    }

    @Test
    void sourceMentionsWithCueBefore() {
        assertEquals(List.of("SOURCE_MENTION|citée par Reuters|Reuters|false|GB"),
                describe("Une hausse est attendue, a dit la ministre, citée par Reuters."));
        assertEquals(List.of("SOURCE_MENTION|d'après l'AFP|AFP|false|FR"),
                describe("Deux villages ont été évacués d'après l'AFP."));
        assertEquals(List.of("SOURCE_MENTION|a rapporté Interfax|Interfax|false|RU"),
                describe("Le convoi est arrivé lundi, a rapporté Interfax."));
        assertEquals(List.of("SOURCE_MENTION|rapporte Avia.pro|Avia.pro|false|RU"),
                describe("Le missile est opérationnel, rapporte Avia.pro."));
        assertEquals(List.of("SOURCE_MENTION|S\u2019adressant à Izvestia|Izvestia|false|RU"),
                describe("S\u2019adressant à Izvestia mardi, le diplomate a averti Kiev."));
        assertEquals(List.of("SOURCE_MENTION|a annoncé mardi la société Rostec|Rostec|true|RU"),
                describe("Le drone a été testé, a annoncé mardi la société Rostec."));
    }

    @Test
    void twoMentionsInOneSentence() {
        assertEquals(List.of("SOURCE_MENTION|au quotidien allemand Die Welt|Die Welt|false|DE",
                        "SOURCE_MENTION|selon Deutsche Welle|Deutsche Welle|false|DE"),
                describe("« Rien n\u2019est décidé », a déclaré l\u2019ambassadeur au quotidien allemand Die Welt, "
                        + "selon Deutsche Welle."));
        assertEquals(List.of("SOURCE_MENTION|Selon Reuters|Reuters|false|GB", "SOURCE_MENTION|AFP|AFP|false|FR"),
                describe("Selon Reuters et l'AFP, le sommet est reporté."));
    }

    @Test
    void sourceMentionsWithVerbAfter() {
        assertEquals(List.of("SOURCE_MENTION|Financial Times a rapporté|Financial Times|false|GB",
                        "SOURCE_MENTION|Selon FT|Financial Times|false|GB"),
                describe("Le Financial Times a rapporté mardi un accord. Selon FT, il reste fragile."));
        assertEquals(List.of("SOURCE_MENTION|Bloomberg écrit|Bloomberg|false|US"),
                describe("Bloomberg écrit que les réserves baissent."));
    }

    @Test
    void noMentionWithoutCueOrForAmbiguousLowerCase() {
        assertEquals(List.of(), describe("Le Kremlin a nié toute implication."));
        assertEquals(List.of(), describe("Le ministère russe de la Défense a indiqué que les exercices étaient finis."));
        assertEquals(List.of(), describe("Le rapport a été publié jeudi par le gouvernement."));
        assertEquals(List.of(), describe("Selon le monde entier, la paix est possible. Selon rt, rien."));
        assertEquals(List.of(), describe("Selon des sources proches du Kremlin, rien ne change."));
        assertEquals(List.of(), describe("Les déclarations selon lesquelles le Kremlin prépare une attaque sont fausses."));
        assertEquals(List.of(), describe("Une réunion s\u2019est tenue au Kremlin."));
    }

    @Test
    void outletsMissingFromTheRegistryAreFoundFromAMediumNounTitleOrDomain() {
        assertEquals(List.of("SOURCE_MENTION|selon l’hebdomadaire breton Le Cri de l’Ouest|null|null|null"),
                describe("Le port serait fermé, selon l’hebdomadaire breton Le Cri de l’Ouest."));
        assertEquals(List.of("SOURCE_MENTION|hebdomadaire Tribune Rurale a rapporté|null|null|null",
                "SOURCE_MENTION|ajoute Tribune Rurale|null|null|null"),
                describe("L’hebdomadaire Tribune Rurale a rapporté l’incident. « Rien n’est réglé », ajoute Tribune Rurale."),
                "a name introduced once by a medium noun is known for the rest of the article");
        assertEquals(List.of("SOURCE_MENTION|sur la chaîne VostokTV|null|null|null"),
                describe("Il l’a répété dimanche sur la chaîne VostokTV."));
        assertEquals(List.of("SOURCE_MENTION|relayée par La Gazette des Vallées|null|null|null"),
                describe("L’information a été relayée par La Gazette des Vallées."));
        assertEquals(List.of("SOURCE_MENTION|D’après Exemple-Info.fr|null|null|null"),
                describe("D’après Exemple-Info.fr, le maire a démissionné."));
    }

    @Test
    void noOutletWithoutAMediumNounTitleOrCue() {
        assertEquals(List.of(), describe("La vidéo a été publiée sur son site Internet."));
        assertEquals(List.of(), describe("L’agence spatiale Baïkonour a annoncé un lancement."));
        assertEquals(List.of(), describe("Le site de Marioupol a été bombardé."));
        assertEquals(List.of(), describe("L’hebdomadaire Tribune Rurale paraît le jeudi."), "no cue, no credit");
        assertEquals(List.of(), describe("Selon Jean Dupont, le port est fermé."), "a person is no outlet");
        assertEquals(List.of(), describe("L’UE estime que la sanction est justifiée."), "an acronym is no title");
        assertEquals(List.of(), describe("La Commission estime que la sanction est justifiée."), "sentence start");
    }

    @Test
    void moreCueShapes() {
        assertEquals(List.of("SOURCE_MENTION|auprès de l’AFP|AFP|false|FR"),
                describe("La mairie a démenti auprès de l’AFP."));
        assertEquals(List.of("SOURCE_MENTION|dépêche AFP|AFP|false|FR"),
                describe("Trois blessés, précise la dépêche AFP."));
        assertEquals(List.of("SOURCE_MENTION|dans Le Monde|Le Monde|false|FR"),
                describe("Son texte paraît dans Le Monde mardi."));
        assertEquals(List.of("SOURCE_MENTION|Bloomberg l'a déjà noté|Bloomberg|false|US"),
                describe("Comme Bloomberg l'a déjà noté, les prix montent."));
    }

    @Test
    void platformsAndWorkplacesAreNotMentions() {
        assertEquals(List.of(), describe("Elle a écrit sur sa chaîne Telegram que rien ne change."));
        assertEquals(List.of(), describe("Un journaliste à Libération est arrivé."));
        assertEquals(List.of(), describe("Tous les chiffres baissent à l’exception de BFM TV."));
        assertEquals(List.of(), describe("Le Vieux Monde hésite."));
    }

    @Test
    void governmentBodiesAreSourcesNotCreditedMedia() {
        assertEquals(List.of(), describe("Dix drones ont été abattus, selon le ministère russe de la Défense."));
        assertEquals(List.of(), describe("Selon le Pentagone, les frappes continuent."));
        assertEquals(List.of("PHOTO|© Ministère russe de la Défense|Russian Ministry of Defence|true|RU"),
                describe("Un char en manœuvre. © Ministère russe de la Défense\n"), "their photos are credits");
    }

    @Test
    void venueJournalistAndColumnCues() {
        assertEquals(List.of("SOURCE_MENTION|journaliste de TF1|TF1|false|FR"),
                describe("« Rien n’est décidé », a répondu le ministre au journaliste de TF1."));
        assertEquals(List.of("SOURCE_MENTION|colonne du quotidien The Times|The Times|false|GB"),
                describe("Il a écrit dans une colonne du quotidien The Times que la paix viendrait."));
    }

    @Test
    void spansPointIntoTheDocumentAndSkipBoilerplate() {
        String text = "Partager sur Facebook selon Reuters\n\nUn accord, selon l\u2019AFP.";
        int bp = text.indexOf("\n");
        Article article = Article.of("a", text).withBoilerplate(
                List.of(new Boilerplate(new Span(0, bp), BoilerplateKind.SHARE_WIDGET)));
        List<Credit> credits = EXTRACTOR.extract(TestDocs.of(article, Map.of()));
        assertEquals(1, credits.size());
        Credit c = credits.get(0);
        assertEquals(CreditKind.SOURCE_MENTION, c.kind());
        assertEquals("selon l\u2019AFP", text.substring(c.start(), c.end()));
        assertTrue(c.start() > bp);
    }

    @Test
    void customRegistryIsUsed() {
        OutletRegistry r = OutletRegistry.parse(
                "Gazette Nord\tGN-Presse\tgnord.example\tBE\tindependent_media\tfalse\tX\tprivate\n", "t.tsv");
        List<Credit> credits = new CreditExtractor(r).extract(TestDocs.of("Un incendie, selon Gazette Nord.",
                Map.of()));
        assertEquals(1, credits.size());
        assertEquals("Gazette Nord", credits.get(0).outlet());
        assertEquals("BE", credits.get(0).country());
    }
}
