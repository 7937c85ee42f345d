package org.cadrage.classify.weka;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.StringToWordVector;

/**
 * A fitted {@link StringToWordVector}: learns its dictionary and IDF weights from the training texts of one fit, and
 * turns a text into sparse named term weights ({@value #PREFIX}{@code term}). A model vectorizes each text once and
 * hands the same vectors to every binary-relevance head and every inner threshold-tuning fold, instead of each head
 * re-tokenizing and re-stemming every text (the dictionary of the inner folds is thus the outer fit's: it sees the
 * inner validation texts, never their labels).
 *
 * <p>{@link #vector} is synchronized (Weka filters are stateful); serializes under the same lock.
 */
final class TextVectorizer implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Prefix of term features, distinct from every numeric feature name. */
    static final String PREFIX = "w:";

    private final StringToWordVector filter;
    private final String[] terms;

    private TextVectorizer(StringToWordVector filter, String[] terms) {
        this.filter = filter;
        this.terms = terms;
    }

    /** A fitted vectorizer and the vectors of the texts it was fitted on, in order. */
    record Fitted(TextVectorizer vectorizer, List<SortedMap<String, Double>> vectors) {
    }

    /** Fits {@code filter} (unfitted, configured) on {@code texts}. */
    static Fitted fit(List<String> texts, StringToWordVector filter) {
        Instances data = header(texts.size());
        for (String text : texts) {
            data.add(new DenseInstance(1, new double[] {data.attribute(0).addStringValue(text)}));
        }
        try {
            filter.setInputFormat(data);
            Instances out = Filter.useFilter(data, filter);
            String[] terms = new String[out.numAttributes()];
            for (int a = 0; a < terms.length; a++) {
                terms[a] = PREFIX + out.attribute(a).name();
            }
            TextVectorizer vectorizer = new TextVectorizer(filter, terms);
            List<SortedMap<String, Double>> vectors = new ArrayList<>();
            for (Instance instance : out) {
                vectors.add(vectorizer.named(instance));
            }
            return new Fitted(vectorizer, vectors);
        } catch (Exception e) {
            throw new IllegalStateException("word vectors failed on " + texts.size() + " texts: " + e.getMessage(), e);
        }
    }

    /** Every term feature name, in dictionary order. */
    List<String> termNames() {
        return List.of(terms);
    }

    /** The non-zero term weights of {@code text}. */
    synchronized SortedMap<String, Double> vector(String text) {
        Instances data = header(1);
        Instance instance = new DenseInstance(1, new double[] {data.attribute(0).addStringValue(text)});
        instance.setDataset(data);
        try {
            if (!filter.input(instance)) {
                throw new IllegalStateException("word-vector filter did not output at once");
            }
            return named(filter.output());
        } catch (Exception e) {
            throw new IllegalStateException("word vectors failed: " + e.getMessage(), e);
        }
    }

    private SortedMap<String, Double> named(Instance instance) {
        SortedMap<String, Double> v = new TreeMap<>();
        for (int i = 0; i < instance.numValues(); i++) {
            double value = instance.valueSparse(i);
            if (value != 0) {
                v.put(terms[instance.index(i)], value);
            }
        }
        return v;
    }

    private static Instances header(int capacity) {
        ArrayList<Attribute> attributes = new ArrayList<>();
        attributes.add(new Attribute(WekaLearner.TEXT_ATTRIBUTE, (List<String>) null));
        return new Instances("text", attributes, capacity);
    }

    private synchronized void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
    }
}
