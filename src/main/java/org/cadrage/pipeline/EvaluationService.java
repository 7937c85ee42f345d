package org.cadrage.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.cadrage.classify.EvaluationResult;
import org.cadrage.classify.FramingFeatures;
import org.cadrage.classify.FramingModel;
import org.cadrage.classify.LabelDataException;
import org.cadrage.classify.LabeledData;
import org.cadrage.classify.LabeledSet;
import org.cadrage.classify.Metrics;
import org.cadrage.classify.Row;

/**
 * {@code cadrage evaluate}: scores a model on labeled data it was not trained on, together with the two baselines
 * stored in the model file (bag-of-words logistic regression and majority class, fitted on the same training data),
 * so that the gain is visible in the same run.
 *
 * <p>Labels of the data that the model does not know are scored too (the model never predicts them, so they cost
 * recall) and reported as warnings; a data set of another unit or kind than the model's is refused.
 */
public final class EvaluationService {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Analyzer analyzer;

    public EvaluationService(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The three results and the JSON written. */
    public record Outcome(EvaluationResult selected, EvaluationResult bagOfWords, EvaluationResult majority,
                          ObjectNode json, List<String> warnings) {
    }

    /**
     * @param out the metrics JSON to write, or {@code null}
     * @throws LabelDataException for invalid data or a data set that does not fit the model
     */
    public Outcome evaluate(FramingModel model, Path modelFile, Path data, Path out, int threads, PrintStream log)
            throws LabelDataException, IOException {
        LabeledSet set = LabeledData.read(data, model.task());
        if (set.unit() != model.unit() || set.kind() != model.kind()) {
            throw new LabelDataException(data + ": task " + model.task() + " is " + set.kind() + "/" + set.unit()
                    + " in the data but " + model.kind() + "/" + model.unit() + " in the model " + modelFile);
        }
        List<String> warnings = new ArrayList<>(set.warnings());
        TreeSet<String> labels = new TreeSet<>(model.labelSet());
        for (String l : set.labelSet()) {
            if (labels.add(l)) {
                warnings.add("label '" + l + "' of the data is unknown to the model (scored: it is never predicted)");
            }
        }
        List<String> labelSet = List.copyOf(labels);
        LabeledAnalyses analyses = LabeledAnalyses.of(set, analyzer, threads, log);
        analyses.skipped().forEach((id, why) -> warnings.add("article " + id + " skipped: " + why));
        List<Row> rows = FramingFeatures.rows(set, analyses.analyses(), model.lexicon());
        if (rows.isEmpty()) {
            throw new LabelDataException("no labeled item to evaluate in " + data);
        }
        EvaluationResult selected = score(model, rows, labelSet, FramingModel.Variant.SELECTED);
        EvaluationResult bow = score(model, rows, labelSet, FramingModel.Variant.BAG_OF_WORDS);
        EvaluationResult majority = score(model, rows, labelSet, FramingModel.Variant.MAJORITY);

        ObjectNode json = selected.toJsonNode();
        json.put("model", model.id());
        ObjectNode baselines = json.putObject("baselines");
        baselines.set("bagOfWords", bow.toJsonNode());
        baselines.set("majority", majority.toJsonNode());
        ObjectNode provenance = json.putObject("provenance");
        provenance.put("tool", "cadrage").put("version", BuildInfo.version()).put("gitCommit", BuildInfo.gitCommit());
        provenance.put("annotator", analyzer.annotator().id()).put("pipelineId", analyzer.pipelineId());
        provenance.put("model", model.id()).put("modelFile", modelFile.toString())
                .put("featureSetVersion", FramingFeatures.VERSION);
        provenance.set("dataSha256", JSON.valueToTree(set.inputHashes()));
        provenance.set("warnings", JSON.valueToTree(warnings));
        if (out != null) {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(out, JSON.writeValueAsString(json) + "\n", StandardCharsets.UTF_8);
        }
        return new Outcome(selected, bow, majority, json, warnings);
    }

    private static EvaluationResult score(FramingModel model, List<Row> rows, List<String> labelSet,
                                          FramingModel.Variant variant) {
        List<List<String>> predicted = new ArrayList<>();
        for (Row r : rows) {
            predicted.add(model.predict(new Row(r.id(), r.group(), r.text(), r.features(), List.of()), variant)
                    .labels());
        }
        return Metrics.evaluate(model.task(), model.kind(), labelSet, rows.stream().map(Row::labels).toList(),
                predicted);
    }

    /** The three results side by side, then the selected model's per-label table. */
    public static String table(Outcome o) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-28s %9s %9s %9s%n", "model", "micro-F1", "macro-F1", "accuracy"));
        line(sb, "selected", o.selected());
        line(sb, "baseline: bag-of-words", o.bagOfWords());
        line(sb, "baseline: majority", o.majority());
        sb.append('\n').append(o.selected().toTable());
        return sb.toString();
    }

    private static void line(StringBuilder sb, String name, EvaluationResult r) {
        sb.append(String.format(Locale.ROOT, "%-28s %9.3f %9.3f %9.3f%n", name, r.microF1(), r.macroF1(),
                r.accuracy()));
    }
}
