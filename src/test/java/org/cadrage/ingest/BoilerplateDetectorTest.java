package org.cadrage.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cadrage.model.Boilerplate;
import org.cadrage.model.BoilerplateKind;
import org.junit.jupiter.api.Test;

class BoilerplateDetectorTest {
    private static final BoilerplateDetector DETECTOR = BoilerplateDetector.load();

    private static List<String> found(String doc, BoilerplateKind kind) {
        return DETECTOR.detect(doc).stream().filter(b -> b.kind() == kind).map(b -> b.span().of(doc)).toList();
    }

    @Test
    void tailWidgetsCookieBannerAndSandwichedLines() {
        String doc = "Le port d’Odessa rouvre\n\nPartager\n\nLes navires ont repris la mer jeudi, selon le maire.\n\n"
                + "Laissez un commentaire\n\nLa Gazette du Port\n"
                + "Ce site utilise des cookies pour mesurer l’audience. En poursuivant votre navigation, vous acceptez.\n"
                + "Tout accepter\nRéglages\nCookies fonctionnels\n";
        assertEquals(List.of("Partager", "Laissez un commentaire"), found(doc, BoilerplateKind.SHARE_WIDGET));
        assertEquals(List.of("La Gazette du Port"), found(doc, BoilerplateKind.NAVIGATION));
        List<String> cookie = found(doc, BoilerplateKind.COOKIE_BANNER);
        assertEquals(1, cookie.size());
        assertTrue(cookie.get(0).startsWith("Ce site utilise des cookies") && cookie.get(0).endsWith("fonctionnels"),
                cookie.get(0));
        assertTrue(found(doc, BoilerplateKind.SUBSCRIPTION_APPEAL).isEmpty());
    }

    @Test
    void subscriptionSentencesInsideAParagraph() {
        String doc = "Titre\n\nLe maire a confirmé la réouverture. Un journalisme indépendant n’a jamais été aussi "
                + "nécessaire. Abonnez-vous dès aujourd’hui !\n";
        assertEquals(List.of("Un journalisme indépendant n’a jamais été aussi nécessaire. Abonnez-vous dès "
                + "aujourd’hui !"), found(doc, BoilerplateKind.SUBSCRIPTION_APPEAL));
    }

    @Test
    void relatedLinksPromoListsAndRepeatedTitle() {
        String doc = "Les céréales quittent le port\n\nÀ LIRE AUSSI : Le blé ukrainien arrive en Égypte\n\n"
                + "Les cargos sont partis à l’aube, a indiqué la capitainerie dans un communiqué publié mardi soir.\n"
                + "Rejoignez-nous sur notre chaîne : https://t.me/exemple_canal\n"
                + "2) Notre boutique en ligne\n"
                + "3) Lien du site à partager : https://exemple.org/\n"
                + "Les céréales quittent le port\n"
                + "Vous aimerez aussi\n";
        assertEquals(List.of("À LIRE AUSSI : Le blé ukrainien arrive en Égypte"),
                found(doc, BoilerplateKind.RELATED_LINKS));
        List<String> promo = found(doc, BoilerplateKind.PROMO_LINKS);
        assertEquals(1, promo.size());
        assertTrue(promo.get(0).startsWith("Rejoignez-nous") && promo.get(0).endsWith("https://exemple.org/"));
        assertEquals(List.of("Les céréales quittent le port"), found(doc, BoilerplateKind.NAVIGATION));
    }

    @Test
    void plainArticleHasNoBoilerplate() {
        String doc = "Sous-titre\n\nLe président a déclaré : « Nous partagerons ces informations. »\n\n"
                + "Les cookies de Noël étaient servis à la réception, a-t-il ajouté.\nAccords de Minsk\n"
                + "Les discussions reprendront lundi.";
        assertEquals(List.of(), DETECTOR.detect(doc));
        assertEquals(List.of(), DETECTOR.detect(""));
    }

    @Test
    void regionKeepsOnlyItemsInside() {
        String doc = "Partager\nLe texte.\nPartager";
        List<Boilerplate> inRegion = DETECTOR.detect(doc, new org.cadrage.model.Span(9, doc.length()));
        assertEquals(1, inRegion.size());
        assertEquals(doc.length() - "Partager".length(), inRegion.get(0).span().start());
    }

    @Test
    void badRuleNamesItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BoilerplateDetector.parse(List.of("# c", "share_widget\tline")));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }
}
