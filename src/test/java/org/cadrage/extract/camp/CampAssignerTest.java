package org.cadrage.extract.camp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cadrage.model.Attribution;
import org.cadrage.model.Span;
import org.cadrage.model.TextSpan;
import org.cadrage.nlp.AnnotatedDocument;
import org.cadrage.nlp.TestDocs;
import org.junit.jupiter.api.Test;

class CampAssignerTest {
    private static final CampAssigner ASSIGNER = CampAssigner.load();
    private static final Map<String, String> POS = Map.of("le", "DET", "politologue", "NOUN", "paul", "PROPN",
            "vernier", "PROPN", "des", "DET", "experts", "NOUN");

    private static Attribution said(String text, String speaker, String resolved, String via) {
        return said(text, speaker, resolved, via, speaker == null ? 0 : text.indexOf(speaker));
    }

    private static Attribution said(String text, String speaker, String resolved, String via, int s) {
        return new Attribution("indirect", speaker == null ? null : new TextSpan(speaker, s, s + speaker.length()),
                resolved, new TextSpan(text.substring(0, 1), 0, 1), "dire", "neutral", new Span(1, 2), "unknown",
                false, false, via, null);
    }

    @Test
    void anUnplacedNameTakesTheRoleTheArticleGivesItElsewhere() {
        String text = "Le politologue Paul Vernier suit la crise. Vernier a dit que rien ne change.";
        AnnotatedDocument doc = TestDocs.of(text, POS);
        Attribution a = ASSIGNER.assign(List.of(said(text, "Vernier", "Vernier", null)), doc).get(0);
        assertEquals("expert_or_other", a.camp());
    }

    @Test
    void unnamedExpertsStayExpertsUnnamedMediaAreAnonymousAndAPeskovPronounIsRussian() {
        String text = "Des experts ont dit que rien ne change. Il a dit que rien ne change. Des médias l'ont dit.";
        AnnotatedDocument doc = TestDocs.of(text, POS);
        List<Attribution> out = ASSIGNER.assign(List.of(said(text, "Des experts", null, null),
                said(text, "Il", "Dmitri Peskov", null), said(text, "Des médias", null, null)), doc);
        assertEquals("expert_or_other", out.get(0).camp(), "the text says what they are: experts");
        assertTrue(out.get(0).anonymous());
        assertEquals("russia_official", out.get(1).camp(), "a pronoun takes its antecedent's camp");
        assertEquals("anonymous", out.get(2).camp(), "unnamed media");
        assertTrue(out.get(2).anonymous());
    }

    /**
     * --assume-date: an article with no publication date and no written date is looked up on the assumed day; a date
     * the text writes still comes first.
     */
    @Test
    void anAssumedDateDatesOnlyTheArticlesThatNothingElseDates() {
        String undated = "Donald Trump a dit que rien ne change.";
        AnnotatedDocument doc = TestDocs.of(undated, POS);
        Attribution said = said(undated, "Donald Trump", "Donald Trump", null);
        assertEquals("western_official", ASSIGNER.assign(List.of(said), doc).get(0).camp(),
                "no date at all: the latest period (from January 2025)");
        CampAssigner in2022 = CampAssigner.load(java.time.LocalDate.of(2022, 6, 1));
        assertEquals(java.time.LocalDate.of(2022, 6, 1), in2022.dateOf(doc));
        assertEquals("expert_or_other", in2022.assign(List.of(said), doc).get(0).camp(), "out of office in 2022");
        String dated = "Le 3 mars 2025, Donald Trump a dit que rien ne change.";
        AnnotatedDocument written = TestDocs.of(dated, POS);
        assertEquals(java.time.LocalDate.of(2025, 3, 3), in2022.dateOf(written), "the text's own date wins");
        assertEquals("western_official", in2022.assign(List.of(said(dated, "Donald Trump", "Donald Trump", null)),
                written).get(0).camp());
    }

    @Test
    void theRelayingOutletDecidesWhenNoSpeakerIsNamedAndStateMediaIsRecognised() {
        String text = "Selon TASS, les troupes reculent.";
        Attribution a = ASSIGNER.assign(List.of(said(text, null, null, "TASS")), TestDocs.of(text, POS)).get(0);
        assertEquals("russia_state_media", a.camp());
        assertTrue(ASSIGNER.fromStateMedia(a));
        assertTrue(!ASSIGNER.fromStateMedia(said(text, null, "Reuters", "Reuters")), "Reuters is not state media");
    }

    @Test
    void anUndatedArticleIsDatedByTheLatestDateItWrites() {
        String dated = "Le 8 septembre 2022, Boris Johnson a dit que rien ne change.";
        Attribution a = ASSIGNER.assign(List.of(said(dated, "Boris Johnson", null, null)), TestDocs.of(dated, POS))
                .get(0);
        assertEquals("expert_or_other", a.camp(), "out of office since 6 September 2022");
        String undated = "Boris Johnson a dit que rien ne change.";
        a = ASSIGNER.assign(List.of(said(undated, "Boris Johnson", null, null)), TestDocs.of(undated, POS)).get(0);
        assertEquals("western_official", a.camp(), "no date anywhere: his latest period applies");
        String war = "Depuis l'invasion russe de l'Ukraine, Angela Merkel a dit que rien ne change.";
        a = ASSIGNER.assign(List.of(said(war, "Angela Merkel", null, null)), TestDocs.of(war, POS)).get(0);
        assertEquals("expert_or_other", a.camp(), "a text naming the invasion is from 24 February 2022 on at least");
    }

    @Test
    void aMediumWithoutSideIsIndependentUnlessTheArticlePlacedItBefore() {
        String text = "Le journal a écrit que rien ne change.";
        Attribution a = ASSIGNER.assign(List.of(said(text, "Le journal", null, null)), TestDocs.of(text, POS)).get(0);
        assertEquals("independent_media", a.camp());
        assertEquals("media-no-side:journal", a.campRule());
        String rt = "La chaîne RT a affirmé que tout va bien. La chaîne a ajouté que rien ne change.";
        List<Attribution> out = ASSIGNER.assign(List.of(said(rt, "La chaîne RT", null, null),
                said(rt, "La chaîne", null, null, rt.lastIndexOf("La chaîne"))), TestDocs.of(rt, POS));
        assertEquals(List.of("russia_state_media", "russia_state_media"), out.stream().map(Attribution::camp).toList());
        assertEquals("anaphor:La chaîne RT", out.get(1).campRule());
    }
}
