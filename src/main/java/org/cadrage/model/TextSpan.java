package org.cadrage.model;

import java.util.Objects;

/** A span together with the exact characters it covers in the source document. */
public record TextSpan(String text, int start, int end) {
    public TextSpan {
        Objects.requireNonNull(text, "text");
        new Span(start, end);
        if (text.length() != end - start) {
            throw new IllegalArgumentException("text '" + text + "' has length " + text.length()
                    + " but span [" + start + ", " + end + ") has length " + (end - start));
        }
    }

    public static TextSpan of(String document, Span span) {
        return new TextSpan(span.of(document), span.start(), span.end());
    }

    public Span span() {
        return new Span(start, end);
    }
}
