package org.cadrage.classify;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article of a labeled data set, with its text exactly as read.
 *
 * @param id     the article's identifier in the data set (unique within it)
 * @param text   the full text as decoded; paragraph spans of {@link LabeledItem} index into it
 * @param outlet the outlet when the data says it, else {@code null}; folds are grouped by it when known
 * @param date   publication date when known, else {@code null}
 * @param source the file (and line, for JSONL) the article came from, for error messages
 */
public record LabeledArticle(String id, String text, String outlet, LocalDate date, String source) {
    public LabeledArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        if (id.isBlank()) {
            throw new IllegalArgumentException("blank article id in " + source);
        }
    }
}
