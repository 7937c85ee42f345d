package org.cadrage.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cadrage.ingest.InputException;
import org.cadrage.ingest.Ingestor;
import org.cadrage.nlp.corenlp.CoreNlpAnnotator;
import org.cadrage.pipeline.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cadrage bench}: throughput of the whole analyze path against bare CoreNLP, on one thread. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure tokens/s and articles/s of analyze and of bare CoreNLP on the same texts.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT")
    List<Path> inputs;

    @Option(names = "--repeat", description = "Measured repeats after one warm-up (default: ${DEFAULT-VALUE}).")
    int repeat = 5;

    @Option(names = "--model", paramLabel = "MODEL", description = "Framing model (repeatable; default: the shipped"
            + " models).")
    List<Path> models;

    @Option(names = "--no-models", description = "Benchmark without framing models.")
    boolean noModels;

    @Mixin
    IngestOptionsMixin ingest;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try {
            Ingestor.checkInputs(inputs);
        } catch (InputException e) {
            spec.commandLine().getErr().println("cadrage bench: " + e.getMessage());
            return 2;
        }
        java.util.List<org.cadrage.classify.FramingModel> loaded = noModels ? java.util.List.of()
                : ModelOptions.load(models, spec.commandLine().getErr());
        Benchmark.Result r = new Benchmark(new CoreNlpAnnotator(), loaded).run(inputs, ingest.toOptions(), repeat);
        out.printf(Locale.ROOT, "corpus: %d articles, %d tokens; %d measured repeats after 1 warm-up; 1 thread%n",
                r.articles(), r.tokens(), r.repeats());
        out.printf(Locale.ROOT, "%-28s %12s %12s %10s%n", "path", "tokens/s", "articles/s", "seconds");
        out.printf(Locale.ROOT, "%-28s %12.0f %12.2f %10.2f%n", "bare CoreNLP", r.bareTokensPerSecond(),
                r.bareArticlesPerSecond(), r.bareSeconds());
        out.printf(Locale.ROOT, "%-28s %12.0f %12.2f %10.2f%n", "cadrage analyze (whole)", r.wholeTokensPerSecond(),
                r.wholeArticlesPerSecond(), r.wholeSeconds());
        out.printf(Locale.ROOT, "pipeline overhead on top of CoreNLP: %+.1f%% (whole/bare = %.3f)%n",
                100 * r.overhead(), 1 + r.overhead());
        out.printf(Locale.ROOT, "pipeline's own work timed alone (ingest, extractors, scores, JSON): %.3f s = %.2f%% of "
                + "bare CoreNLP time%n", r.ownSeconds(), 100 * r.ownShare());
        out.printf(Locale.ROOT, "framing models (%d) timed alone: %.3f s = %.2f%% of the analysis without them%n",
                loaded.size(), r.modelSeconds(), 100 * r.modelShare());
        out.printf(Locale.ROOT, "peak heap: %.0f MB (max %.0f MB)%n", r.peakHeapBytes() / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
        return 0;
    }
}
