package org.cadrage.model;

import java.util.Objects;

/**
 * A hedge or distancing marker.
 *
 * @param text  exactly {@code document.substring(start, end)}
 * @param cue   the lexicon entry or rule that matched (e.g. {@code conditional:aurait}, {@code prétendument})
 */
public record Hedge(String text, int start, int end, HedgeKind kind, Scope scope, String cue) {
    public Hedge {
        new TextSpan(text, start, end);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(cue, "cue");
    }

    public Span span() {
        return new Span(start, end);
    }

    public Hedge withScope(Scope newScope) {
        return new Hedge(text, start, end, kind, newScope, cue);
    }
}
