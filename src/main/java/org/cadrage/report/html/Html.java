package org.cadrage.report.html;

import java.util.Locale;

/**
 * HTML text helpers: escaping for element text and attribute values, and {@link Locale#ROOT} number formats.
 * Stateless and thread-safe; {@code null} escapes to the empty string and formats as {@code n/a}.
 */
final class Html {
    private Html() {
    }

    /** {@code s} with {@code & < > " '} replaced by entities, and control characters other than tab/newline dropped. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Three decimals, or {@code n/a}. */
    static String num(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }

    /** A value for a sortable cell's {@code data-v}: the number in full, or empty. */
    static String sortKey(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.6f", v);
    }

    /** An SVG coordinate with one decimal. */
    static String c(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
