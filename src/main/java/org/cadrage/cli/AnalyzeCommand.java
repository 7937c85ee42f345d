package org.cadrage.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cadrage.ingest.InputException;
import org.cadrage.classify.FramingModel;
import org.cadrage.ingest.Ingestor;
import org.cadrage.model.RunSummary;
import org.cadrage.nlp.corenlp.CoreNlpAnnotator;
import org.cadrage.pipeline.AnalyzeService;
import org.cadrage.pipeline.AnalyzeSettings;
import org.cadrage.pipeline.Analyzer;
import org.cadrage.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cadrage analyze}: articles in, {@code analysis.jsonl} and {@code run.json} out. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse French articles (.txt with manifest.csv, .jsonl, .csv, SemEval folders).")
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders, any mix of formats.")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("out");

    @Option(names = "--threads", description = "Worker threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "Workspace folder the analyses are also stored in (default: ${DEFAULT-VALUE}).")
    Path workspace = Path.of("cadrage-workspace");

    @Option(names = "--no-workspace", description = "Write only analysis.jsonl and run.json, no workspace.")
    boolean noWorkspace;

    @Option(names = "--no-progress", description = "No progress bar (it is shown only on a terminal anyway).")
    boolean noProgress;

    @Option(names = "--model", paramLabel = "MODEL",
            description = "Framing model to apply (repeatable); default: the models shipped in training/models/.")
    List<Path> models;

    @Option(names = "--no-models", description = "Apply no framing model.")
    boolean noModels;

    @Option(names = "--assume-date", paramLabel = "YYYY-MM-DD",
            description = "Date on which offices are looked up (source camps) for an article that has no publication "
                    + "date and whose text writes none either, e.g. for an undated corpus known to be from 2022 "
                    + "(default: none: such an article takes each person's latest office). Recorded in run.json.")
    LocalDate assumeDate;

    @Mixin
    IngestOptionsMixin ingest;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AnalyzeSettings settings;
        try {
            settings = new AnalyzeSettings(inputs, this.out, threads, ingest.toOptions(),
                    !noProgress && System.console() != null, noWorkspace ? null : workspace);
        } catch (IllegalArgumentException e) {
            err.println("cadrage analyze: " + e.getMessage());
            return 2;
        }
        RunSummary s;
        try {
            Ingestor.checkInputs(inputs);
            err.println("Loading CoreNLP French models ...");
            List<FramingModel> loaded = noModels ? List.of() : ModelOptions.load(models, err);
            s = new AnalyzeService(new Analyzer(new CoreNlpAnnotator(), loaded, assumeDate)).run(settings, System.err);
        } catch (InputException e) {
            err.println("cadrage analyze: " + e.getMessage());
            return 2;
        } catch (WorkspaceException e) {
            err.println("cadrage analyze: " + e.getMessage());
            return 1;
        }
        out.printf(Locale.ROOT, "%d input units: %d analysed, %d unchanged, %d skipped, %d warnings;"
                        + " %d tokens in %.1f s%n",
                s.unitsSeen(), s.analysed(), s.unchanged(), s.skipped(), s.warnings(), s.tokens(), s.seconds());
        s.issues().stream().limit(20).forEach(i -> out.printf(Locale.ROOT, "  %s %s%s: %s%n",
                i.skipped() ? "skipped" : "warning", i.source(), i.location() == null ? "" : " (" + i.location() + ")",
                i.reason()));
        if (s.issues().size() > 20) {
            out.printf(Locale.ROOT, "  ... %d more in run.json%n", s.issues().size() - 20);
        }
        out.println("Wrote " + settings.out().resolve("analysis.jsonl") + " and " + settings.out().resolve("run.json")
                + (settings.workspace() == null ? "" : "; workspace " + settings.workspace()));
        return s.analysed() + s.unchanged() > 0 ? 0 : 1;
    }
}
