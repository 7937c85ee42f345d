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
import java.util.SortedMap;
import java.util.TreeMap;
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
import org.cadrage.store.Workspace;

/**
 * The {@code analyze} job: ingest → annotate → extract → score → write, articles streamed through a bounded
 * window of worker threads and written in input order (so output is deterministic whatever the thread count).
 * Memory holds at most {@code 4 × threads} articles at once (plus {@value #STORE_BATCH} awaiting the workspace).
 */
public final class AnalyzeService {
    /** Analyses stored per workspace transaction. */
    private static final int STORE_BATCH = 200;
    private final Analyzer analyzer;

    public AnalyzeService(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * Runs the job and writes {@code analysis.jsonl} and {@code run.json} under {@code settings.out()}. With a
     * workspace, articles whose id and text it already holds are counted {@code unchanged} and not analysed again
     * (their stored analysis is written to {@code analysis.jsonl} in its place, so that the file always holds every
     * input article), and every new analysis is also stored there, in batches of {@value #STORE_BATCH} per transaction.
     *
     * @param log where the progress bar goes (usually stderr)
     * @throws InputException when a path the user named is missing, unreadable or of an unknown format
     */
    public RunSummary run(AnalyzeSettings settings, PrintStream log) throws InputException, IOException {
        try (Workspace ws = settings.workspace() == null ? null : Workspace.open(settings.workspace())) {
            return run(settings, log, ws);
        }
    }

    private RunSummary run(AnalyzeSettings settings, PrintStream log, Workspace ws) throws InputException,
            IOException {
        long t0 = System.nanoTime();
        Files.createDirectories(settings.out());
        Ingestor ingestor = new Ingestor(settings.ingest());
        List<IngestIssue> issues = new ArrayList<>();
        String pipelineId = analyzer.pipelineId();
        Progress progress = new Progress(log, settings.progress(), inputChars(settings.inputs()));
        Deque<Future<Outcome>> window = new ArrayDeque<>();
        int[] analysed = {0};
        int[] unchanged = {0};
        String runId = ws == null ? null : ws.beginRun(provenance(settings, pipelineId, new TreeMap<>()),
                settings.describe());
        List<ArticleAnalysis> toStore = new ArrayList<>();
        long[] tokens = {0};
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        try (AnalysisJsonWriter writer = new AnalysisJsonWriter(settings.out().resolve("analysis.jsonl"),
                BuildInfo.version(), pipelineId, analyzer.annotator().id())) {
            Runnable drainOne = () -> {
                Outcome o = await(window.removeFirst());
                if (o.stored) {
                    try {
                        writer.write(o.analysis);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    unchanged[0]++;
                } else if (o.analysis != null) {
                    try {
                        writer.write(o.analysis);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    analysed[0]++;
                    if (ws != null) {
                        toStore.add(o.analysis);
                        if (toStore.size() >= STORE_BATCH) {
                            ws.putAll(toStore, runId);
                            toStore.clear();
                        }
                    }
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
                java.util.Optional<ArticleAnalysis> stored = ws != null
                        && ws.isCurrent(article.id(), Workspace.textSha256(article))
                        ? ws.current(article.id()) : java.util.Optional.empty();
                window.addLast(stored.isPresent()
                        ? java.util.concurrent.CompletableFuture.completedFuture(new Outcome(stored.get(), null, true))
                        : pool.submit(() -> analyse(article, progress)));
                while (window.size() > 4 * settings.threads()) {
                    drainOne.run();
                }
            }, issues::add);
            while (!window.isEmpty()) {
                drainOne.run();
            }
            if (ws != null) {
                ws.putAll(toStore, runId);
            }
        } finally {
            pool.shutdownNow();
        }
        progress.finish();
        Provenance provenance = provenance(settings, pipelineId, ingestor.inputHashes());
        int skipped = (int) issues.stream().filter(IngestIssue::skipped).count();
        int warnings = issues.size() - skipped;
        RunSummary summary = new RunSummary(provenance, ingestor.unitsSeen(), analysed[0], unchanged[0], skipped,
                warnings, tokens[0], (System.nanoTime() - t0) / 1e9, issues);
        RunJsonWriter.write(settings.out().resolve("run.json"), summary);
        if (ws != null) {
            ws.finishRun(runId, summary);
        }
        return summary;
    }

    /** The provenance of a run: settings plus the framing models applied ({@code models}: task=model id, ...). */
    private Provenance provenance(AnalyzeSettings settings, String pipelineId,
                                  SortedMap<String, String> inputs) {
        java.util.Map<String, String> m = new java.util.TreeMap<>(settings.describe());
        m.put("models", String.join(",", analyzer.models().stream().map(x -> x.task() + "=" + x.id()).sorted()
                .toList()));
        if (analyzer.assumedDate() != null) {
            m.put("assumeDate", analyzer.assumedDate().toString());
        }
        return new Provenance("cadrage", BuildInfo.version(), BuildInfo.gitCommit(), analyzer.annotator().id(),
                pipelineId, BuildInfo.libraries(), m, inputs);
    }

    private Outcome analyse(Article article, Progress progress) {
        try {
            ArticleAnalysis a = analyzer.analyze(article);
            progress.done(a.metrics().tokens(), article.span().length());
            return new Outcome(a, null, false);
        } catch (RuntimeException | StackOverflowError e) {
            progress.done(0, article.span().length());
            return new Outcome(null, IngestIssue.skipped(article.source().path(), article.id(),
                    "analysis failed: " + e), false);
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

    /** An analysis done now, one read back from the workspace ({@code stored}: unchanged article), or an issue. */
    private record Outcome(ArticleAnalysis analysis, IngestIssue issue, boolean stored) {
    }
}
