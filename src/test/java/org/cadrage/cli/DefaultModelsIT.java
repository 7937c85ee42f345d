package org.cadrage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadrage.classify.FramingModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped models load with this code, and the README's commands reproduce them: {@code train} on the SemEval
 * data gives the committed genre model byte for byte in its payload (same model id) with the reported
 * cross-validated score, and {@code evaluate} prints the training-set figures its report states.
 */
class DefaultModelsIT {
    private static final Path SHARED = Path.of(System.getProperty("cadrage.shared", "../shared"));
    private static final Path MODELS = Path.of("training/models");

    private static String run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(args, new PrintWriter(o, true), new PrintWriter(e, true));
        assertEquals(0, code, String.join(" ", args) + "\n" + o + "\n" + e);
        return o.toString();
    }

    private static String reportId(String task) throws Exception {
        Matcher m = Pattern.compile("Model `([^`]+)`").matcher(Files.readString(MODELS.resolve(task + ".report.md")));
        assertTrue(m.find(), "model id in the report of " + task);
        return m.group(1);
    }

    @Test
    void shippedModelsLoadAndGenreIsReproduced(@TempDir Path dir) throws Exception {
        for (String task : ModelOptions.DEFAULT_TASKS) {
            assertEquals(reportId(task), FramingModel.load(MODELS.resolve(task + ".model")).id(), task);
        }
        Path data = SHARED.resolve("data/semeval2023-fr");
        Path model = dir.resolve("genre.model");
        String trained = run("train", "--data", data.toString(), "--task", "genre", "--out", model.toString(),
                "--learning-curve", "--cache", dir.resolve("cache").toString(), "--lexicon",
                SHARED.resolve("data/lexicons/pattern-fr-sentiment/fr-sentiment.xml").toString());
        assertTrue(trained.startsWith(reportId("genre") + ":"), "same model id as the shipped one:\n" + trained);
        assertTrue(trained.contains("macroF1 0.615"), trained);

        String report = Files.readString(MODELS.resolve("genre.report.md"));
        Matcher fit = Pattern.compile("bag-of-words micro-F1 ([0-9.]+)").matcher(report);
        assertTrue(fit.find());
        Matcher selectedFit = Pattern.compile("selected micro-F1 ([0-9.]+)").matcher(report);
        assertTrue(selectedFit.find());
        String evaluated = run("evaluate", "--model", MODELS.resolve("genre.model").toString(), "--data",
                data.toString(), "--cache", dir.resolve("cache").toString());
        assertTrue(evaluated.matches("(?s).*selected\\s+" + Pattern.quote(selectedFit.group(1)) + ".*"),
                "selected training-set micro-F1 " + selectedFit.group(1) + " as reported:\n" + evaluated);
        assertTrue(evaluated.matches("(?s).*baseline: bag-of-words\\s+" + Pattern.quote(fit.group(1)) + ".*"),
                "bag-of-words training-set micro-F1 " + fit.group(1) + " as reported:\n" + evaluated);
    }
}
