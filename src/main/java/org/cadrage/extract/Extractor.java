package org.cadrage.extract;

import java.util.List;
import org.cadrage.nlp.AnnotatedDocument;

/**
 * Finds one kind of evidence in an annotated document. Implementations are stateless and thread-safe; they never
 * return {@code null}, and every item's offsets index {@link AnnotatedDocument#text()} so that
 * {@code text.substring(start, end)} equals the item's text.
 */
public interface Extractor<T> {
    List<T> extract(AnnotatedDocument document);
}
