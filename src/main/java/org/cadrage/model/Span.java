package org.cadrage.model;

/**
 * A half-open character range {@code [start, end)} into a source document, as Java {@code String} indices.
 * Immutable and thread-safe.
 */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + "): need 0 <= start <= end");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** Number of characters the two spans share. */
    public int intersection(Span other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }

    /** The characters of {@code text} this span covers; fails clearly when the span is out of bounds. */
    public String of(String text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") exceeds text length " + text.length());
        }
        return text.substring(start, end);
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
