package org.cadrage.report.compare;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.cadrage.aggregate.CompareSpec;
import org.cadrage.aggregate.Comparison;
import org.cadrage.aggregate.Comparison.IndexComparison;
import org.cadrage.aggregate.TrendSlope;
import org.cadrage.model.Provenance;
import org.cadrage.report.RunJsonWriter;

/**
 * Writes a {@link Comparison} as a terminal table, as JSON and as a self-contained HTML page with a forest chart
 * (formats in {@code docs-compare.md}). Output is deterministic: fixed order, {@link Locale#ROOT}, no timestamps.
 *
 * <p>Stateless and thread-safe; {@code null} arguments are rejected.
 */
public final class CompareWriters {
    /** Version of the JSON layout. */
    public static final int SCHEMA_VERSION = 1;

    private CompareWriters() {
    }

    /** The comparison as aligned plain-text tables (3 decimals; p-values below 0.001 as {@code <0.001}). */
    public static String table(Comparison c) {
        StringBuilder out = new StringBuilder();
        for (String line : header(c)) {
            out.append(line).append('\n');
        }
        out.append('\n');
        align(out, indexRows(c), 1);
        out.append("* significant at alpha ").append(plain(c.spec().alpha())).append(" after Benjamini-Hochberg; "
                + "difference and delta are B - A.\n\n");
        out.append("Trend per 30 days (OLS on the publication date, ").append(level(c)).append(" t-interval)\n");
        align(out, trendRows(c), 2);
        return out.toString();
    }

    private static List<String> header(Comparison c) {
        CompareSpec s = c.spec();
        Comparison.Counts n = c.counts();
        List<String> lines = new ArrayList<>();
        String kind = switch (s.mode()) {
            case PERIODS -> "Periods of " + s.outletsA().first();
            case OUTLETS -> "Outlets";
            case GROUPS -> "Groups of outlets";
        };
        lines.add(kind + ": A = " + group(s.labelA(), s.outletsA(), s) + " (" + n.a() + " articles), B = "
                + group(s.labelB(), s.outletsB(), s) + " (" + n.b() + " articles)");
        if (s.mode() != CompareSpec.Mode.PERIODS && s.dated()) {
            lines.add("Window: " + (s.after() == null ? "" : s.after() + " <= ") + "published"
                    + (s.before() == null ? "" : " < " + s.before()));
        }
        lines.add("Articles read: " + n.seen() + "; other outlets: " + n.otherOutlet() + "; undated (excluded): "
                + n.undated() + "; outside the period: " + n.outsidePeriod());
        lines.add("Bootstrap: " + s.resamples() + " resamples, seed " + s.seed() + ", " + level(c)
                + " percentile intervals; Mann-Whitney U two-sided; alpha " + plain(s.alpha()));
        return lines;
    }

    private static String group(String label, java.util.SortedSet<String> outlets, CompareSpec s) {
        return s.mode() == CompareSpec.Mode.GROUPS ? label + " " + outlets : label;
    }

    private static List<String[]> indexRows(Comparison c) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"index", "n A", "mean A", "n B", "mean B", "B - A", level(c) + " CI", "p", "p BH",
            "delta", ""});
        for (IndexComparison r : c.indices()) {
            rows.add(new String[] {r.index(), Integer.toString(r.nA()), num(r.meanA()), Integer.toString(r.nB()),
                num(r.meanB()), num(r.difference()), interval(r.ciLow(), r.ciHigh()), pValue(r.p()),
                pValue(r.adjustedP()), num(r.cliffsDelta()), r.significant() ? "*" : ""});
        }
        return rows;
    }

    private static List<String[]> trendRows(Comparison c) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"outlet", "index", "n", "first", "last", "slope", level(c) + " CI"});
        for (TrendSlope t : c.trends()) {
            rows.add(new String[] {t.outlet(), t.index(), Integer.toString(t.n()), date(t.first()), date(t.last()),
                num(t.slopePer30Days()), interval(t.ciLow(), t.ciHigh())});
        }
        return rows;
    }

    /** Appends the rows in aligned columns: the first {@code textColumns} left-aligned, the others right-aligned. */
    private static void align(StringBuilder out, List<String[]> rows, int textColumns) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] r : rows) {
            for (int i = 0; i < columns; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                if (i > 0) {
                    line.append("  ");
                }
                String pad = " ".repeat(width[i] - r[i].length());
                line.append(i < textColumns ? r[i] + pad : pad + r[i]);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    /**
     * The comparison as JSON: schema version, provenance (tool, version, commit, annotator, pipeline id, libraries,
     * pipeline settings, input hashes, and {@code compare}: the comparison's settings with seed and resamples), the
     * counts, one object per index and per trend. Numbers
     * are written in full precision; missing values are {@code null}.
     */
    public static String json(Comparison c, Provenance p) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter();
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            pretty.indentObjectsWith(indenter);
            pretty.indentArraysWith(indenter);
            g.setPrettyPrinter(pretty);
            g.writeStartObject();
            g.writeNumberField("schemaVersion", SCHEMA_VERSION);
            g.writeObjectFieldStart("provenance");
            RunJsonWriter.writeProvenanceFields(g, p);
            CompareSpec s = c.spec();
            g.writeObjectFieldStart("compare");
            g.writeStringField("mode", s.mode().name().toLowerCase(Locale.ROOT));
            jsonGroup(g, "groupA", s.labelA(), s.outletsA());
            jsonGroup(g, "groupB", s.labelB(), s.outletsB());
            g.writeStringField("before", date(s.before(), null));
            g.writeStringField("after", date(s.after(), null));
            g.writeNumberField("seed", s.seed());
            g.writeNumberField("resamples", s.resamples());
            g.writeNumberField("alpha", s.alpha());
            g.writeStringField("interval", "bootstrap percentile (R-7), groups resampled independently");
            g.writeStringField("test", "Mann-Whitney U, two-sided, normal approximation");
            g.writeStringField("adjustment", "Benjamini-Hochberg");
            g.writeEndObject();
            g.writeEndObject();
            Comparison.Counts n = c.counts();
            g.writeObjectFieldStart("counts");
            g.writeNumberField("seen", n.seen());
            g.writeNumberField("otherOutlet", n.otherOutlet());
            g.writeNumberField("undated", n.undated());
            g.writeNumberField("outsidePeriod", n.outsidePeriod());
            g.writeNumberField("a", n.a());
            g.writeNumberField("b", n.b());
            g.writeEndObject();
            g.writeArrayFieldStart("indices");
            for (IndexComparison r : c.indices()) {
                g.writeStartObject();
                g.writeStringField("index", r.index());
                g.writeStringField("description", r.description());
                g.writeNumberField("nA", r.nA());
                number(g, "meanA", r.meanA());
                g.writeNumberField("nB", r.nB());
                number(g, "meanB", r.meanB());
                number(g, "difference", r.difference());
                number(g, "ciLow", r.ciLow());
                number(g, "ciHigh", r.ciHigh());
                number(g, "p", r.p());
                number(g, "adjustedP", r.adjustedP());
                number(g, "cliffsDelta", r.cliffsDelta());
                g.writeBooleanField("significant", r.significant());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("trends");
            for (TrendSlope t : c.trends()) {
                g.writeStartObject();
                g.writeStringField("outlet", t.outlet());
                g.writeStringField("index", t.index());
                g.writeNumberField("n", t.n());
                g.writeStringField("first", date(t.first(), null));
                g.writeStringField("last", date(t.last(), null));
                number(g, "slopePer30Days", t.slopePer30Days());
                number(g, "ciLow", t.ciLow());
                number(g, "ciHigh", t.ciHigh());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.append('\n').toString();
    }

    private static void jsonGroup(JsonGenerator g, String name, String label, java.util.SortedSet<String> outlets)
            throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("label", label);
        g.writeArrayFieldStart("outlets");
        for (String o : outlets) {
            g.writeString(o);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, Double v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, v);
        }
    }

    /**
     * The comparison as one self-contained HTML page (inline CSS and SVG, no script, no network): the settings, a
     * forest chart of the differences with their intervals (significant rows highlighted), the tables and the
     * provenance. All text is HTML-escaped.
     */
    public static String html(Comparison c, Provenance p) {
        CompareSpec s = c.spec();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Cadrage comparison: ")
                .append(esc(s.labelA())).append(" / ").append(esc(s.labelB())).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;"
                        + "margin:1em 0}td,th{padding:2px 8px;border-bottom:1px solid #ddd}"
                        + "td.n{text-align:right;font-variant-numeric:tabular-nums}tr.sig{background:#fdebd0}"
                        + "svg text{font-size:12px;font-family:sans-serif}.note{color:#555}\n")
                .append("</style>\n</head>\n<body>\n<h1>Comparison</h1>\n");
        for (String line : header(c)) {
            h.append("<p>").append(esc(line)).append("</p>\n");
        }
        h.append("<h2>Differences B - A with ").append(level(c)).append(" intervals</h2>\n");
        h.append("<p class=\"note\">Each row has its own scale, symmetric around zero (bounds at the row's ends); "
                + "highlighted rows are significant after Benjamini-Hochberg.</p>\n");
        forest(h, c);
        h.append("<table>\n");
        List<String[]> rows = indexRows(c);
        for (int i = 0; i < rows.size(); i++) {
            boolean sig = i > 0 && c.indices().get(i - 1).significant();
            h.append(sig ? "<tr class=\"sig\">" : "<tr>");
            String cell = i == 0 ? "th" : "td";
            String[] r = rows.get(i);
            for (int j = 0; j < r.length; j++) {
                h.append('<').append(cell).append(j > 0 && i > 0 ? " class=\"n\"" : "");
                if (j == 0 && i > 0) {
                    h.append(" title=\"").append(esc(c.indices().get(i - 1).description())).append('"');
                }
                h.append('>').append(esc(r[j])).append("</").append(cell).append('>');
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n<h2>Trend per 30 days</h2>\n<p class=\"note\">OLS slope on the publication date, ")
                .append(level(c)).append(" t-interval.</p>\n");
        htmlTable(h, trendRows(c), 2);
        h.append("<h2>Provenance</h2>\n");
        List<String[]> prov = new ArrayList<>();
        prov.add(new String[] {"key", "value"});
        prov.add(new String[] {"tool", p.tool() + " " + p.version()});
        prov.add(new String[] {"gitCommit", String.valueOf(p.gitCommit())});
        prov.add(new String[] {"annotator", String.valueOf(p.annotator())});
        prov.add(new String[] {"pipelineId", p.pipelineId()});
        new TreeMap<>(p.libraries()).forEach((k, v) -> prov.add(new String[] {"library " + k, v}));
        new TreeMap<>(p.settings()).forEach((k, v) -> prov.add(new String[] {"setting " + k, v}));
        p.inputs().forEach((k, v) -> prov.add(new String[] {"input " + k, v}));
        htmlTable(h, prov, Integer.MAX_VALUE);
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void htmlTable(StringBuilder h, List<String[]> rows, int firstNumeric) {
        h.append("<table>\n");
        for (int i = 0; i < rows.size(); i++) {
            h.append("<tr>");
            String cell = i == 0 ? "th" : "td";
            String[] r = rows.get(i);
            for (int j = 0; j < r.length; j++) {
                h.append('<').append(cell).append(i > 0 && j >= firstNumeric ? " class=\"n\"" : "").append('>')
                        .append(esc(r[j])).append("</").append(cell).append('>');
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static final int LABEL_WIDTH = 240;
    private static final int HALF = 170;
    private static final int ROW = 26;

    private static void forest(StringBuilder h, Comparison c) {
        int centre = LABEL_WIDTH + 60 + HALF;
        int width = centre + HALF + 60 + 230;
        int height = ROW * c.indices().size() + 30;
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"forest chart of the differences\">\n");
        int y = 10;
        for (IndexComparison r : c.indices()) {
            int mid = y + ROW / 2;
            h.append("<g>");
            h.append("<title>").append(esc(r.index() + ": " + r.description())).append("</title>");
            if (r.significant()) {
                h.append("<rect x=\"0\" y=\"").append(y).append("\" width=\"").append(width).append("\" height=\"")
                        .append(ROW).append("\" fill=\"#fdebd0\"/>");
            }
            h.append("<text x=\"4\" y=\"").append(mid + 4).append('"').append(r.significant()
                    ? " font-weight=\"bold\"" : "").append('>').append(esc(r.index())).append("</text>");
            double scale = Math.max(abs(r.difference()), Math.max(abs(r.ciLow()), abs(r.ciHigh())));
            String right;
            if (r.difference() == null || scale == 0) {
                right = r.difference() == null ? "not computed" : num(r.difference());
            } else {
                h.append(text(centre - HALF - 6, mid + 4, "end", "#888", num(-scale)));
                h.append(text(centre + HALF + 6, mid + 4, "start", "#888", "+" + num(scale)));
                if (r.ciLow() != null) {
                    h.append("<line x1=\"").append(coord(centre + r.ciLow() / scale * HALF)).append("\" x2=\"")
                            .append(coord(centre + r.ciHigh() / scale * HALF)).append("\" y1=\"").append(mid)
                            .append("\" y2=\"").append(mid).append("\" stroke=\"#333\" stroke-width=\"2\"/>");
                }
                h.append("<circle cx=\"").append(coord(centre + r.difference() / scale * HALF)).append("\" cy=\"")
                        .append(mid).append("\" r=\"4\" fill=\"").append(r.significant() ? "#c0392b" : "#2c3e50")
                        .append("\"/>");
                right = num(r.difference()) + " " + interval(r.ciLow(), r.ciHigh());
            }
            h.append(text(centre + HALF + 60, mid + 4, "start", "#222", right));
            h.append("</g>\n");
            y += ROW;
        }
        h.append("<line x1=\"").append(centre).append("\" x2=\"").append(centre).append("\" y1=\"5\" y2=\"")
                .append(y + 5).append("\" stroke=\"#777\" stroke-dasharray=\"4 3\"/>\n");
        h.append(text(centre, y + 18, "middle", "#555", "0")).append('\n');
        h.append("</svg>\n");
    }

    private static String text(double x, double y, String anchor, String fill, String s) {
        return "<text x=\"" + coord(x) + "\" y=\"" + coord(y) + "\" text-anchor=\"" + anchor + "\" fill=\"" + fill
                + "\">" + esc(s) + "</text>";
    }

    private static double abs(Double v) {
        return v == null ? 0 : Math.abs(v);
    }

    private static String coord(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** Escapes {@code & < > " '} for HTML text and attribute values. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    private static String level(Comparison c) {
        double pct = 100 * (1 - c.spec().alpha());
        return (pct == Math.rint(pct) ? String.format(Locale.ROOT, "%.0f", pct)
                : String.format(Locale.ROOT, "%.1f", pct)) + "%";
    }

    private static String num(Double v) {
        if (v == null) {
            return "-";
        }
        String s = String.format(Locale.ROOT, "%.3f", v);
        return s.equals("-0.000") ? "0.000" : s;
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String pValue(Double p) {
        return p == null ? "-" : p < 0.001 ? "<0.001" : num(p);
    }

    private static String interval(Double low, Double high) {
        return low == null ? "-" : "[" + num(low) + ", " + num(high) + "]";
    }

    private static String date(LocalDate d) {
        return date(d, "-");
    }

    private static String date(LocalDate d, String missing) {
        return d == null ? missing : d.toString();
    }
}
