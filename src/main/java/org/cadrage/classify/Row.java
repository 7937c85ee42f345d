package org.cadrage.classify;

import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a learner sees of one labeled unit.
 *
 * @param id       the unit's id
 * @param group    the cross-validation group: the outlet when known, else the article id (paragraphs of one article
 *                 never sit on both sides of a split)
 * @param text     the unit's text (for word features)
 * @param features named numeric features (evidence, sentiment, context), sorted by name
 * @param labels   gold labels, sorted; empty when unknown (scoring new text)
 */
public record Row(String id, String group, String text, SortedMap<String, Double> features, List<String> labels) {
    public Row {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(text, "text");
        features = new TreeMap<>(features);
        labels = List.copyOf(labels);
    }
}
