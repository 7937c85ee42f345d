package org.cadrage.classify.weka;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.cadrage.classify.Learner;
import org.cadrage.classify.Prediction;
import org.cadrage.classify.Row;
import org.cadrage.classify.TaskKind;
import weka.classifiers.Classifier;
import weka.core.Instance;
import weka.core.Instances;

/**
 * A model fitted by {@link WekaLearner}: one Weka classifier (single-label) or one per label with its decision
 * threshold (multi-label, binary relevance). Serializable with plain Java serialization; {@link ModelFile} stores it
 * behind a header and reads it back behind an allow-list.
 *
 * <p>Thread-safe: {@link #predict} is synchronized, because Weka's filters and string attributes are mutable. A
 * {@code null} row is rejected with a {@link NullPointerException}.
 */
public final class WekaModel implements Learner.Model, Serializable {
    private static final long serialVersionUID = 1L;

    private final String learnerName;
    private final TaskKind kind;
    private final String[] labels;
    private final String[] featureNames;
    private final TextVectorizer vectorizer;
    private final double[] scaleMin;
    private final double[] scale;
    private final Head[] heads;
    private final double[] thresholds;

    private transient WekaLearner.Layout layout;

    WekaModel(String learnerName, TaskKind kind, List<String> labels, WekaLearner.Layout layout,
              TextVectorizer vectorizer, List<Head> heads, double[] thresholds) {
        this.learnerName = learnerName;
        this.kind = kind;
        this.labels = labels.toArray(new String[0]);
        this.featureNames = layout.featureNames().toArray(new String[0]);
        this.vectorizer = vectorizer;
        this.scaleMin = layout.min();
        this.scale = layout.scale();
        this.heads = heads.toArray(new Head[0]);
        this.thresholds = thresholds.clone();
    }

    /** The name of the learner that fitted this model, e.g. {@code "Logistic(ridge=1.0,...)"}. */
    public String learnerName() {
        return learnerName;
    }

    /** Single- or multi-label. */
    public TaskKind kind() {
        return kind;
    }

    /** The task's labels, sorted. */
    public List<String> labels() {
        return List.of(labels);
    }

    /** The numeric features the model reads, sorted, without the text's term weights (empty for a text-only model). */
    public List<String> featureNames() {
        return java.util.Arrays.stream(featureNames).filter(f -> !f.startsWith(TextVectorizer.PREFIX)).toList();
    }

    /** Whether the model reads the row's text. */
    public boolean usesText() {
        return vectorizer != null;
    }

    /**
     * Label → decision threshold on its probability (multi-label; {@value WekaLearner#DEFAULT_THRESHOLD} when it
     * could not be tuned). Empty for a single-label model, which predicts the most probable label.
     */
    public SortedMap<String, Double> thresholds() {
        SortedMap<String, Double> map = new TreeMap<>();
        if (kind == TaskKind.MULTI_LABEL) {
            for (int i = 0; i < labels.length; i++) {
                map.put(labels[i], thresholds[i]);
            }
        }
        return Collections.unmodifiableSortedMap(map);
    }

    @Override
    public synchronized Prediction predict(Row row) {
        if (layout == null) {
            layout = new WekaLearner.Layout(List.of(featureNames), scaleMin, scale);
        }
        if (vectorizer != null) {
            row = WekaLearner.withTerms(row, vectorizer.vector(row.text()));
        }
        SortedMap<String, Double> probabilities = new TreeMap<>();
        List<String> predicted = new ArrayList<>();
        if (kind == TaskKind.SINGLE_LABEL) {
            double[] distribution = heads[0].distribution(layout, row);
            int best = 0;
            for (int i = 0; i < labels.length; i++) {
                probabilities.put(labels[i], distribution[i]);
                if (distribution[i] > distribution[best]) {
                    best = i;
                }
            }
            predicted.add(labels[best]);
        } else {
            Instance shared = null; // every binary-relevance head has the class values no/yes: one instance for all
            for (int i = 0; i < labels.length; i++) {
                if (shared == null && heads[i].classifier != null) {
                    shared = heads[i].instance(layout, row);
                }
                double p = heads[i].distribution(shared, row)[1];
                probabilities.put(labels[i], p);
                if (p >= thresholds[i]) {
                    predicted.add(labels[i]);
                }
            }
        }
        return new Prediction(predicted, probabilities);
    }

    /** Serializes under the model's lock, so that a concurrent {@link #predict} cannot change Weka's filters midway. */
    private synchronized void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
    }

    @Override
    public String toString() {
        return "WekaModel(" + learnerName + ", " + kind + ", " + labels.length + " labels)";
    }

    /** One Weka classifier with its class values, or a constant distribution when one class only was seen. */
    static final class Head implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String[] classValues;
        private final Classifier classifier;
        private final double[] constant;

        Head(List<String> classValues, Classifier classifier, double[] constant) {
            this.classValues = classValues.toArray(new String[0]);
            this.classifier = classifier;
            this.constant = constant;
        }

        /**
         * The class distribution for a row, through a fresh one-row data set (nothing of the row is kept). Callers
         * serialize access: Weka's filters are stateful.
         */
        double[] distribution(WekaLearner.Layout layout, Row row) {
            return classifier == null ? constant.clone() : distribution(instance(layout, row), row);
        }

        /** The row as an instance of this head's data set (heads with the same class values may share it). */
        Instance instance(WekaLearner.Layout layout, Row row) {
            Instances data = layout.header(List.of(classValues));
            Instance instance = layout.instance(data, row, -1, 1);
            instance.setDataset(data);
            return instance;
        }

        /** The class distribution for an instance built by {@link #instance} (of this or an equal-valued head). */
        double[] distribution(Instance instance, Row row) {
            if (classifier == null) {
                return constant.clone();
            }
            try {
                return classifier.distributionForInstance(instance);
            } catch (Exception e) {
                throw new IllegalStateException("Weka failed to classify row " + row.id() + ": " + e.getMessage(), e);
            }
        }
    }
}
