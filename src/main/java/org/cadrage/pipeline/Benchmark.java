package org.cadrage.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cadrage.classify.FramingModel;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.TaskScores;
import org.cadrage.ingest.IngestOptions;
import org.cadrage.ingest.InputException;
import org.cadrage.ingest.Ingestor;
import org.cadrage.model.Article;
import org.cadrage.nlp.AnnotatedDocument;
import org.cadrage.nlp.corenlp.CoreNlpAnnotator;
import org.cadrage.report.AnalysisJsonWriter;

/**
 * Measures, in one run and on one thread, the whole {@code analyze} path (ingest, annotation, extraction,
 * scoring, JSON writing) against bare CoreNLP on the same texts. One warm-up pass precedes the measured
 * repeats; the two paths alternate within each repeat so that both see the same machine state.
 */
public final class Benchmark {
    /** Measured figures; seconds are summed over the repeats. */
    public record Result(int articles, long tokens, int repeats, double wholeSeconds, double bareSeconds,
                         double ownSeconds, double modelSeconds, long peakHeapBytes) {
        /** The framing models' cost relative to the whole analysis without them. */
        public double modelShare() {
            return modelSeconds / (wholeSeconds - modelSeconds);
        }

        public double wholeTokensPerSecond() {
            return tokens * (double) repeats / wholeSeconds;
        }

        public double bareTokensPerSecond() {
            return tokens * (double) repeats / bareSeconds;
        }

        public double wholeArticlesPerSecond() {
            return articles * (double) repeats / wholeSeconds;
        }

        public double bareArticlesPerSecond() {
            return articles * (double) repeats / bareSeconds;
        }

        /** The pipeline's own work (extraction, scoring, JSON), timed alone, relative to bare CoreNLP. */
        public double ownShare() {
            return ownSeconds / bareSeconds;
        }

        /** Extra cost of the pipeline's own work relative to CoreNLP: {@code whole / bare - 1}. */
        public double overhead() {
            return wholeSeconds / bareSeconds - 1;
        }
    }

    private final CoreNlpAnnotator annotator;
    private final Analyzer analyzer;
    private final List<FramingModel> models;

    /** @param models framing models whose scoring is part of the whole path and also timed alone */
    public Benchmark(CoreNlpAnnotator annotator, List<FramingModel> models) {
        this.annotator = annotator;
        this.analyzer = new Analyzer(annotator);
        this.models = List.copyOf(models);
    }

    public Result run(List<Path> inputs, IngestOptions options, int repeats) throws InputException, IOException {
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be >= 1, got " + repeats);
        }
        List<Article> articles = ingest(inputs, options);
        if (articles.isEmpty()) {
            throw new InputException("no article to benchmark in " + inputs);
        }
        long tokens = 0;
        for (Article a : articles) { // warm-up of the bare path, and the token count
            tokens += annotator.annotateBare(a.analysisText().substring(a.span().start(), a.span().end()));
        }
        whole(inputs, options); // warm-up of the whole path
        double whole = 0;
        double bare = 0;
        double own = 0;
        double modelTime = 0;
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            for (Article a : articles) {
                annotator.annotateBare(a.analysisText().substring(a.span().start(), a.span().end()));
            }
            long t1 = System.nanoTime();
            long[] ownNanos = whole(inputs, options);
            long t2 = System.nanoTime();
            bare += (t1 - t0) / 1e9;
            whole += (t2 - t1) / 1e9;
            own += ownNanos[0] / 1e9;
            modelTime += ownNanos[1] / 1e9;
        }
        return new Result(articles.size(), tokens, repeats, whole, bare, own, modelTime, peakHeap());
    }

    /**
     * The whole path: read the inputs again, annotate, extract, score, serialise (to a discarding stream).
     *
     * @return nanoseconds spent in the pipeline's own work (ingest, extraction, scoring, framing models and
     *         serialisation), and of those in the framing models
     */
    private long[] whole(List<Path> inputs, IngestOptions options) throws InputException, IOException {
        long t0 = System.nanoTime();
        List<Article> articles = ingest(inputs, options);
        long own = System.nanoTime() - t0;
        long modelNanos = 0;
        try (AnalysisJsonWriter w = new AnalysisJsonWriter(OutputStream.nullOutputStream(), BuildInfo.version(),
                "bench", annotator.id())) {
            for (Article a : articles) {
                AnnotatedDocument doc = annotator.annotate(a);
                long t1 = System.nanoTime();
                ArticleAnalysis analysis = analyzer.analyze(doc);
                long t2 = System.nanoTime();
                Map<String, TaskScores> scores = new TreeMap<>();
                for (FramingModel m : models) {
                    scores.put(m.task(), m.score(analysis));
                }
                long t3 = System.nanoTime();
                w.write(analysis.withScores(scores));
                own += System.nanoTime() - t1;
                modelNanos += t3 - t2;
            }
        }
        return new long[] {own, modelNanos};
    }

    private static List<Article> ingest(List<Path> inputs, IngestOptions options) throws InputException {
        List<Article> articles = new ArrayList<>();
        new Ingestor(options).read(inputs, articles::add, issue -> { });
        return articles;
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
