package org.cadrage.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import org.cadrage.model.Span;

/**
 * A quotation in a text: its opening and closing marks and its content (inside the marks, without surrounding
 * spaces). {@link #find} pairs any opening mark (« “ „ ‘ and a straight " that opens) with any closing mark
 * (» ” ’ and a straight " that closes), so the mismatched pairs scrapers leave (“ … », « … ”) still pair; inner
 * quotations stay inside the outer one. A quotation whose paragraph ends open continues when the next paragraph
 * reopens with a mark (one quotation over several paragraphs); otherwise it ends with its paragraph.
 *
 * @param open         offset of the opening mark
 * @param close        offset just after the closing mark (or the end of the paragraph when unclosed)
 * @param content      the quoted words, trimmed of spaces
 * @param closed       whether a closing mark ends it
 *
 * <p>Immutable and thread-safe.
 */
record Quotation(int open, int close, Span content, boolean closed) {

    /** Quotations of {@code text}, in order, not overlapping. */
    static List<Quotation> find(String text) {
        List<Quotation> out = new ArrayList<>();
        StringBuilder stack = new StringBuilder();
        int open = -1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int depth = stack.length();
            if (c == '\n' && depth > 0) {
                int next = nextParagraphStart(text, i);
                stack.setLength(0);
                if (next < n && isOpener(text, next)) {
                    stack.append(text.charAt(next));
                    i = next;
                } else {
                    add(out, text, open, i, false);
                }
                continue;
            }
            boolean opens;
            if (c == '"') {
                opens = depth == 0 ? straightOpens(text, i) : stack.charAt(depth - 1) != '"' || !straightCloses(text, i);
                if (depth == 0 && !opens) {
                    continue;
                }
            } else if (depth == 0 && c == '\u201D' && reversedPair(text, i)) {
                opens = true; // « de ” voyage risqué “. »: marks a scraper reversed
            } else if (depth > 0 && c == '\u201C' && stack.charAt(depth - 1) == '\u201D') {
                opens = false;
            } else if (c == '\u00AB' || c == '\u201C' && !beforePunctuation(text, i) || c == '\u201E'
                    || (c == '\u2018' && curlyOpens(text, i))) {
                opens = true;
            } else if (depth > 0 && (c == '\u00BB' || c == '\u201D'
                    || (c == '\u2019' && stack.charAt(depth - 1) == '\u2018' && curlyCloses(text, i)))) {
                opens = false;
            } else {
                continue;
            }
            if (opens) {
                if (depth == 0) {
                    open = i;
                }
                stack.append(c);
            } else {
                stack.setLength(depth - 1);
                if (depth == 1) {
                    add(out, text, open, i + 1, true);
                }
            }
        }
        if (stack.length() > 0) {
            add(out, text, open, n, false);
        }
        return out;
    }

    /** The number of words in the content. */
    int words(String text) {
        String s = content.of(text).strip();
        return s.isEmpty() ? 0 : s.split("[\\s\u00A0\u202F]+").length;
    }

    private static void add(List<Quotation> out, String text, int open, int close, boolean closed) {
        int s = open + 1;
        int e = closed ? close - 1 : close;
        while (s < e && isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Quotation(open, close, new Span(s, e), closed));
        }
    }

    private static int nextParagraphStart(String text, int newline) {
        int j = newline;
        while (j < text.length() && (isSpace(text.charAt(j)) || text.charAt(j) == '\r')) {
            j++;
        }
        return j;
    }

    private static boolean isOpener(String text, int i) {
        char c = text.charAt(i);
        return c == '\u00AB' || c == '\u201C' || c == '\u201E' || c == '\u2018' || (c == '"' && straightOpens(text, i));
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007';
    }

    private static boolean straightOpens(String text, int i) {
        boolean before = i == 0 || isSpace(text.charAt(i - 1)) || "([:-\u2013\u2014".indexOf(text.charAt(i - 1)) >= 0;
        boolean after = i + 1 < text.length() && !isSpace(text.charAt(i + 1));
        return before && after;
    }

    private static boolean straightCloses(String text, int i) {
        return i > 0 && !isSpace(text.charAt(i - 1));
    }

    /**
     * Whether the closing-shaped ” at {@code i} opens a reversed pair: it follows a space or the line's start, and a
     * “ later on its line stands before punctuation or the line's end.
     */
    private static boolean reversedPair(String text, int i) {
        if (i > 0 && !isSpace(text.charAt(i - 1)) && text.charAt(i - 1) != '(') {
            return false;
        }
        for (int j = i + 1; j < text.length() && text.charAt(j) != '\n'; j++) {
            char c = text.charAt(j);
            if (c == '\u201D' || c == '\u00AB' || c == '\u00BB') {
                return false;
            }
            if (c == '\u201C') {
                return beforePunctuation(text, j);
            }
        }
        return false;
    }

    /** Whether the next character after {@code i} that is not a space ends a clause or the line (a mark cannot open). */
    private static boolean beforePunctuation(String text, int i) {
        int j = i + 1;
        while (j < text.length() && isSpace(text.charAt(j)) && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
            j++;
        }
        return j >= text.length() || ".,;:!?)\r\n".indexOf(text.charAt(j)) >= 0;
    }

    private static boolean curlyOpens(String text, int i) {
        return (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    }

    private static boolean curlyCloses(String text, int i) {
        return i > 0 && !isSpace(text.charAt(i - 1))
                && (i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1)));
    }
}
