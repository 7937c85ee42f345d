package org.cadrage.nlp;

import org.cadrage.model.Article;

/**
 * Turns an article into an {@link AnnotatedDocument}. Implementations say whether they are thread-safe; the CoreNLP
 * one is, so one instance serves every worker thread of a run.
 */
public interface Annotator {
    AnnotatedDocument annotate(Article article);

    /** Identifies the annotator and its models, for provenance (e.g. {@code corenlp-4.5.10-french}). */
    String id();
}
