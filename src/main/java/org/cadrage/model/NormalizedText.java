package org.cadrage.model;

import java.util.Arrays;

/**
 * Text normalised for matching, with a map from every normalised character back to the original offset.
 *
 * <p>Normalisation: apostrophes and primes ({@code ’ ‘ ʼ ´ `}) become {@code '}; every space-like character
 * (U+00A0, U+202F, U+2007, U+2009, U+3000, ...) becomes a plain space; quotation marks {@code « » “ ” „ ‟ ″}
 * become {@code "}; dashes {@code ‐ ‑ ‒ – — ―} become {@code -}; ligatures {@code œ æ Œ Æ} expand to two
 * letters; soft hyphens and zero-width characters are dropped. Case is kept; use {@link #lower()} for case-free
 * matching (same length, same map).
 *
 * <p>Immutable and thread-safe. The original text is never changed.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int[] toOriginal; // length text.length() + 1

    private NormalizedText(String original, String text, int[] toOriginal) {
        this.original = original;
        this.text = text;
        this.toOriginal = toOriginal;
    }

    public static NormalizedText of(String original) {
        StringBuilder sb = new StringBuilder(original.length());
        int[] map = new int[original.length() * 2 + 1];
        int n = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            String out = replacement(c);
            for (int k = 0; k < out.length(); k++) {
                sb.append(out.charAt(k));
                map[n++] = i;
            }
        }
        map[n] = original.length();
        return new NormalizedText(original, sb.toString(), Arrays.copyOf(map, n + 1));
    }

    private static String replacement(char c) {
        switch (c) {
            case '\u2019': case '\u2018': case '\u02BC': case '\u00B4': case '`': case '\u2032':
                return "'";
            case '\u00A0': case '\u202F': case '\u2007': case '\u2009': case '\u200A': case '\u2002':
            case '\u2003': case '\u2005': case '\u2006': case '\u3000': case '\t':
                return " ";
            case '\u00AB': case '\u00BB': case '\u201C': case '\u201D': case '\u201E': case '\u201F':
            case '\u2033':
                return "\"";
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015':
                return "-";
            case '\u0153':
                return "oe";
            case '\u0152':
                return "OE";
            case '\u00E6':
                return "ae";
            case '\u00C6':
                return "AE";
            case '\u00AD': case '\u200B': case '\u200C': case '\u200D': case '\uFEFF':
                return "";
            default:
                return String.valueOf(c);
        }
    }

    public String original() {
        return original;
    }

    /** The normalised text. */
    public String text() {
        return text;
    }

    /** The normalised text in lower case (French rules are not needed: only ASCII and Latin-1 letters change). */
    public String lower() {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            sb.append(Character.toLowerCase(text.charAt(i)));
        }
        return sb.toString();
    }

    /** Original offset of the normalised character at {@code i}; {@code i == text().length()} maps to the end. */
    public int toOriginal(int i) {
        if (i < 0 || i >= toOriginal.length) {
            throw new IllegalArgumentException("offset " + i + " outside normalised text of length " + text.length());
        }
        return toOriginal[i];
    }

    /**
     * Original span of the normalised range {@code [start, end)}: from the original character of {@code start} to
     * just after the original character of {@code end - 1}.
     */
    public Span toOriginal(int start, int end) {
        if (end <= start) {
            int o = toOriginal(start);
            return new Span(o, o);
        }
        return new Span(toOriginal(start), toOriginal(end - 1) + 1);
    }
}
