package org.cadrage.pipeline;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Settings of one {@code cadrage train} run.
 *
 * @param data          a SemEval-2023 Task 3 folder or a JSONL file
 * @param task          the task to train ({@code genre}, {@code frames}, {@code techniques} or a JSONL label key)
 * @param out           the model file to write; the training report goes beside it ({@code .report.md})
 * @param k             cross-validation folds (≥ 2)
 * @param seed          the one seed of folds, learners and bootstrap
 * @param resamples     bootstrap replicates for the confidence intervals
 * @param learningCurve whether to compute a learning curve
 * @param search        {@code full} (every candidate learner) or {@code quick} (one setting of SGD logistic regression, SMO and naive Bayes)
 * @param lexicon       the pattern-fr sentiment lexicon XML
 * @param threads       threads for the NLP analysis
 */
public record TrainSettings(Path data, String task, Path out, int k, long seed, int resamples, boolean learningCurve,
                            String search, Path lexicon, int threads) {
    public TrainSettings {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(lexicon, "lexicon");
        if (k < 2) {
            throw new IllegalArgumentException("--k must be at least 2, got " + k);
        }
        if (resamples < 1) {
            throw new IllegalArgumentException("--resamples must be at least 1, got " + resamples);
        }
        if (!search.equals("full") && !search.equals("quick")) {
            throw new IllegalArgumentException("--search must be full or quick, got '" + search + "'");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        }
    }

    /** The settings as strings, sorted, for provenance. */
    public Map<String, String> describe() {
        Map<String, String> m = new TreeMap<>();
        m.put("data", data.toString());
        m.put("task", task);
        m.put("out", out.toString());
        m.put("k", Integer.toString(k));
        m.put("seed", Long.toString(seed));
        m.put("resamples", Integer.toString(resamples));
        m.put("learningCurve", Boolean.toString(learningCurve));
        m.put("search", search);
        m.put("lexicon", lexicon.toString());
        return m;
    }
}
