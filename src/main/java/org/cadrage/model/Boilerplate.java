package org.cadrage.model;

import java.util.Objects;

/** A span of the source document recognised as boilerplate and excluded from analysis. */
public record Boilerplate(Span span, BoilerplateKind kind) {
    public Boilerplate {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
    }
}
