/**
 * Ingest stage: turns input files and folders (plain text with an optional {@code manifest.csv}, JSON Lines, CSV,
 * SemEval-2023 Task 3 article folders) into {@link org.cadrage.model.Article}s, streamed one at a time to a sink,
 * and accounts for every input unit it cannot read as an {@link org.cadrage.model.IngestIssue}. It decodes bytes
 * ({@link org.cadrage.ingest.TextDecoder}), marks boilerplate ({@link org.cadrage.ingest.BoilerplateDetector}) and
 * splits pages holding several articles ({@link org.cadrage.ingest.PageSegmenter}) without ever changing the decoded
 * text. Entry point: {@link org.cadrage.ingest.Ingestor}.
 *
 * <p>May import: {@code org.cadrage.model}, the JDK, and Jackson ({@code com.fasterxml.jackson.databind}) for JSON
 * Lines only. Pattern lists live in documented data files under {@code src/main/resources/org/cadrage/ingest/}.
 */
package org.cadrage.ingest;
