package org.cadrage.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.cadrage.classify.weka.ModelBundle;
import org.cadrage.classify.weka.ModelFile;
import org.cadrage.classify.weka.ModelFileException;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.Span;
import org.cadrage.model.TaskScores;
import org.cadrage.model.UnitScore;

/**
 * A trained framing model as {@code cadrage train} writes it and {@code analyze} and {@code evaluate} use it: the
 * task's definition (name, single/multi-label, article/paragraph unit, label set), the selected model and the
 * bag-of-words baseline ({@link ModelBundle}), the majority baseline's constant prediction, the part of the sentiment
 * lexicon the training texts used, and the training provenance.
 *
 * <p>Files are written and read through {@link ModelFile} (schema {@value #SCHEMA}, feature-set version
 * {@link FramingFeatures#VERSION}): everything but the Weka payload sits in the JSON header's metadata, checked before
 * the payload is deserialized.
 *
 * <p>Immutable and thread-safe. Null arguments are rejected.
 */
public final class FramingModel {
    /** The model-file schema of framing models. */
    public static final String SCHEMA = "cadrage-framing-model/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Which of the file's models to use. */
    public enum Variant {
        /** The model chosen by cross-validation. */
        SELECTED,
        /** Logistic regression on word unigrams. */
        BAG_OF_WORDS,
        /** The majority-class constant. */
        MAJORITY
    }

    private final String task;
    private final TaskKind kind;
    private final Unit unit;
    private final List<String> labelSet;
    private final ModelBundle bundle;
    private final Prediction majority;
    private final SentimentLexicon lexicon;
    private final String id;
    private final JsonNode metadata;

    private FramingModel(String task, TaskKind kind, Unit unit, List<String> labelSet, ModelBundle bundle,
                         Prediction majority, SentimentLexicon lexicon, String id, JsonNode metadata) {
        this.task = task;
        this.kind = kind;
        this.unit = unit;
        this.labelSet = List.copyOf(labelSet);
        this.bundle = bundle;
        this.majority = majority;
        this.lexicon = lexicon;
        this.id = id;
        this.metadata = metadata;
    }

    /**
     * Writes a model file and returns the model as it will be read back.
     *
     * @param training the training provenance and results (an object; stored under {@code "training"})
     */
    public static FramingModel save(Path file, LabeledSet set, ModelBundle bundle, Prediction majority,
                                    SentimentLexicon lexicon, ObjectNode training) throws IOException {
        ObjectNode meta = JSON.createObjectNode();
        meta.put("task", set.task());
        meta.put("kind", set.kind().name());
        meta.put("unit", set.unit().name());
        ArrayNode labels = meta.putArray("labelSet");
        set.labelSet().forEach(labels::add);
        ObjectNode m = meta.putObject("majority");
        ArrayNode ml = m.putArray("labels");
        majority.labels().forEach(ml::add);
        ObjectNode mp = m.putObject("probabilities");
        majority.probabilities().forEach(mp::put);
        ObjectNode lex = meta.putObject("lexicon");
        lexicon.toMap().forEach((w, v) -> {
            ArrayNode a = lex.putArray(w);
            for (double x : v) {
                a.add(x);
            }
        });
        meta.set("training", Objects.requireNonNull(training, "training"));
        ModelFile.Header header = ModelFile.write(file, SCHEMA, FramingFeatures.VERSION, meta, bundle);
        return of(file, header, bundle);
    }

    /**
     * Reads a model file: header checks first (format, schema, feature-set version, hash), then the task definition,
     * then the payload behind the allow-list.
     *
     * @throws ModelFileException naming the file and the reason, for any foreign, damaged or tampered file
     */
    public static FramingModel load(Path file) throws ModelFileException {
        ModelFile.Loaded loaded = ModelFile.read(file, SCHEMA, FramingFeatures.VERSION);
        if (!(loaded.model() instanceof ModelBundle bundle)) {
            throw new ModelFileException(file, "payload is a " + loaded.model().getClass().getSimpleName()
                    + ", not a framing model bundle");
        }
        return of(file, loaded.header(), bundle);
    }

    private static FramingModel of(Path file, ModelFile.Header header, ModelBundle bundle) throws ModelFileException {
        JsonNode meta = header.metadata();
        String task = text(file, meta, "task");
        TaskKind kind;
        Unit unit;
        try {
            kind = TaskKind.valueOf(text(file, meta, "kind"));
            unit = Unit.valueOf(text(file, meta, "unit"));
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, "metadata has an unknown kind or unit: " + e.getMessage());
        }
        List<String> labels = new ArrayList<>();
        JsonNode ls = meta.get("labelSet");
        if (ls == null || !ls.isArray() || ls.isEmpty()) {
            throw new ModelFileException(file, "metadata has no labelSet");
        }
        ls.forEach(l -> labels.add(l.asText()));
        JsonNode m = meta.path("majority");
        List<String> ml = new ArrayList<>();
        m.path("labels").forEach(l -> ml.add(l.asText()));
        SortedMap<String, Double> mp = new TreeMap<>();
        m.path("probabilities").fields().forEachRemaining(e -> mp.put(e.getKey(), e.getValue().asDouble()));
        if (!labels.containsAll(ml) || !labels.containsAll(mp.keySet())) {
            throw new ModelFileException(file, "majority prediction names labels outside the label set");
        }
        Map<String, double[]> lex = new TreeMap<>();
        JsonNode lexicon = meta.path("lexicon");
        if (!lexicon.isObject()) {
            throw new ModelFileException(file, "metadata has no lexicon object");
        }
        for (var it = lexicon.fields(); it.hasNext(); ) {
            var e = it.next();
            if (!e.getValue().isArray() || e.getValue().size() != 3) {
                throw new ModelFileException(file, "lexicon entry '" + e.getKey() + "' is not [polarity, "
                        + "subjectivity, intensity]");
            }
            lex.put(e.getKey(), new double[] {e.getValue().get(0).asDouble(), e.getValue().get(1).asDouble(),
                e.getValue().get(2).asDouble()});
        }
        String id = task + "-" + header.payloadSha256().substring(0, 12);
        return new FramingModel(task, kind, unit, labels, bundle, new Prediction(ml, mp),
                SentimentLexicon.fromMap(lex), id, meta);
    }

    private static String text(Path file, JsonNode meta, String field) throws ModelFileException {
        JsonNode n = meta.get(field);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            throw new ModelFileException(file, "metadata has no " + field);
        }
        return n.asText();
    }

    /** The task name, e.g. {@code genre}. */
    public String task() {
        return task;
    }

    public TaskKind kind() {
        return kind;
    }

    public Unit unit() {
        return unit;
    }

    /** The label set, sorted. */
    public List<String> labelSet() {
        return labelSet;
    }

    /** {@code <task>-<first 12 hex digits of the payload's SHA-256>}: names the model in every output. */
    public String id() {
        return id;
    }

    /** The lexicon entries the model uses. */
    public SentimentLexicon lexicon() {
        return lexicon;
    }

    /** The file's metadata (task definition, lexicon, training provenance and results); a copy. */
    public JsonNode metadata() {
        return metadata.deepCopy();
    }

    /** The prediction of one variant for one row. */
    public Prediction predict(Row row, Variant variant) {
        return switch (variant) {
            case SELECTED -> bundle.selected().predict(row);
            case BAG_OF_WORDS -> bundle.bagOfWords().predict(row);
            case MAJORITY -> majority;
        };
    }

    /** The selected model's scores of one analysed article: one unit for article tasks, one per paragraph else. */
    public TaskScores score(ArticleAnalysis analysis) {
        List<UnitScore> units = new ArrayList<>();
        if (unit == Unit.ARTICLE) {
            units.add(unitScore(null, predict(FramingFeatures.articleRow(analysis, lexicon), Variant.SELECTED)));
        } else {
            for (Map.Entry<Span, Row> p : FramingFeatures.paragraphRows(analysis, lexicon)) {
                units.add(unitScore(p.getKey(), predict(p.getValue(), Variant.SELECTED)));
            }
        }
        if (units.isEmpty()) {
            units.add(unitScore(analysis.article().span(), new Prediction(List.of(), zeros())));
        }
        return new TaskScores(task, id, kind == TaskKind.MULTI_LABEL, units);
    }

    private SortedMap<String, Double> zeros() {
        SortedMap<String, Double> z = new TreeMap<>();
        labelSet.forEach(l -> z.put(l, 0.0));
        return z;
    }

    private static UnitScore unitScore(Span span, Prediction p) {
        Map<String, Double> probabilities = new TreeMap<>();
        p.probabilities().forEach((l, v) -> probabilities.put(l, Math.min(1.0, Math.max(0.0, v))));
        return new UnitScore(span, p.labels(), probabilities);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "FramingModel(%s, %s, %s, %d labels)", id, kind, unit, labelSet.size());
    }
}
