package org.cadrage.classify;

import java.util.List;
import java.util.Objects;
import org.cadrage.model.Span;

/**
 * A labeled unit: a whole article or one of its paragraphs.
 *
 * @param id        unique within the set: the article id, or {@code articleId + "#" + paragraph number} (1-based)
 * @param articleId the article it belongs to
 * @param span      the unit's span in the article's text (the whole text for an article)
 * @param labels    its labels, sorted, without duplicates; may be empty for a multi-label task
 */
public record LabeledItem(String id, String articleId, Span span, List<String> labels) {
    public LabeledItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(span, "span");
        labels = List.copyOf(labels.stream().distinct().sorted().toList());
    }
}
