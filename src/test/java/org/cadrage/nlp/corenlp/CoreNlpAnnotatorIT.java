package org.cadrage.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cadrage.model.Article;
import org.cadrage.model.Boilerplate;
import org.cadrage.model.BoilerplateKind;
import org.cadrage.model.SourceRef;
import org.cadrage.model.Span;
import org.cadrage.nlp.AnnotatedDocument;
import org.cadrage.nlp.Sentence;
import org.cadrage.nlp.Token;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorIT {
    private final CoreNlpAnnotator nlp = SharedCoreNlp.get();

    @Test
    void offsetsIndexTheOriginalTextEvenWithTypographicCharacters() {
        String text = "Le chef de l\u2019OTAN a déclaré\u00A0: «\u202FNous n\u2019avons rien vu\u202F», a-t-il ajouté."
                + "\n\nL'armée du Nord se serait tournée vers Kiev.";
        AnnotatedDocument doc = nlp.annotate(Article.of("t", text));
        assertEquals(2, doc.sentences().size(), "blank line and full stop break sentences");
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                assertTrue(t.end() <= text.length());
                String surface = text.substring(t.start(), t.end());
                // multi-word tokens (du = de + le) carry the surface word's offsets
                assertTrue(surface.replace('\u2019', '\'').equals(t.word()) || surface.equals("du")
                        || surface.equals("au") || surface.equals("aux"), t + " vs '" + surface + "'");
            }
        }
        Token elided = doc.sentences().get(0).tokens().get(3);
        assertEquals("l\u2019", text.substring(elided.start(), elided.end()));
        assertEquals("DET", elided.pos(), "typographic apostrophe is tagged like the straight one");
        assertTrue(doc.sentences().get(0).tokens().stream().anyMatch(t -> t.word().equals("-t-il")),
                "inverted subject clitic stays one token");
        List<Token> second = doc.sentences().get(1).tokens();
        assertTrue(second.stream().filter(t -> t.word().equals("de") || t.word().equals("le")).count() >= 2,
                "du is split into de + le");
        assertTrue(second.stream().anyMatch(t -> t.word().equals("serait") && t.pos().equals("AUX")));
        assertTrue(second.stream().anyMatch(t -> t.deprel().equals("nsubj")), "dependency parse present");
        assertTrue(doc.sentences().get(0).tokens().stream().anyMatch(t -> t.ner().equals("ORG")), "NER label type only");
    }

    @Test
    void boilerplateAndTextOutsideTheArticleAreNotAnnotated() {
        String doc = "Titre de page\n\nLa Russie a annoncé un retrait.\n\nAcceptez nos cookies pour continuer.";
        int start = doc.indexOf("La Russie");
        int cookie = doc.indexOf("Acceptez");
        Article a = new Article("p", new SourceRef("p.txt", null, "0".repeat(64)), doc, new Span(start, doc.length()),
                null, null, null, null, Map.of(), Map.of(),
                List.of(new Boilerplate(new Span(cookie, doc.length()), BoilerplateKind.COOKIE_BANNER)), List.of());
        AnnotatedDocument annotated = nlp.annotate(a);
        assertEquals(1, annotated.sentences().size());
        Sentence s = annotated.sentences().get(0);
        assertEquals(start, s.start());
        assertEquals("La Russie a annoncé un retrait.", doc.substring(s.start(), s.end()));
    }
}
