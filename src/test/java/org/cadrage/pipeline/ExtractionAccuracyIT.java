package org.cadrage.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cadrage.nlp.corenlp.SharedCoreNlp;
import org.junit.jupiter.api.Test;

/**
 * Pins the extractors' accuracy against our gold annotations (offsets and labels only; the evaluator checks each
 * annotated text's SHA-256 first). Thresholds are regression floors just below the figures the README reports;
 * for attributions they are below the targets (F1 and camp 0.85), which are not met yet.
 */
class ExtractionAccuracyIT {
    private final ExtractionEvaluator evaluator = new ExtractionEvaluator(new Analyzer(SharedCoreNlp.get()));

    @Test
    void seedCorpus() throws Exception {
        List<ExtractionEvaluator.Score> scores = evaluator.evaluate(Path.of("training/annotations/seeds"),
                SharedCoreNlp.shared().resolve("corpus/seeds"));
        check(scores, "credits", 0.3, 0.90, 0.90, 0);
        check(scores, "hedges", 0.3, 0, 0, 0.75);
    }

    @Test
    void demoCorpus() throws Exception {
        List<ExtractionEvaluator.Score> scores = evaluator.evaluate(Path.of("training/annotations/demo"),
                Path.of("examples/corpus"));
        check(scores, "credits", 0.3, 0.90, 0.90, 0);
        check(scores, "hedges", 0.3, 0, 0, 0.80);
    }

    @Test
    void semEvalDevelopmentSet() throws Exception {
        semEval("training/annotations/semeval-heldout");
    }

    @Test
    void semEvalBlindSet() throws Exception {
        semEval("training/annotations/semeval-heldout-2");
    }

    @Test
    void attributionsOnTheSemEvalGold() throws Exception {
        attributions("training/annotations/attributions/semeval", 0.85, 0.92, 0.87);
    }

    /**
     * Set 3 was annotated blind; its errors were studied in sessions 6 to 9 and 11 (F1 0.719 in session 8, 0.762 in 9,
     * 0.772 in 10, 0.822 in 11, 0.830 in 12 and 13, 0.838 in 14).
     */
    @Test
    void attributionsOnTheBlindSemEvalSet3() throws Exception {
        attributions("training/annotations/attributions/semeval-blind3", 0.82, 0.89, 0.80);
    }

    /**
     * Set 4 (14 articles, annotated blind); errors studied in sessions 6 to 9 and 11 (F1 0.766 in session 8, 0.791 in
     * 9, 0.798 in 10, 0.817 in 11, 0.831 in 12 and 13, 0.850 in 14).
     */
    @Test
    void attributionsOnTheBlindSemEvalSet4() throws Exception {
        attributions("training/annotations/attributions/semeval-blind4", 0.84, 0.95, 0.90);
    }

    /**
     * Set 5 (8 articles, annotated blind): totals only, errors never studied (F1 0.598 in session 6, 0.633 in 8, 0.628
     * in 9, 0.634 in 10 and 11, 0.629 in 12 and 13, 0.620 in 14).
     */
    @Test
    void attributionsOnTheBlindSemEvalSet5() throws Exception {
        attributions("training/annotations/attributions/semeval-blind5", 0.61, 0.90, 0.59);
    }

    /**
     * Set 6 (the 5 seed texts, 180 attributions, annotated blind): totals only (F1 0.791 in session 6, 0.809 in 9, 0.806
     * in 10, 0.817 in 11, 12, 13 and 14; camp 0.855 in 12, 0.877 in 13 with the larger gazetteer).
     */
    @Test
    void attributionsOnTheBlindSeedSet6() throws Exception {
        attributions("training/annotations/attributions/seeds-blind6", 0.80, 0.93, 0.86);
    }

    /**
     * Set 7 (12 SemEval test articles rebuilt from the unlabeled paragraph file, 129 attributions, annotated blind in
     * session 7): totals only (F1 0.702, camp 0.582 at its first run; F1 0.705, camp 0.633 in session 8; F1 0.713,
     * camp 0.634 in session 9; F1 0.720, camp 0.647 in session 10; F1 0.743, camp 0.659 in 11; F1 0.739, camp
     * 0.670 in 12; F1 0.739, camp 0.716 in 13 with the larger gazetteer; F1 0.750, camp 0.722 in 14).
     */
    @Test
    void attributionsOnTheBlindSemEvalTestSet7() throws Exception {
        attributions("training/annotations/attributions/semeval-test7", 0.73, 0.89, 0.70);
    }

    /**
     * Set 8 (12 more SemEval test articles, mostly French society and politics and opinion, 127 attributions, annotated
     * blind in session 14 by two helpers who saw neither the code nor its output): totals only (F1 0.645, camp 0.592
     * with the session-13 code at its first run; F1 0.652, camp 0.583 at the end of session 14).
     */
    @Test
    void attributionsOnTheBlindSemEvalTestSet8() throws Exception {
        attributions("training/annotations/attributions/semeval-test8", 0.64, 0.88, 0.56);
    }

    @Test
    void attributionsOnTheDemoGold() throws Exception {
        attributions("training/annotations/attributions/demo", 0.90, 0.95, 0.90);
    }

    /** Floors: F1 at content overlap 0.3, and speaker and camp agreement among the matched attributions. */
    private void attributions(String dir, double minF1, double minSpeaker, double minCamp) throws Exception {
        List<String> errors = new java.util.ArrayList<>();
        ExtractionEvaluator.Score s = evaluator.evaluate(Path.of(dir), null, errors::add).stream()
                .filter(x -> x.category().equals("attributions") && x.threshold() == 0.3).findFirst().orElseThrow();
        int tp = s.prf().truePositives();
        // the error listing holds every miss and false alarm, each with the text concerned
        List<String> att = errors.stream().filter(e -> e.split("\t")[1].equals("attributions")).toList();
        assertEquals(s.prf().falseNegatives(), att.stream().filter(e -> e.split("\t")[2].equals("missed")).count());
        assertEquals(s.prf().falsePositives(),
                att.stream().filter(e -> e.split("\t")[2].equals("false_alarm")).count());
        long speakerErrors = att.stream().filter(e -> e.split("\t")[2].equals("speaker")).count();
        assertTrue(speakerErrors <= tp - s.speakerAgree(), "speaker errors listed " + speakerErrors);
        assertTrue(att.stream().allMatch(e -> e.split("\t").length == 8 && !e.split("\t")[7].isBlank()), att.toString());
        String msg = dir + " " + s;
        assertTrue(tp > 20, msg);
        assertTrue(s.prf().f1() >= minF1, msg);
        assertTrue((double) s.speakerAgree() / tp >= minSpeaker, msg);
        assertTrue((double) s.campAgree() / tp >= minCamp, msg);
    }

    private void semEval(String dir) throws Exception {
        Path gold = Path.of(dir);
        assertTrue(Files.isDirectory(gold), dir);
        List<ExtractionEvaluator.Score> scores = evaluator.evaluate(gold,
                SharedCoreNlp.shared().resolve("data/semeval2023-fr/train-articles-subtask-2"));
        check(scores, "credits", 0.3, 0.80, 0.80, 0);
        check(scores, "hedges", 0.3, 0, 0, 0.70);
    }

    private static void check(List<ExtractionEvaluator.Score> scores, String category, double overlap,
                              double minP, double minR, double minF1) {
        ExtractionEvaluator.Score s = scores.stream()
                .filter(x -> x.category().equals(category) && x.threshold() == overlap).findFirst().orElseThrow();
        String msg = category + " " + s.prf();
        assertTrue(s.prf().truePositives() + s.prf().falseNegatives() > 0, "gold has " + category);
        assertTrue(s.prf().precision() >= minP, msg);
        assertTrue(s.prf().recall() >= minR, msg);
        assertTrue(s.prf().f1() >= minF1, msg);
    }
}
