package org.cadrage.classify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads labeled data from where the user points: a SemEval-2023 Task 3 language folder ({@link SemEvalReader}) or a
 * JSONL file of the user's own labels ({@link JsonlLabeledReader}). Stateless and thread-safe; nulls are rejected.
 */
public final class LabeledData {
    private LabeledData() {
    }

    /**
     * Reads {@code task} from {@code path}.
     *
     * @param path a directory in the SemEval layout, or a {@code .jsonl} file
     * @param task for a directory one of {@link SemEvalReader#TASKS}; for JSONL any task named in its labels
     * @throws IllegalArgumentException when the path is neither, or the task is not a SemEval task for a directory
     * @throws LabelDataException       when the data is malformed
     */
    public static LabeledSet read(Path path, String task) throws LabelDataException {
        if (Files.isDirectory(path)) {
            if (!SemEvalReader.TASKS.contains(task)) {
                throw new IllegalArgumentException("unknown task '" + task + "' for SemEval folder " + path
                        + ": expected one of " + SemEvalReader.TASKS);
            }
            return SemEvalReader.read(path, task);
        }
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl")) {
            if (!Files.isRegularFile(path)) {
                throw new IllegalArgumentException("no such file: " + path);
            }
            return JsonlLabeledReader.read(path, task);
        }
        throw new IllegalArgumentException("cannot read labeled data from " + path
                + ": expected a SemEval-2023 Task 3 language folder (e.g. data/fr) or a .jsonl file");
    }
}
