package org.cadrage.model;

import java.util.Objects;

/** The result of analysing one article: the article, its evidence and its metrics. */
public record ArticleAnalysis(Article article, Evidence evidence, ArticleMetrics metrics) {
    public ArticleAnalysis {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(metrics, "metrics");
    }
}
