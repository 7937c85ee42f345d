package org.cadrage.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cadrage.classify.FramingModel;
import org.cadrage.extract.attribution.AttributionExtractor;
import org.cadrage.extract.camp.CampAssigner;
import org.cadrage.extract.credit.CreditExtractor;
import org.cadrage.extract.hedge.HedgeExtractor;
import org.cadrage.model.Article;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.Attribution;
import org.cadrage.model.Credit;
import org.cadrage.model.Evidence;
import org.cadrage.model.Hedge;
import org.cadrage.model.Scope;
import org.cadrage.model.TaskScores;
import org.cadrage.nlp.AnnotatedDocument;
import org.cadrage.nlp.Annotator;
import org.cadrage.score.MetricsCalculator;

/**
 * The analysis of one article, stage by stage: annotate, extract, score. Thread-safe: one instance serves all
 * worker threads of a run.
 */
public final class Analyzer {
    /** Data files whose content changes results; hashed into the pipeline id. */
    private static final List<String> DATA_FILES = List.of(
            "/org/cadrage/extract/hedge/conditional-stems.tsv",
            "/org/cadrage/extract/hedge/function-words.tsv",
            "/org/cadrage/extract/hedge/hedge-markers.tsv",
            "/org/cadrage/extract/hedge/reporting-verbs.tsv",
            "/org/cadrage/extract/credit/outlets.tsv",
            "/org/cadrage/extract/credit/mention-cues.tsv",
            "/org/cadrage/extract/attribution/attribution-words.tsv",
            "/org/cadrage/extract/attribution/reporting-verbs.tsv",
            "/org/cadrage/extract/camp/actors.tsv",
            "/org/cadrage/extract/camp/titles.tsv",
            "/org/cadrage/ingest/boilerplate.tsv",
            "/org/cadrage/ingest/page-signals.tsv",
            "/org/cadrage/ingest/csv-columns.tsv");

    private final Annotator annotator;
    private final HedgeExtractor hedges = new HedgeExtractor();
    private final CreditExtractor credits = new CreditExtractor();
    private final AttributionExtractor attributions = new AttributionExtractor();
    private final CampAssigner camps;
    private final List<FramingModel> models;
    private final LocalDate assumedDate;

    /** An analyzer without framing models. */
    public Analyzer(Annotator annotator) {
        this(annotator, List.of());
    }

    /**
     * @param models framing models whose scores are added to each analysis (at most one per task)
     * @throws IllegalArgumentException when two models are for the same task
     */
    public Analyzer(Annotator annotator, List<FramingModel> models) {
        this(annotator, models, null);
    }

    /**
     * @param models      framing models whose scores are added to each analysis (at most one per task)
     * @param assumedDate the date offices are looked up on for an article with no publication date whose text writes
     *                    none (« --assume-date »), or {@code null}: see {@link CampAssigner#dateOf}
     * @throws IllegalArgumentException when two models are for the same task
     */
    public Analyzer(Annotator annotator, List<FramingModel> models, LocalDate assumedDate) {
        this.annotator = annotator;
        this.assumedDate = assumedDate;
        this.camps = CampAssigner.load(assumedDate);
        this.models = List.copyOf(models);
        if (this.models.stream().map(FramingModel::task).distinct().count() != this.models.size()) {
            throw new IllegalArgumentException("two models for the same task: "
                    + this.models.stream().map(FramingModel::id).toList());
        }
    }

    /** The framing models applied to each article. */
    public List<FramingModel> models() {
        return models;
    }

    public Annotator annotator() {
        return annotator;
    }

    /** The date assumed for undated articles, or {@code null}. */
    public LocalDate assumedDate() {
        return assumedDate;
    }

    public ArticleAnalysis analyze(Article article) {
        return analyze(annotator.annotate(article));
    }

    /**
     * Extraction and scoring of an already annotated document: credits, attributions with their camps, hedges
     * whose scope is {@code attributed} when they lie inside an attribution's content, then the metrics.
     */
    public ArticleAnalysis analyze(AnnotatedDocument doc) {
        List<Credit> c = credits.extract(doc);
        List<Attribution> a = camps.assign(attributions.extract(doc), doc);
        List<Hedge> h = hedges.extract(doc).stream()
                .map(x -> x.withScope(a.stream().anyMatch(at -> at.content().contains(x.span()))
                        ? Scope.ATTRIBUTED : Scope.NARRATOR))
                .toList();
        Evidence evidence = new Evidence(h, c, a, doc.article().boilerplate());
        ArticleAnalysis analysis = new ArticleAnalysis(doc.article(), evidence, MetricsCalculator.compute(
                doc.tokenCount(), doc.sentences().size(), evidence, camps::fromStateMedia));
        if (models.isEmpty()) {
            return analysis;
        }
        Map<String, TaskScores> scores = new TreeMap<>();
        for (FramingModel m : models) {
            scores.put(m.task(), m.score(analysis));
        }
        return analysis.withScores(scores);
    }

    /**
     * First 16 hex digits of a SHA-256 over the tool version, the annotator id, every data file the extractors read
     * and the assumed date when one is set: equal ids mean equal results for equal texts.
     */
    public String pipelineId() {
        StringBuilder sb = new StringBuilder(BuildInfo.version()).append('\n').append(annotator.id()).append('\n');
        if (assumedDate != null) {
            sb.append("assume-date=").append(assumedDate).append('\n');
        }
        for (String f : DATA_FILES) {
            try (InputStream in = Analyzer.class.getResourceAsStream(f)) {
                if (in == null) {
                    throw new IllegalStateException("data file " + f + " is missing from the classpath");
                }
                sb.append(f).append('=').append(BuildInfo.sha256(in.readAllBytes())).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return BuildInfo.sha256(sb.toString()).substring(0, 16);
    }
}
