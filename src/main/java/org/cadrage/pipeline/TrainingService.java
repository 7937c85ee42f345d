package org.cadrage.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cadrage.classify.Bootstrap;
import org.cadrage.classify.CrossValidator;
import org.cadrage.classify.EvaluationResult;
import org.cadrage.classify.FeatureSet;
import org.cadrage.classify.FramingFeatures;
import org.cadrage.classify.FramingModel;
import org.cadrage.classify.LabelDataException;
import org.cadrage.classify.LabeledData;
import org.cadrage.classify.LabeledSet;
import org.cadrage.classify.Learner;
import org.cadrage.classify.MajorityLearner;
import org.cadrage.classify.Metrics;
import org.cadrage.classify.Prediction;
import org.cadrage.classify.Row;
import org.cadrage.classify.SentimentLexicon;
import org.cadrage.classify.TaskKind;
import org.cadrage.classify.weka.ModelBundle;
import org.cadrage.classify.weka.WekaLearner;

/**
 * {@code cadrage train}: reads labeled data, analyses each article once (through the annotation cache), builds rows
 * ({@link FramingFeatures}), selects a learner by grouped stratified cross-validation, scores the majority and
 * bag-of-words baselines on the same folds, runs the ablation (text / Cadrage features / both) and optionally a
 * learning curve, fits the selected learner and the bag-of-words baseline on all rows, and writes the model file
 * and a readable report ({@code <model>.report.md}) beside it.
 *
 * <p>The selection metric is macro-F1 for single-label tasks and micro-F1 for multi-label tasks (SemEval-2023 Task 3's
 * official measures); ties go to the earlier candidate. Deterministic for a seed.
 */
public final class TrainingService {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double[] CURVE = {0.2, 0.4, 0.6, 0.8, 1.0};

    private final Analyzer analyzer;

    public TrainingService(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** What a run produced. */
    public record Outcome(FramingModel model, Path report, CrossValidator.Result selected,
                          CrossValidator.Result bagOfWords, CrossValidator.Result majority, double analysisSeconds,
                          double trainingSeconds) {
    }

    /**
     * Trains and writes the model.
     *
     * @throws LabelDataException for unreadable or invalid labeled data (naming file and line)
     * @throws IOException        when the lexicon cannot be read or the model cannot be written
     */
    public Outcome train(TrainSettings s, PrintStream log) throws LabelDataException, IOException {
        LabeledSet set = LabeledData.read(s.data(), s.task());
        log.printf(Locale.ROOT, "Read %d articles, %d %s items, %d labels (%d warnings)%n", set.articles().size(),
                set.items().size(), set.unit().name().toLowerCase(Locale.ROOT), set.labelSet().size(),
                set.warnings().size());
        set.warnings().stream().limit(10).forEach(w -> log.println("  warning: " + w));
        LabeledAnalyses analyses = LabeledAnalyses.of(set, analyzer, s.threads(), log);
        analyses.skipped().forEach((id, why) -> log.println("  skipped article " + id + ": " + why));

        long t0 = System.nanoTime();
        SentimentLexicon full = SentimentLexicon.load(s.lexicon());
        List<Row> rows = FramingFeatures.rows(set, analyses.analyses(), full);
        if (rows.isEmpty()) {
            throw new LabelDataException("no labeled item left to train on in " + s.data());
        }
        Set<String> used = new HashSet<>();
        rows.forEach(r -> used.addAll(SentimentLexicon.lookupKeys(r.text())));
        SentimentLexicon lexicon = full.restrictTo(used);
        List<String> labels = set.labelSet();
        TaskKind kind = set.kind();

        List<WekaLearner> candidates = s.search().equals("full") ? WekaLearner.candidates() : WekaLearner.quick();
        List<CrossValidator.Result> searched = new ArrayList<>();
        CrossValidator.Result best = null;
        WekaLearner bestLearner = null;
        for (WekaLearner candidate : candidates) {
            long c0 = System.nanoTime();
            CrossValidator.Result r = cv(candidate, s).run(set.task(), rows, kind, labels, FeatureSet.BOTH);
            searched.add(r);
            log.printf(Locale.ROOT, "  %-60s %s %.3f (%.0f s)%n", candidate.name(), primaryName(kind),
                    primary(r.result(), kind), (System.nanoTime() - c0) / 1e9);
            if (best == null || primary(r.result(), kind) > primary(best.result(), kind) + 1e-12) {
                best = r;
                bestLearner = candidate;
            }
        }
        WekaLearner bow = WekaLearner.bagOfWordsBaseline();
        CrossValidator.Result bowResult = cv(bow, s).run(set.task(), rows, kind, labels, FeatureSet.TEXT);
        CrossValidator.Result majority = cv(new MajorityLearner(), s).run(set.task(), rows, kind, labels,
                FeatureSet.TEXT);
        List<CrossValidator.Result> ablation = new ArrayList<>();
        ablation.add(cv(bestLearner, s).run(set.task(), rows, kind, labels, FeatureSet.TEXT));
        ablation.add(cv(bestLearner, s).run(set.task(), rows, kind, labels, FeatureSet.EVIDENCE));
        ablation.add(best);
        List<CrossValidator.CurvePoint> curve = s.learningCurve()
                ? cv(bestLearner, s).learningCurve(set.task(), rows, kind, labels, FeatureSet.BOTH, CURVE) : List.of();
        Bootstrap.ConfidenceIntervals margin = difference(set, rows, best, bowResult, s);
        Bootstrap.ConfidenceIntervals marginMajority = difference(set, rows, best, majority, s);

        Learner.Model selectedModel = bestLearner.fit(rows, kind, labels, FeatureSet.BOTH, s.seed());
        Learner.Model bowModel = bow.fit(rows, kind, labels, FeatureSet.TEXT, s.seed());
        Prediction majorityPrediction = new MajorityLearner().fit(rows, kind, labels, FeatureSet.TEXT, s.seed())
                .predict(rows.get(0));
        double trainingSeconds = (System.nanoTime() - t0) / 1e9;

        ObjectNode training = JSON.createObjectNode();
        training.put("tool", "cadrage").put("version", BuildInfo.version()).put("gitCommit", BuildInfo.gitCommit());
        training.put("annotator", analyzer.annotator().id()).put("pipelineId", analyzer.pipelineId());
        training.put("featureSetVersion", FramingFeatures.VERSION);
        training.set("libraries", JSON.valueToTree(BuildInfo.libraries()));
        training.set("settings", JSON.valueToTree(s.describe()));
        training.set("dataSha256", JSON.valueToTree(set.inputHashes()));
        training.put("lexiconSha256", BuildInfo.sha256(Files.readAllBytes(s.lexicon())));
        training.put("articles", set.articles().size()).put("rows", rows.size());
        training.set("skippedArticles", JSON.valueToTree(analyses.skipped()));
        training.set("warnings", JSON.valueToTree(set.warnings()));
        training.put("selectionMetric", primaryName(kind));
        training.put("learner", bestLearner.name());
        training.set("parameters", JSON.valueToTree(bestLearner.parameters()));
        training.put("seed", s.seed());
        training.set("crossValidation", best.toJsonNode());
        ArrayNode search = training.putArray("search");
        searched.forEach(r -> search.add(r.toJsonNode()));
        ObjectNode baselines = training.putObject("baselines");
        baselines.set("majority", majority.toJsonNode());
        baselines.set("bagOfWords", bowResult.toJsonNode());
        training.set("marginOverBagOfWords", JSON.valueToTree(margin));
        training.set("marginOverMajority", JSON.valueToTree(marginMajority));
        ArrayNode abl = training.putArray("ablation");
        ablation.forEach(r -> abl.add(r.toJsonNode()));
        ArrayNode lc = training.putArray("learningCurve");
        for (CrossValidator.CurvePoint p : curve) {
            ObjectNode n = p.result().toJsonNode();
            n.put("fraction", p.fraction()).put("trainingRows", p.trainingRows());
            n.set("ci", JSON.valueToTree(p.ci()));
            lc.add(n);
        }
        ObjectNode resub = training.putObject("trainingSetFit");
        resub.set("selected", fit(set.task(), kind, labels, rows, selectedModel::predict).toJsonNode());
        resub.set("bagOfWords", fit(set.task(), kind, labels, rows, bowModel::predict).toJsonNode());

        FramingModel model = FramingModel.save(s.out(), set, new ModelBundle(selectedModel, bowModel),
                majorityPrediction, lexicon, training);
        Path report = reportPath(s.out());
        Files.writeString(report, TrainingReport.markdown(model, training, analyses.seconds(),
                trainingSeconds), StandardCharsets.UTF_8);
        return new Outcome(model, report, best, bowResult, majority, analyses.seconds(), trainingSeconds);
    }

    /** {@code genre.model} → {@code genre.report.md}. */
    public static Path reportPath(Path model) {
        String name = model.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return model.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".report.md");
    }

    private static CrossValidator cv(Learner learner, TrainSettings s) {
        return new CrossValidator(learner, s.k(), s.seed(), s.resamples());
    }

    private static Bootstrap.ConfidenceIntervals difference(LabeledSet set, List<Row> rows, CrossValidator.Result a,
                                                            CrossValidator.Result b, TrainSettings s) {
        return Bootstrap.pairedDifference(set.task(), set.kind(), set.labelSet(), rows.stream().map(Row::labels)
                        .toList(), a.predictions().stream().map(Prediction::labels).toList(),
                b.predictions().stream().map(Prediction::labels).toList(), rows.stream().map(Row::group).toList(),
                s.resamples(), s.seed());
    }

    static EvaluationResult fit(String task, TaskKind kind, List<String> labels, List<Row> rows,
                                java.util.function.Function<Row, Prediction> model) {
        List<List<String>> predicted = new ArrayList<>();
        for (Row r : rows) {
            predicted.add(model.apply(new Row(r.id(), r.group(), r.text(), r.features(), List.of())).labels());
        }
        return Metrics.evaluate(task, kind, labels, rows.stream().map(Row::labels).toList(), predicted);
    }

    /** The selection metric: macro-F1 for single-label tasks, micro-F1 for multi-label ones. */
    public static double primary(EvaluationResult r, TaskKind kind) {
        return kind == TaskKind.SINGLE_LABEL ? r.macroF1() : r.microF1();
    }

    public static String primaryName(TaskKind kind) {
        return kind == TaskKind.SINGLE_LABEL ? "macroF1" : "microF1";
    }

    private static double round(double seconds) {
        return Math.round(seconds * 10) / 10.0;
    }
}
