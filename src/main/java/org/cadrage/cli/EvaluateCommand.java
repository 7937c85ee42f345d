package org.cadrage.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cadrage.classify.FramingModel;
import org.cadrage.classify.LabelDataException;
import org.cadrage.classify.weka.ModelFileException;
import org.cadrage.pipeline.EvaluationService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cadrage evaluate}: a model and held-out labeled data in, metrics out (with the baselines). */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score a trained model on held-out labeled data, beside its bag-of-words and majority"
                + " baselines.")
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "MODEL", description = "Model file from cadrage train.")
    Path model;

    @Option(names = "--data", required = true, paramLabel = "DIR|FILE",
            description = "SemEval-2023 Task 3 folder or JSONL file, labeled for the model's task.")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the metrics JSON here.")
    Path out;

    @Mixin
    NlpOptionsMixin nlp;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FramingModel loaded;
        try {
            loaded = FramingModel.load(model);
        } catch (ModelFileException e) {
            err.println("cadrage evaluate: " + e.getMessage());
            return 2;
        }
        EvaluationService.Outcome o;
        try {
            err.println("Loading CoreNLP French models ...");
            o = new EvaluationService(nlp.analyzer(System.err)).evaluate(loaded, model, data, this.out, nlp.threads,
                    System.err);
        } catch (LabelDataException e) {
            err.println("cadrage evaluate: " + e.getMessage());
            return 1;
        }
        o.warnings().stream().limit(20).forEach(w -> err.println("warning: " + w));
        out.println("model " + loaded.id());
        out.print(EvaluationService.table(o));
        out.flush();
        if (this.out != null) {
            out.println("Wrote " + this.out);
        }
        return 0;
    }
}
