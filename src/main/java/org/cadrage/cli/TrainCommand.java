package org.cadrage.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cadrage.classify.LabelDataException;
import org.cadrage.pipeline.TrainSettings;
import org.cadrage.pipeline.TrainingService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cadrage train}: labeled data in, a model file and its training report out. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a framing model (genre, frames, techniques, or a JSONL task of your own) with"
                + " cross-validated learner selection, baselines, ablation and confidence intervals.")
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR|FILE",
            description = "SemEval-2023 Task 3 folder or JSONL file of labeled articles.")
    Path data;

    @Option(names = "--task", required = true, paramLabel = "NAME",
            description = "genre, frames, techniques (SemEval) or the JSONL label key.")
    String task;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Model file to write.")
    Path out;

    @Option(names = "--k", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
    int k = 5;

    @Option(names = "--seed", description = "Seed of folds, learners and bootstrap (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--resamples", description = "Bootstrap replicates (default: ${DEFAULT-VALUE}).")
    int resamples = 1000;

    @Option(names = "--learning-curve", description = "Also compute a learning curve (20% to 100% of each fold).")
    boolean learningCurve;

    @Option(names = "--search", paramLabel = "full|quick",
            description = "Learners searched: full (SGD logistic regression, SMO, NaiveBayesMultinomial, RandomForest; two values"
                    + " each) or quick (one setting of SGD logistic regression, SMO and naive Bayes). Default:"
                    + " ${DEFAULT-VALUE}.")
    String search = "full";

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "pattern-fr sentiment lexicon (default: ${DEFAULT-VALUE}).")
    Path lexicon = Path.of("../shared/data/lexicons/pattern-fr-sentiment/fr-sentiment.xml");

    @Mixin
    NlpOptionsMixin nlp;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TrainSettings settings;
        try {
            settings = new TrainSettings(data, task, this.out, k, seed, resamples, learningCurve, search, lexicon,
                    nlp.threads);
        } catch (IllegalArgumentException e) {
            err.println("cadrage train: " + e.getMessage());
            return 2;
        }
        if (!java.nio.file.Files.isRegularFile(lexicon)) {
            err.println("cadrage train: lexicon file " + lexicon + " not found (give --lexicon FILE)");
            return 2;
        }
        TrainingService.Outcome o;
        try {
            err.println("Loading CoreNLP French models ...");
            o = new TrainingService(nlp.analyzer(System.err)).train(settings, System.err);
        } catch (LabelDataException e) {
            err.println("cadrage train: " + e.getMessage());
            return 1;
        }
        String metric = TrainingService.primaryName(o.model().kind());
        out.printf(Locale.ROOT, "%s: %s, cross-validated %s %.3f (bag-of-words %.3f, majority %.3f)%n", o.model().id(),
                o.selected().learner(), metric, TrainingService.primary(o.selected().result(), o.model().kind()),
                TrainingService.primary(o.bagOfWords().result(), o.model().kind()),
                TrainingService.primary(o.majority().result(), o.model().kind()));
        out.printf(Locale.ROOT, "analysis %.1f s, training %.1f s%n", o.analysisSeconds(), o.trainingSeconds());
        out.println("Wrote " + this.out + " and " + o.report());
        return 0;
    }
}
