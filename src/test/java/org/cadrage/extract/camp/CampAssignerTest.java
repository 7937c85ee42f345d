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
        int s = speaker == null ? 0 : text.indexOf(speaker);
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
    void unnamedExpertsAreAnonymousAndAPeskovPronounIsRussian() {
        String text = "Des experts ont dit que rien ne change. Il a dit que rien ne change.";
        AnnotatedDocument doc = TestDocs.of(text, POS);
        List<Attribution> out = ASSIGNER.assign(List.of(said(text, "Des experts", null, null),
                said(text, "Il", "Dmitri Peskov", null)), doc);
        assertEquals("anonymous", out.get(0).camp());
        assertTrue(out.get(0).anonymous());
        assertEquals("russia_official", out.get(1).camp(), "a pronoun takes its antecedent's camp");
    }

    @Test
    void theRelayingOutletDecidesWhenNoSpeakerIsNamedAndStateMediaIsRecognised() {
        String text = "Selon TASS, les troupes reculent.";
        Attribution a = ASSIGNER.assign(List.of(said(text, null, null, "TASS")), TestDocs.of(text, POS)).get(0);
        assertEquals("russia_state_media", a.camp());
        assertTrue(ASSIGNER.fromStateMedia(a));
        assertTrue(!ASSIGNER.fromStateMedia(said(text, null, "Reuters", "Reuters")), "Reuters is not state media");
    }
}
