package org.cadrage.nlp;

import java.util.List;
import java.util.Objects;
import org.cadrage.model.Article;
import org.cadrage.model.NormalizedText;

/**
 * An article with its linguistic annotation. Sentences cover only the analysed part of the article (its span minus
 * boilerplate); all offsets are into {@link Article#document()}.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class AnnotatedDocument {
    private final Article article;
    private final List<Sentence> sentences;
    private final String analysisText;
    private final NormalizedText normalized;

    public AnnotatedDocument(Article article, List<Sentence> sentences) {
        this.article = Objects.requireNonNull(article, "article");
        this.sentences = List.copyOf(sentences);
        this.analysisText = article.analysisText();
        this.normalized = NormalizedText.of(analysisText);
    }

    public Article article() {
        return article;
    }

    /** The source document exactly as decoded: every evidence span indexes into this string. */
    public String text() {
        return article.document();
    }

    /** The document with text outside the article and boilerplate blanked (same length as {@link #text()}). */
    public String analysisText() {
        return analysisText;
    }

    /** {@link #analysisText()} normalised for matching, with its offset map. */
    public NormalizedText normalized() {
        return normalized;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences) {
            n += s.tokens().size();
        }
        return n;
    }
}
