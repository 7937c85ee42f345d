package org.cadrage.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.cadrage.classify.FramingModel;

/** The human-readable training report ({@code <model>.report.md}), written from the model's training metadata. */
final class TrainingReport {
    private TrainingReport() {
    }

    static String markdown(FramingModel model, JsonNode t, double analysisSeconds, double trainingSeconds) {
        StringBuilder md = new StringBuilder();
        String metric = t.path("selectionMetric").asText();
        md.append("# Training report: ").append(model.task()).append("\n\n");
        md.append("Model `").append(model.id()).append("` — ").append(model.kind()).append(", unit ")
                .append(model.unit()).append(", ").append(model.labelSet().size()).append(" labels.\n\n");
        md.append(String.format(Locale.ROOT, "- data: `%s` (%d articles, %d rows); skipped articles: %d; warnings: %d%n",
                t.path("settings").path("data").asText(), t.path("articles").asInt(), t.path("rows").asInt(),
                t.path("skippedArticles").size(), t.path("warnings").size()));
        md.append("- selected learner: `").append(t.path("learner").asText()).append("` (by ").append(metric)
                .append(" in ").append(t.path("crossValidation").path("k").asInt())
                .append("-fold grouped stratified cross-validation, seed ").append(t.path("seed").asLong())
                .append(")\n");
        md.append("- feature set: `").append(t.path("featureSetVersion").asText()).append("`; tool ")
                .append(t.path("version").asText()).append(" (commit ").append(t.path("gitCommit").asText())
                .append("), pipeline ").append(t.path("pipelineId").asText()).append('\n');
        md.append(String.format(Locale.ROOT, "- time: analysis %.1f s (annotation cache: a parsed text is never parsed"
                + " again), training %.1f s%n%n", analysisSeconds, trainingSeconds));

        md.append("## Cross-validation (out-of-fold predictions, 95% bootstrap intervals over groups)\n\n");
        md.append("| model | features | micro-F1 | macro-F1 | accuracy |\n|---|---|---|---|---|\n");
        row(md, "selected: " + t.path("learner").asText(), t.path("crossValidation"));
        row(md, "baseline: bag-of-words logistic", t.path("baselines").path("bagOfWords"));
        row(md, "baseline: majority", t.path("baselines").path("majority"));
        md.append('\n');
        margin(md, "bag-of-words", t.path("marginOverBagOfWords"), t, metric);
        margin(md, "majority", t.path("marginOverMajority"), t, metric);
        md.append('\n');

        md.append("## Ablation (selected learner, same folds)\n\n");
        md.append("| model | features | micro-F1 | macro-F1 | accuracy |\n|---|---|---|---|---|\n");
        for (JsonNode r : t.path("ablation")) {
            row(md, r.path("learner").asText(), r);
        }
        md.append("\nTEXT = word n-grams only; EVIDENCE = Cadrage's evidence, sourcing and lexicon features only;"
                + " BOTH = the selected model.\n\n");

        md.append("## Learner search\n\n| learner | features | micro-F1 | macro-F1 | accuracy |\n|---|---|---|---|---|\n");
        for (JsonNode r : t.path("search")) {
            row(md, r.path("learner").asText(), r);
        }
        md.append('\n');
        if (t.path("learningCurve").size() > 0) {
            md.append("## Learning curve (share of each training fold)\n\n| fraction | training rows | micro-F1 |"
                    + " macro-F1 | accuracy |\n|---|---|---|---|---|\n");
            for (JsonNode p : t.path("learningCurve")) {
                md.append(String.format(Locale.ROOT, "| %.1f | %.0f | %s | %s | %s |%n", p.path("fraction").asDouble(),
                        p.path("trainingRows").asDouble(), ci(p, "microF1"), ci(p, "macroF1"), ci(p, "accuracy")));
            }
            md.append('\n');
        }
        md.append("## Per label (selected model, cross-validation)\n\n| label | p | r | f1 | support |\n|---|---|---|---|---|\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = t.path("crossValidation").path("perLabel").fields();
             it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode s = e.getValue();
            md.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d |%n", e.getKey(), s.path("p").asDouble(),
                    s.path("r").asDouble(), s.path("f1").asDouble(), s.path("support").asInt()));
        }
        JsonNode fit = t.path("trainingSetFit");
        md.append(String.format(Locale.ROOT, "%n## Fit on the training data (not an accuracy estimate)%n%n"
                        + "`cadrage evaluate` on the training data itself must print these figures: selected micro-F1 %.3f,"
                        + " macro-F1 %.3f, accuracy %.3f; bag-of-words micro-F1 %.3f, macro-F1 %.3f, accuracy %.3f.%n",
                fit.path("selected").path("microF1").asDouble(), fit.path("selected").path("macroF1").asDouble(),
                fit.path("selected").path("accuracy").asDouble(), fit.path("bagOfWords").path("microF1").asDouble(),
                fit.path("bagOfWords").path("macroF1").asDouble(), fit.path("bagOfWords").path("accuracy").asDouble()));
        return md.toString();
    }

    private static void row(StringBuilder md, String name, JsonNode r) {
        md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", name.replace("|", "/"),
                r.path("features").asText(), ci(r, "microF1"), ci(r, "macroF1"), ci(r, "accuracy")));
    }

    private static String ci(JsonNode r, String metric) {
        JsonNode i = r.path("ci").path(metric);
        return String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", r.path(metric).asDouble(), i.path("low").asDouble(),
                i.path("high").asDouble());
    }

    private static void margin(StringBuilder md, String over, JsonNode m, JsonNode t, String metric) {
        JsonNode i = m.path(metric);
        double selected = t.path("crossValidation").path(metric).asDouble();
        double base = (over.equals("majority") ? t.path("baselines").path("majority")
                : t.path("baselines").path("bagOfWords")).path(metric).asDouble();
        md.append(String.format(Locale.ROOT, "- margin over %s (%s): %+.3f, paired bootstrap 95%% interval [%+.3f, %+.3f]%n",
                over, metric, selected - base, i.path("low").asDouble(), i.path("high").asDouble()));
    }
}
