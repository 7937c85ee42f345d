/**
 * Extractors, one per phenomenon ({@code hedge}, {@code credit}, ...). Each reads an
 * {@link org.cadrage.nlp.AnnotatedDocument} and returns evidence with offsets into the source document.
 * Lexicons and registries are data files under {@code src/main/resources/org/cadrage/extract/}.
 * Imports {@code model} and {@code nlp} only.
 */
package org.cadrage.extract;
