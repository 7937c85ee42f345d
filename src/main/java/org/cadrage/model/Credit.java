package org.cadrage.model;

import java.util.Objects;

/**
 * A credit to an outlet or body.
 *
 * @param text            exactly {@code document.substring(start, end)}
 * @param outlet          canonical outlet name from the registry, or {@code null} when the credited name is unknown
 * @param stateAffiliated whether the registry records the outlet as state-affiliated; {@code null} when unknown
 * @param country         ISO 3166-1 alpha-2 country of the outlet, or {@code null}
 */
public record Credit(String text, int start, int end, CreditKind kind, String outlet, Boolean stateAffiliated,
                     String country) {
    public Credit {
        new TextSpan(text, start, end);
        Objects.requireNonNull(kind, "kind");
    }

    public Span span() {
        return new Span(start, end);
    }
}
