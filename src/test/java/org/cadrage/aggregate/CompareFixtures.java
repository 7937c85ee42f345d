package org.cadrage.aggregate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cadrage.model.Article;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.ArticleMetrics;
import org.cadrage.model.Evidence;
import org.cadrage.model.SourceRef;
import org.cadrage.model.SourcingIndices;
import org.cadrage.model.Span;
import org.cadrage.model.TaskScores;
import org.cadrage.model.UnitScore;

/** Invented analyses for comparison tests: only the numbers the indices read are filled in. */
public final class CompareFixtures {
    private static final String TEXT = "Texte inventé pour les tests de comparaison.";

    private CompareFixtures() {
    }

    /**
     * An analysis of an invented article.
     *
     * @param sideBalance the side balance, or null (no R/W attribution)
     * @param anonymity   the anonymity rate, or null (no attribution)
     * @param hedges      hedges per 1,000 tokens, or null
     */
    public static ArticleAnalysis analysis(String id, String outlet, LocalDate published, Double sideBalance,
                                           Double anonymity, Double hedges) {
        Article article = new Article(id, new SourceRef("fixture.jsonl", 1, "0".repeat(64)), TEXT,
                new Span(0, TEXT.length()), outlet, published, null, null, Map.of(), Map.of(), List.of(), List.of());
        SourcingIndices sourcing = new SourcingIndices(anonymity == null ? 0 : 10, Map.of(), Map.of(), sideBalance,
                null, anonymity, null, null, null, null, null);
        ArticleMetrics metrics = new ArticleMetrics(1000, 40, 0, 0, hedges, null, 0, 0, null, Map.of(), Map.of(),
                sourcing);
        return new ArticleAnalysis(article, new Evidence(List.of(), List.of(), List.of(), List.of()), metrics);
    }

    /** {@code a} with an article-level genre score giving {@code news} probability {@code pNews}. */
    public static ArticleAnalysis withGenre(ArticleAnalysis a, double pNews) {
        UnitScore unit = new UnitScore(null, List.of(pNews >= 0.5 ? "news" : "opinion"),
                Map.of("news", pNews, "opinion", 1 - pNews));
        return a.withScores(Map.of("genre", new TaskScores("genre", "genre-v1-abc", false, List.of(unit))));
    }
}
