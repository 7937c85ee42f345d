package org.cadrage.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cadrage.nlp.corenlp.CoreNlpAnnotator;
import org.cadrage.pipeline.Analyzer;
import org.cadrage.pipeline.ExtractionEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cadrage evaluate-extraction}: precision, recall and F1 of the extractors against a gold annotation. */
@Command(name = "evaluate-extraction", mixinStandardHelpOptions = true,
        description = "Score hedges and credits against a gold annotation (offsets + labels, see training/annotations).")
final class EvaluateExtractionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold *.json files.")
    Path gold;

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Folder holding the annotated texts.")
    Path corpus;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<ExtractionEvaluator.Score> scores =
                new ExtractionEvaluator(new Analyzer(new CoreNlpAnnotator())).evaluate(gold, corpus);
        out.printf(Locale.ROOT, "%-8s %7s %5s %5s %5s %9s %7s %7s %10s%n", "category", "overlap", "tp", "fp", "fn",
                "precision", "recall", "F1", "kind agree");
        for (ExtractionEvaluator.Score s : scores) {
            out.printf(Locale.ROOT, "%-8s %7.1f %5d %5d %5d %9.3f %7.3f %7.3f %10.3f%n", s.category(), s.threshold(),
                    s.prf().truePositives(), s.prf().falsePositives(), s.prf().falseNegatives(), s.prf().precision(),
                    s.prf().recall(), s.prf().f1(),
                    s.prf().truePositives() == 0 ? 0.0 : (double) s.kindAgree() / s.prf().truePositives());
        }
        return 0;
    }
}
