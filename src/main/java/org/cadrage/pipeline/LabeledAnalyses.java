package org.cadrage.pipeline;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cadrage.classify.LabeledArticle;
import org.cadrage.classify.LabeledSet;
import org.cadrage.model.Article;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.SourceRef;
import org.cadrage.model.Span;

/**
 * The analyses of a labeled set's articles, computed once per run with the {@link Analyzer} (whose annotator is
 * normally wrapped in an {@link org.cadrage.nlp.AnnotationCache}, so that a text parsed by an earlier run is not parsed
 * again). An article whose analysis fails is not dropped silently: it is listed in {@link #skipped} with the reason.
 *
 * @param analyses  analysis per article id, sorted
 * @param skipped   article id → reason, sorted
 * @param seconds   wall time spent
 */
public record LabeledAnalyses(Map<String, ArticleAnalysis> analyses, Map<String, String> skipped, double seconds) {
    public LabeledAnalyses {
        analyses = new TreeMap<>(analyses);
        skipped = new TreeMap<>(skipped);
    }

    /** Analyses every article of {@code set} on {@code threads} threads; progress lines go to {@code log}. */
    public static LabeledAnalyses of(LabeledSet set, Analyzer analyzer, int threads, PrintStream log) {
        long t0 = System.nanoTime();
        Map<String, ArticleAnalysis> done = new TreeMap<>();
        Map<String, String> skipped = new TreeMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<ArticleAnalysis>> futures = new ArrayList<>();
            for (LabeledArticle a : set.articles()) {
                futures.add(pool.submit(() -> analyzer.analyze(article(a))));
            }
            for (int i = 0; i < futures.size(); i++) {
                String id = set.articles().get(i).id();
                try {
                    done.put(id, futures.get(i).get());
                } catch (java.util.concurrent.ExecutionException e) {
                    skipped.put(id, "analysis failed: " + e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
                if ((i + 1) % 25 == 0 || i + 1 == futures.size()) {
                    log.printf(java.util.Locale.ROOT, "  analysed %d/%d articles%n", i + 1, futures.size());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new LabeledAnalyses(done, skipped, (System.nanoTime() - t0) / 1e9);
    }

    /** The article a labeled article is analysed as: its whole text, with outlet and date when known. */
    static Article article(LabeledArticle a) {
        return new Article(a.id(), new SourceRef(a.source(), null, BuildInfo.sha256(a.text())), a.text(),
                new Span(0, a.text().length()), a.outlet(), a.date(), null, null, Map.of(), Map.of(), List.of(),
                List.of());
    }
}
