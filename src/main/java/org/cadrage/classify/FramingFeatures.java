package org.cadrage.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.cadrage.model.Article;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.Span;

/**
 * Turns analysed articles into the {@link Row}s a {@link Learner} sees, the same way at training and at prediction
 * time:
 * <ul>
 *   <li>an <b>article</b> unit: text = the article's text; features = {@link EvidenceFeatures#of} on the article's
 *       span plus the {@link SentimentLexicon} features of the text;</li>
 *   <li>a <b>paragraph</b> unit (a non-blank line of the article, as in SemEval's subtask 3): text = the line;
 *       features = the paragraph's own {@code ev_} and {@code lex_} features plus the whole article's
 *       ({@link EvidenceFeatures#contextOf}, prefixed {@code doc_}) as context.</li>
 * </ul>
 * Rows are grouped by outlet when the article's outlet is known, otherwise by article, so that cross-validation
 * never puts one outlet's (or one article's paragraphs') rows on both sides of a split.
 *
 * <p>Stateless and thread-safe. Null arguments are rejected.
 */
public final class FramingFeatures {
    /** Version of the whole feature extraction; a model trained on another version is refused. */
    public static final String VERSION = "framing-1+" + EvidenceFeatures.VERSION + "+lex-1";

    private FramingFeatures() {
    }

    /**
     * Rows of a labeled set. Articles missing from {@code analyses} (their analysis failed) are left out with their
     * items; the caller lists them.
     *
     * @param analyses the analysis of each article, by article id (analysis ids must be the labeled article ids)
     */
    public static List<Row> rows(LabeledSet set, Map<String, ArticleAnalysis> analyses, SentimentLexicon lexicon) {
        Objects.requireNonNull(lexicon, "lexicon");
        Map<String, LabeledArticle> articles = new TreeMap<>();
        set.articles().forEach(a -> articles.put(a.id(), a));
        List<Row> rows = new ArrayList<>();
        Map<String, SortedMap<String, Double>> contexts = new TreeMap<>();
        for (LabeledItem item : set.items()) {
            ArticleAnalysis analysis = analyses.get(item.articleId());
            if (analysis == null) {
                continue;
            }
            LabeledArticle article = articles.get(item.articleId());
            String group = article != null && article.outlet() != null && !article.outlet().isBlank()
                    ? "outlet:" + article.outlet() : "article:" + item.articleId();
            rows.add(set.unit() == Unit.ARTICLE
                    ? articleRow(item.id(), group, analysis, lexicon, item.labels())
                    : paragraphRow(item.id(), group, analysis, item.span(), lexicon, item.labels(),
                            contexts.computeIfAbsent(item.articleId(), k -> EvidenceFeatures.contextOf(analysis))));
        }
        return rows;
    }

    /** The unlabeled row of a whole article, for prediction. */
    public static Row articleRow(ArticleAnalysis analysis, SentimentLexicon lexicon) {
        return articleRow(analysis.article().id(), analysis.article().id(), analysis, lexicon, List.of());
    }

    /** The unlabeled rows of an article's paragraphs (non-blank lines of its text), in order, with their spans. */
    public static List<Map.Entry<Span, Row>> paragraphRows(ArticleAnalysis analysis, SentimentLexicon lexicon) {
        Article article = analysis.article();
        SortedMap<String, Double> context = EvidenceFeatures.contextOf(analysis);
        List<Map.Entry<Span, Row>> out = new ArrayList<>();
        for (Span span : paragraphs(article)) {
            String id = article.id() + "#" + span.start();
            out.add(Map.entry(span, paragraphRow(id, article.id(), analysis, span, lexicon, List.of(), context)));
        }
        return out;
    }

    /**
     * The paragraphs of an article: its non-blank lines (terminators {@code \n}, {@code \r\n} or {@code \r}), as
     * spans of the source document, whitespace at both ends excluded.
     */
    public static List<Span> paragraphs(Article article) {
        String document = article.document();
        Span span = article.span();
        List<Span> out = new ArrayList<>();
        int start = span.start();
        for (int i = span.start(); i <= span.end(); i++) {
            if (i == span.end() || document.charAt(i) == '\n' || document.charAt(i) == '\r') {
                int s = start;
                int e = i;
                while (s < e && Character.isWhitespace(document.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(document.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    out.add(new Span(s, e));
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static Row articleRow(String id, String group, ArticleAnalysis analysis, SentimentLexicon lexicon,
                                  List<String> labels) {
        String text = analysis.article().text();
        SortedMap<String, Double> f = new TreeMap<>(EvidenceFeatures.of(analysis, analysis.article().span()));
        f.putAll(lexicon.features(text));
        return new Row(id, group, text, f, labels);
    }

    private static Row paragraphRow(String id, String group, ArticleAnalysis analysis, Span span,
                                    SentimentLexicon lexicon, List<String> labels,
                                    SortedMap<String, Double> context) {
        String text = span.of(analysis.article().document());
        SortedMap<String, Double> f = new TreeMap<>(EvidenceFeatures.of(analysis, span));
        f.putAll(lexicon.features(text));
        f.putAll(context);
        return new Row(id, group, text, f, labels);
    }
}
