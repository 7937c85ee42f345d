package org.cadrage.model;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The result of analysing one article: the article, its evidence, its metrics and the framing models' scores.
 *
 * @param scores the trained models' outputs keyed by task name, sorted; empty when no model was loaded
 */
public record ArticleAnalysis(Article article, Evidence evidence, ArticleMetrics metrics,
                              Map<String, TaskScores> scores) {
    public ArticleAnalysis {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(metrics, "metrics");
        TreeMap<String, TaskScores> sorted = new TreeMap<>(scores);
        sorted.forEach((task, s) -> {
            if (!task.equals(s.task())) {
                throw new IllegalArgumentException("scores keyed " + task + " are for task " + s.task());
            }
        });
        scores = java.util.Collections.unmodifiableSortedMap(sorted);
    }

    /** An analysis without framing scores. */
    public ArticleAnalysis(Article article, Evidence evidence, ArticleMetrics metrics) {
        this(article, evidence, metrics, Map.of());
    }

    /** This analysis with {@code more} scores added (replacing those of the same task). */
    public ArticleAnalysis withScores(Map<String, TaskScores> more) {
        TreeMap<String, TaskScores> all = new TreeMap<>(scores);
        all.putAll(more);
        return new ArticleAnalysis(article, evidence, metrics, all);
    }
}
