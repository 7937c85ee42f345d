package org.cadrage.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
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
        description = "Score hedges, credits and attributions against a gold annotation (offsets + labels, see training/annotations).")
final class EvaluateExtractionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold *.json files.")
    Path gold;

    @Option(names = "--corpus", paramLabel = "PATH",
            description = "Folder holding the annotated texts, or a SemEval paragraph file (id<TAB>line<TAB>text) whose "
                    + "articles are rebuilt as article<id>.txt (default: what the gold folder's corpus.path names).")
    Path corpus;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Also write every disagreement at overlap 0.3 (missed, false alarm, wrong kind, speaker or "
                    + "camp) as a tab-separated file, with the text concerned.")
    Path errors;

    @Option(names = "--assume-date", paramLabel = "YYYY-MM-DD",
            description = "Look offices up on this date for a text with no publication date that writes no date "
                    + "either (default: none; see analyze --assume-date).")
    LocalDate assumeDate;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<String> lines = new java.util.ArrayList<>();
        List<ExtractionEvaluator.Score> scores =
                new ExtractionEvaluator(new Analyzer(new CoreNlpAnnotator(), List.of(), assumeDate))
                        .evaluate(gold, corpus, lines::add);
        if (errors != null) {
            lines.add(0, ExtractionEvaluator.ERROR_COLUMNS);
            java.nio.file.Files.write(errors, lines, java.nio.charset.StandardCharsets.UTF_8);
        }
        out.printf(Locale.ROOT, "%-12s %7s %5s %5s %5s %9s %7s %7s %10s %9s %9s%n", "category", "overlap", "tp", "fp",
                "fn", "precision", "recall", "F1", "kind agree", "speaker", "camp");
        for (ExtractionEvaluator.Score s : scores) {
            int tp = s.prf().truePositives();
            boolean att = s.category().equals("attributions");
            out.printf(Locale.ROOT, "%-12s %7.1f %5d %5d %5d %9.3f %7.3f %7.3f %10s %9s %9s%n", s.category(),
                    s.threshold(), tp, s.prf().falsePositives(), s.prf().falseNegatives(), s.prf().precision(),
                    s.prf().recall(), s.prf().f1(), rate(s.kindAgree(), tp), att ? rate(s.speakerAgree(), tp) : "-",
                    att ? rate(s.campAgree(), tp) : "-");
        }
        out.println("Matching: one to one on spans (attributions: on content), overlap = common characters / longer "
                + "span; kind, speaker and camp agreement are shares of the matched pairs.");
        return 0;
    }

    private static String rate(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) part / whole);
    }
}
