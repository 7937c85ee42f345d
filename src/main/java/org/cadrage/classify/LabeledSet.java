package org.cadrage.classify;

import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A labeled data set for one task, as read from disk.
 *
 * @param task        the task name (genre, frames, techniques, or the user's own)
 * @param kind        single- or multi-label
 * @param unit        articles or paragraphs
 * @param labelSet    every label of the task, sorted (declared by the data, or the union of the labels seen)
 * @param articles    the articles, sorted by id
 * @param items       the labeled units, sorted by id
 * @param warnings    counted problems that did not stop reading (each names its file and line)
 * @param inputHashes file path → SHA-256 of every file read, for provenance
 */
public record LabeledSet(String task, TaskKind kind, Unit unit, List<String> labelSet, List<LabeledArticle> articles,
                         List<LabeledItem> items, List<String> warnings, SortedMap<String, String> inputHashes) {
    public LabeledSet {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        labelSet = List.copyOf(labelSet);
        articles = List.copyOf(articles);
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
        inputHashes = new TreeMap<>(inputHashes);
    }
}
