package org.cadrage.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.cadrage.ingest.InputException;
import org.cadrage.ingest.Ingestor;
import org.cadrage.model.Article;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.IngestIssue;
import org.cadrage.model.Provenance;
import org.cadrage.model.RunSummary;
import org.cadrage.report.AnalysisJsonWriter;
import org.cadrage.report.RunJsonWriter;

/**
 * The {@code analyze} job: ingest → annotate → extract → score → write, articles streamed through a bounded
 * window of worker threads and written in input order (so output is deterministic whatever the thread count).
 * Memory holds at most {@code 4 × threads} articles at once.
 */
public final class AnalyzeService {
    private final Analyzer analyzer;

    public AnalyzeService(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * Runs the job and writes {@code analysis.jsonl} and {@code run.json} under {@code settings.out()}.
     *
     * @param log where the progress bar goes (usually stderr)
     * @throws InputException when a path the user named is missing, unreadable or of an unknown format
     */
    public RunSummary run(AnalyzeSettings settings, PrintStream log) throws InputException, IOException {
        long t0 = System.nanoTime();
        Files.createDirectories(settings.out());
        Ingestor ingestor = new Ingestor(settings.ingest());
        List<IngestIssue> issues = new ArrayList<>();
        String pipelineId = analyzer.pipelineId();
        Progress progress = new Progress(log, settings.progress(), inputChars(settings.inputs()));
        Deque<Future<Outcome>> window = new ArrayDeque<>();
        int[] analysed = {0};
        long[] tokens = {0};
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        try (AnalysisJsonWriter writer = new AnalysisJsonWriter(settings.out().resolve("analysis.jsonl"),
                BuildInfo.version(), pipelineId, analyzer.annotator().id())) {
            Runnable drainOne = () -> {
                Outcome o = await(window.removeFirst());
                if (o.analysis != null) {
                    try {
                        writer.write(o.analysis);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    analysed[0]++;
                    tokens[0] += o.analysis.metrics().tokens();
                } else {
                    issues.add(o.issue);
                }
            };
            ingestor.read(settings.inputs(), article -> {
                if (article.analysisText().substring(article.span().start(), article.span().end()).isBlank()) {
                    issues.add(IngestIssue.skipped(article.source().path(), article.id(),
                            "no text left once boilerplate is removed"));
                    return;
                }
                window.addLast(pool.submit(() -> analyse(article, progress)));
                while (window.size() > 4 * settings.threads()) {
                    drainOne.run();
                }
            }, issues::add);
            while (!window.isEmpty()) {
                drainOne.run();
            }
        } finally {
            pool.shutdownNow();
        }
        progress.finish();
        Provenance provenance = new Provenance("cadrage", BuildInfo.version(), BuildInfo.gitCommit(),
                analyzer.annotator().id(), pipelineId, BuildInfo.libraries(), describe(settings),
                ingestor.inputHashes());
        int skipped = (int) issues.stream().filter(IngestIssue::skipped).count();
        int warnings = issues.size() - skipped;
        RunSummary summary = new RunSummary(provenance, ingestor.unitsSeen(), analysed[0], skipped, warnings,
                tokens[0], (System.nanoTime() - t0) / 1e9, issues);
        RunJsonWriter.write(settings.out().resolve("run.json"), summary);
        return summary;
    }

    /** The settings and the framing models applied ({@code models}: task=model id, comma-separated). */
    private java.util.Map<String, String> describe(AnalyzeSettings settings) {
        java.util.Map<String, String> m = new java.util.TreeMap<>(settings.describe());
        m.put("models", String.join(",", analyzer.models().stream().map(x -> x.task() + "=" + x.id()).sorted()
                .toList()));
        return m;
    }

    private Outcome analyse(Article article, Progress progress) {
        try {
            ArticleAnalysis a = analyzer.analyze(article);
            progress.done(a.metrics().tokens(), article.span().length());
            return new Outcome(a, null);
        } catch (RuntimeException | StackOverflowError e) {
            progress.done(0, article.span().length());
            return new Outcome(null, IngestIssue.skipped(article.source().path(), article.id(),
                    "analysis failed: " + e));
        }
    }

    private static Outcome await(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Total size of the input files, for the progress bar's ETA. */
    private static long inputChars(List<Path> inputs) {
        long total = 0;
        for (Path p : inputs) {
            try (Stream<Path> walk = Files.walk(p)) {
                total += walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
            } catch (IOException | UncheckedIOException e) {
                // the ingestor reports unreadable paths; the bar just has no ETA for them
            }
        }
        return total;
    }

    private record Outcome(ArticleAnalysis analysis, IngestIssue issue) {
    }
}
