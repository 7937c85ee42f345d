/**
 * Linguistic annotation: the {@link org.cadrage.nlp.Annotator} interface and the token/sentence records that
 * extractors read. Imports {@code org.cadrage.model} only; CoreNLP lives in {@code nlp.corenlp}.
 */
package org.cadrage.nlp;
