package org.cadrage.model;

import java.util.Objects;

/**
 * Where an article came from: the input path as given by the user, the 1-based line or record number for
 * line-oriented formats (JSONL, CSV; {@code null} for whole files), and the SHA-256 of the whole input file.
 */
public record SourceRef(String path, Integer line, String sha256) {
    public SourceRef {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        if (line != null && line < 1) {
            throw new IllegalArgumentException("line must be >= 1, got " + line);
        }
    }
}
