package org.cadrage.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cadrage.classify.FramingModel;
import org.cadrage.classify.weka.ModelFileException;

/** Finds and loads the framing models {@code analyze} applies. */
final class ModelOptions {
    /** The tasks whose default models ship in {@code training/models/}. */
    static final List<String> DEFAULT_TASKS = List.of("genre", "frames", "techniques");

    private ModelOptions() {
    }

    /** The shipped models folder: {@code <cadrage.home>/training/models}, or {@code training/models} here. */
    static Path defaultFolder() {
        String home = System.getProperty("cadrage.home");
        return (home == null ? Path.of(".") : Path.of(home)).resolve("training").resolve("models");
    }

    /**
     * Loads {@code given}, or when it is null or empty the default models that exist (a missing default is reported
     * on {@code err}, not an error).
     *
     * @throws ModelFileException when a model file is missing, foreign, damaged or tampered with
     */
    static List<FramingModel> load(List<Path> given, PrintWriter err) throws ModelFileException {
        List<FramingModel> out = new ArrayList<>();
        if (given != null && !given.isEmpty()) {
            for (Path p : given) {
                if (!Files.isRegularFile(p)) {
                    throw new ModelFileException(p, "no such model file");
                }
                out.add(FramingModel.load(p));
            }
            return out;
        }
        for (String task : DEFAULT_TASKS) {
            Path p = defaultFolder().resolve(task + ".model");
            if (Files.isRegularFile(p)) {
                out.add(FramingModel.load(p));
            } else {
                err.println("note: no default " + task + " model at " + p + " (analysis goes on without it)");
            }
        }
        return out;
    }
}
