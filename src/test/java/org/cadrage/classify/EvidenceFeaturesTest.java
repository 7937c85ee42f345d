package org.cadrage.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.cadrage.model.Article;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.ArticleMetrics;
import org.cadrage.model.Attribution;
import org.cadrage.model.Credit;
import org.cadrage.model.CreditKind;
import org.cadrage.model.Evidence;
import org.cadrage.model.Hedge;
import org.cadrage.model.HedgeKind;
import org.cadrage.model.Scope;
import org.cadrage.model.SourcingIndices;
import org.cadrage.model.Span;
import org.cadrage.model.TextSpan;
import org.junit.jupiter.api.Test;

class EvidenceFeaturesTest {
    private static final double EPS = 1e-9;
    // 12 words: Selon le Kremlin l' armée aurait reculé Moscou a démenti toute perte
    private static final String P1 = "Selon le Kremlin, l\u2019arm\u00e9e aurait recul\u00e9. Moscou a d\u00e9menti toute perte.";
    // 10 words: Nous tiendrons a affirmé le ministre ukrainien cité par TASS
    private static final String P2 = "\u00ab\u00a0Nous tiendrons\u00a0\u00bb, a affirm\u00e9 le ministre ukrainien, cit\u00e9 par TASS.";
    private static final String TEXT = P1 + "\n\n" + P2;
    private static final Span U1 = new Span(0, P1.length());
    private static final Span U2 = new Span(P1.length() + 2, TEXT.length());

    private static TextSpan t(String s) {
        int i = TEXT.indexOf(s);
        assertTrue(i >= 0, s);
        return new TextSpan(s, i, i + s.length());
    }

    private static Span s(String s) {
        return t(s).span();
    }

    private static ArticleAnalysis analysis() {
        TextSpan aurait = t("aurait");
        TextSpan tass = t("TASS");
        List<Attribution> attributions = List.of(
                new Attribution("according_to", t("le Kremlin"), null, t("Selon"), null, null,
                        s("l\u2019arm\u00e9e aurait recul\u00e9"), "russia_official", false, false, null, null),
                new Attribution("indirect", t("Moscou"), null, t("a d\u00e9menti"), "d\u00e9mentir", "denial",
                        s("toute perte"), "russia_official", false, false, null, null),
                new Attribution("direct", t("le ministre ukrainien"), null, t("a affirm\u00e9"), "affirmer", "assertive",
                        s("Nous tiendrons"), "ukraine_official", false, false, null, null));
        Evidence evidence = new Evidence(
                List.of(new Hedge("aurait", aurait.start(), aurait.end(), HedgeKind.CONDITIONAL, Scope.ATTRIBUTED,
                        "conditional:aurait")),
                List.of(new Credit("TASS", tass.start(), tass.end(), CreditKind.SOURCE_MENTION, "TASS", true, "RU")),
                attributions, List.of());
        SourcingIndices indices = new SourcingIndices(3, Map.of("russia_official", 2, "ukraine_official", 1),
                Map.of(), 0.6667, 0.2897, 0.0, 0.3333, 0.0, 0.0, null, 0.25);
        ArticleMetrics metrics = new ArticleMetrics(25, 3, 1, 0, 40.0, 0.0, 1, 1, 1.0, Map.of("conditional", 1),
                Map.of("source_mention", 1), indices);
        return new ArticleAnalysis(Article.of("a1", TEXT), evidence, metrics);
    }

    @Test
    void wordsSplitElisionsButKeepHyphensAndInnerApostrophes() {
        assertEquals(List.of("l'", "OTAN"), EvidenceFeatures.words("l\u2019OTAN"));
        assertEquals(List.of("qu'", "il", "jusqu'", "\u00e0", "aujourd'hui"),
                EvidenceFeatures.words("qu'il jusqu\u2019\u00e0 aujourd\u2019hui"));
        assertEquals(List.of("a-t-il", "d\u00e9clar\u00e9", "Non"),
                EvidenceFeatures.words("a-t-il d\u00e9clar\u00e9, \u00ab\u202fNon\u202f\u00bb 2022 !"));
        assertEquals(List.of(), EvidenceFeatures.words(" 12,5 % \u2014 "));
    }

    @Test
    void firstParagraph() {
        SortedMap<String, Double> f = EvidenceFeatures.of(analysis(), U1);
        assertEquals(39, f.size(), f.keySet().toString());
        assertEquals(Math.log(13), f.get("ev_words_log"), EPS);
        assertEquals(1000.0 / 12, f.get("ev_hedges_per1000"), EPS);
        assertEquals(1000.0 / 12, f.get("ev_hedge_conditional_per1000"), EPS);
        assertEquals(0.0, f.get("ev_hedge_modal_per1000"));
        assertEquals(1000.0 / 12, f.get("ev_hedge_attributed_per1000"), EPS);
        assertEquals(0.0, f.get("ev_hedge_narrator_per1000"));
        assertEquals(0.0, f.get("ev_credits_per1000"));
        assertEquals(0.0, f.get("ev_credits_state_per1000"));
        assertEquals(2000.0 / 12, f.get("ev_attributions_per1000"), EPS);
        assertEquals(1000.0 / 12, f.get("ev_attr_according_to_per1000"), EPS);
        assertEquals(1000.0 / 12, f.get("ev_attr_indirect_per1000"), EPS);
        assertEquals(0.0, f.get("ev_attr_direct_per1000"));
        assertEquals(1000.0 / 12, f.get("ev_stance_denial_per1000"), EPS);
        assertEquals(0.0, f.get("ev_stance_assertive_per1000"));
        assertEquals(0.0, f.get("ev_stance_other_per1000"));
        assertEquals(1.0, f.get("ev_camp_russia_official_share"));
        assertEquals(0.0, f.get("ev_camp_ukraine_official_share"));
        assertEquals(0.0, f.get("ev_direct_share"));
        assertEquals(0.0, f.get("ev_anonymous_share"));
        assertEquals(0.0, f.get("ev_no_attribution"));
        // « l’armée aurait reculé » (21 chars) + « toute perte » (11) over the paragraph's 70 chars
        assertEquals(70, P1.length());
        assertEquals(32.0 / 70, f.get("ev_quote_density"), EPS);
        assertFalse(f.containsKey("ev_idx_side_balance"), "indices only for the whole article");
    }

    @Test
    void secondParagraphHasTheSameNames() {
        SortedMap<String, Double> f = EvidenceFeatures.of(analysis(), U2);
        assertEquals(EvidenceFeatures.of(analysis(), U1).keySet(), f.keySet());
        assertEquals(Math.log(11), f.get("ev_words_log"), EPS);
        assertEquals(0.0, f.get("ev_hedges_per1000"));
        assertEquals(100.0, f.get("ev_credits_per1000"), EPS);
        assertEquals(100.0, f.get("ev_credit_source_mention_per1000"), EPS);
        assertEquals(0.0, f.get("ev_credit_photo_per1000"));
        assertEquals(100.0, f.get("ev_credits_state_per1000"), EPS);
        assertEquals(100.0, f.get("ev_attr_direct_per1000"), EPS);
        assertEquals(100.0, f.get("ev_stance_assertive_per1000"), EPS);
        assertEquals(1.0, f.get("ev_camp_ukraine_official_share"));
        assertEquals(1.0, f.get("ev_direct_share"));
        assertEquals(14.0 / U2.length(), f.get("ev_quote_density"), EPS);
    }

    @Test
    void wholeArticleAddsIndicesWithMissingFlags() {
        SortedMap<String, Double> f = EvidenceFeatures.of(analysis(), new Span(0, TEXT.length()));
        assertEquals(39 + 16, f.size());
        assertEquals(Math.log(23), f.get("ev_words_log"), EPS);
        assertEquals(3000.0 / 22, f.get("ev_attributions_per1000"), EPS);
        assertEquals(2.0 / 3, f.get("ev_camp_russia_official_share"), EPS);
        assertEquals(1.0 / 3, f.get("ev_direct_share"), EPS);
        assertEquals(46.0 / TEXT.length(), f.get("ev_quote_density"), EPS);
        assertEquals(0.6667, f.get("ev_idx_side_balance"));
        assertEquals(0.0, f.get("ev_idx_side_balance_missing"));
        assertEquals(0.25, f.get("ev_idx_state_media_reliance"));
        assertEquals(0.0, f.get("ev_idx_hedge_asymmetry"));
        assertEquals(1.0, f.get("ev_idx_hedge_asymmetry_missing"));

        SortedMap<String, Double> doc = EvidenceFeatures.contextOf(analysis());
        assertEquals(f.size(), doc.size());
        assertEquals(Math.log(23), doc.get("doc_words_log"), EPS);
        assertEquals(1.0, doc.get("doc_idx_hedge_asymmetry_missing"));
        assertTrue(doc.keySet().stream().allMatch(k -> k.startsWith("doc_")));
    }

    @Test
    void emptyUnitAndUnitWithoutEvidenceGiveZerosNotNaN() {
        ArticleAnalysis a = analysis();
        for (Span unit : List.of(new Span(P1.length(), P1.length()), new Span(P1.length(), P1.length() + 2))) {
            SortedMap<String, Double> f = EvidenceFeatures.of(a, unit);
            assertEquals(0.0, f.get("ev_words_log"));
            assertEquals(1.0, f.get("ev_no_attribution"));
            assertTrue(f.entrySet().stream().filter(e -> !e.getKey().equals("ev_no_attribution"))
                    .allMatch(e -> e.getValue() == 0.0), f.toString());
        }
        assertThrows(IllegalArgumentException.class, () -> EvidenceFeatures.of(a, new Span(0, TEXT.length() + 1)));
    }

    @Test
    void quoteDensityCountsNestedContentsOnceAndClipsToTheUnit() {
        String text = "Le porte-parole a dit que le g\u00e9n\u00e9ral a affirm\u00e9 que tout allait bien.";
        Article article = Article.of("a2", text);
        Attribution outer = new Attribution("indirect", null, null, new TextSpan("a dit", 16, 21), "dire", "neutral",
                new Span(26, text.length() - 1), "unknown", false, false, null, null);
        Attribution inner = new Attribution("indirect", null, null, new TextSpan("a affirm\u00e9", 37, 46), "affirmer",
                "assertive", new Span(51, text.length() - 1), "unknown", false, true, null, null);
        assertEquals("le g\u00e9n\u00e9ral a affirm\u00e9 que tout allait bien", outer.content().of(text));
        SortedMap<String, Double> f = EvidenceFeatures.of(new ArticleAnalysis(article,
                new Evidence(List.of(), List.of(), List.of(outer, inner), List.of()), analysis().metrics()),
                new Span(30, 60));
        // the unit [30, 60) is wholly inside the outer content; the inner cue (37) is in it, the outer cue is not
        assertEquals(1.0, f.get("ev_quote_density"), EPS);
        assertEquals(1.0, f.get("ev_camp_unknown_share"));
        assertEquals(f.get("ev_attributions_per1000"), f.get("ev_stance_assertive_per1000"));
        assertEquals(0.0, f.get("ev_stance_neutral_per1000"));
    }
}
