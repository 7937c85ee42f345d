/**
 * Wires the stages in order (ingest → nlp → extract → score → report) for the {@code analyze} and
 * {@code bench} jobs. The only package that sees every stage.
 */
package org.cadrage.pipeline;
