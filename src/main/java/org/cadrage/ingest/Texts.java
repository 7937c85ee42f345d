package org.cadrage.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import org.cadrage.model.NormalizedText;
import org.cadrage.model.Span;

/** Small text helpers shared by the readers. Stateless and thread-safe; arguments must not be {@code null}. */
final class Texts {
    private static final Set<String> NO_OUTLET = Set.of("", "unknown", "n/a");

    private Texts() {
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** Whether the text holds only white space (no-break spaces included). */
    static boolean isBlank(String s) {
        return s.chars().allMatch(c -> isSpace((char) c));
    }

    /** {@code [start, end)} narrowed to exclude surrounding whitespace. */
    static Span trimmed(String s, int start, int end) {
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    static Span trimmed(String s) {
        return trimmed(s, 0, s.length());
    }

    /** The value stripped, or {@code null} when blank. */
    static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /** An outlet value, or {@code null} for blank, {@code unknown} and {@code n/a}. */
    static String outlet(String s) {
        String t = blankToNull(s);
        return t == null || NO_OUTLET.contains(t.toLowerCase(Locale.ROOT)) ? null : t;
    }

    /**
     * A key for pattern matching: {@link NormalizedText} lower case, accents removed, runs of spaces collapsed,
     * stripped.
     */
    static String matchKey(String s) {
        String lower = NormalizedText.of(s).lower();
        String bare = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return bare.replaceAll("\\s+", " ").strip();
    }

    /** The file name without its last extension. */
    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** The lower-case extension without the dot, or {@code ""}. */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
