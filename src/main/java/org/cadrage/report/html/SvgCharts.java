package org.cadrage.report.html;

import static org.cadrage.report.html.Html.c;
import static org.cadrage.report.html.Html.esc;
import static org.cadrage.report.html.Html.num;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cadrage.aggregate.OutletSummary.Estimate;
import org.cadrage.aggregate.OutletSummary.Figure;
import org.cadrage.aggregate.OutletSummary.TimePoint;
import org.cadrage.model.Camp;

/**
 * Inline SVG charts drawn without any library: a stacked bar of shares with a legend, horizontal bars with interval
 * whiskers, and a time-series line with its interval band and marked event dates. Every label is HTML-escaped.
 * Stateless and thread-safe.
 */
final class SvgCharts {
    /** One colour per camp, in {@link Camp} order. */
    private static final String[] CAMP_COLOURS = {"#c0392b", "#e67e22", "#2471a3", "#5dade2", "#7d3c98", "#239b56",
        "#a6acaf", "#566573", "#d5d8dc"};
    private static final int WIDTH = 760;

    private SvgCharts() {
    }

    static String campColour(String campId) {
        for (Camp c : Camp.values()) {
            if (c.id().equals(campId)) {
                return CAMP_COLOURS[c.ordinal()];
            }
        }
        return "#999999";
    }

    /** A 100% stacked bar of the shares (values in [0, 1], undefined ones skipped) with a colour legend. */
    static String stackedBar(String title, List<Figure> shares) {
        int legendRows = (shares.size() + 2) / 3;
        int height = 50 + 22 * legendRows;
        StringBuilder s = open("chart-stacked", title, height);
        double x = 10;
        double w = WIDTH - 20;
        for (Figure f : shares) {
            Double v = f.estimate().value();
            if (v == null || v <= 0) {
                continue;
            }
            double bw = w * v;
            s.append("<rect x=\"").append(c(x)).append("\" y=\"10\" width=\"").append(c(bw))
                    .append("\" height=\"28\" fill=\"").append(campColour(f.id())).append("\"><title>")
                    .append(esc(f.id())).append(": ").append(num(v)).append("</title></rect>");
            x += bw;
        }
        for (int i = 0; i < shares.size(); i++) {
            Figure f = shares.get(i);
            double lx = 10 + (i % 3) * (WIDTH / 3.0);
            double ly = 52 + (i / 3) * 22;
            s.append("<rect x=\"").append(c(lx)).append("\" y=\"").append(c(ly)).append("\" width=\"12\" height=\"12\""
                    + " fill=\"").append(campColour(f.id())).append("\"/>");
            s.append("<text x=\"").append(c(lx + 18)).append("\" y=\"").append(c(ly + 11)).append("\">")
                    .append(esc(f.id())).append(" ").append(num(f.estimate().value())).append("</text>");
        }
        return s.append("</svg>").toString();
    }

    /** Horizontal bars with 95% interval whiskers, one per figure; the scale runs from 0 to the largest bound. */
    static String bars(String title, List<Figure> figures) {
        int height = 20 + 24 * Math.max(1, figures.size());
        double max = 1e-9;
        for (Figure f : figures) {
            Estimate e = f.estimate();
            max = Math.max(max, Math.max(e.value() == null ? 0 : e.value(), e.high() == null ? 0 : e.high()));
        }
        StringBuilder s = open("chart-bars", title, height);
        double x0 = 220;
        double w = WIDTH - x0 - 90;
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            Estimate e = f.estimate();
            double y = 10 + 24 * i;
            s.append("<text x=\"").append(c(x0 - 8)).append("\" y=\"").append(c(y + 14))
                    .append("\" text-anchor=\"end\">").append(esc(f.id())).append("</text>");
            double v = e.value() == null ? 0 : e.value();
            s.append("<rect x=\"").append(c(x0)).append("\" y=\"").append(c(y + 2)).append("\" width=\"")
                    .append(c(w * v / max)).append("\" height=\"16\" fill=\"#5d6d7e\"><title>").append(esc(f.id()))
                    .append(": ").append(num(e.value())).append("</title></rect>");
            if (e.low() != null) {
                s.append("<path class=\"ci\" d=\"M").append(c(x0 + w * e.low() / max)).append(' ').append(c(y + 10))
                        .append(" H").append(c(x0 + w * e.high() / max)).append("\" stroke=\"#17202a\"/>");
            }
            s.append("<text x=\"").append(c(x0 + w + 8)).append("\" y=\"").append(c(y + 14)).append("\">")
                    .append(num(e.value())).append("</text>");
        }
        return s.append("</svg>").toString();
    }

    /**
     * The series of index {@code id}: a line through the bucket means, a band between the interval bounds (where
     * a bucket has one), and a dashed vertical line labelled with the date for each event inside the series' dates.
     */
    static String timeSeries(String title, String id, List<TimePoint> points, List<LocalDate> events) {
        int height = 220;
        StringBuilder s = open("chart-series", title, height);
        List<double[]> pts = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (TimePoint p : points) {
            Estimate e = p.indices().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow().estimate();
            if (e.value() == null) {
                continue;
            }
            double day = p.start().toEpochDay();
            pts.add(new double[] {day, e.value(), e.low() == null ? Double.NaN : e.low(),
                e.high() == null ? Double.NaN : e.high()});
            lo = Math.min(lo, e.low() == null ? e.value() : e.low());
            hi = Math.max(hi, e.high() == null ? e.value() : e.high());
        }
        double left = 60;
        double right = WIDTH - 20;
        double top = 20;
        double bottom = height - 40;
        s.append("<line x1=\"").append(c(left)).append("\" y1=\"").append(c(bottom)).append("\" x2=\"")
                .append(c(right)).append("\" y2=\"").append(c(bottom)).append("\" stroke=\"#888\"/>");
        s.append("<line x1=\"").append(c(left)).append("\" y1=\"").append(c(top)).append("\" x2=\"").append(c(left))
                .append("\" y2=\"").append(c(bottom)).append("\" stroke=\"#888\"/>");
        if (pts.isEmpty()) {
            s.append("<text x=\"").append(c(left + 10)).append("\" y=\"").append(c(top + 20))
                    .append("\">no dated article with a value</text>");
            return s.append("</svg>").toString();
        }
        if (hi - lo < 1e-9) {
            lo -= 0.5;
            hi += 0.5;
        }
        double pad = (hi - lo) * 0.05;
        lo -= pad;
        hi += pad;
        double d0 = pts.get(0)[0];
        double d1 = pts.get(pts.size() - 1)[0];
        double yLo = lo;
        double yHi = hi;
        java.util.function.DoubleUnaryOperator xOf = d -> d1 == d0 ? (left + right) / 2
                : left + (right - left) * (d - d0) / (d1 - d0);
        java.util.function.DoubleUnaryOperator yOf = v -> bottom - (bottom - top) * (v - yLo) / (yHi - yLo);
        for (double v : new double[] {lo + pad, (lo + hi) / 2, hi - pad}) {
            s.append("<text class=\"tick\" x=\"").append(c(left - 6)).append("\" y=\"").append(c(yOf.applyAsDouble(v) + 4))
                    .append("\" text-anchor=\"end\">").append(num(v)).append("</text>");
        }
        List<List<double[]>> runs = new ArrayList<>();
        List<double[]> run = new ArrayList<>();
        for (double[] p : pts) {
            if (Double.isNaN(p[2])) {
                if (!run.isEmpty()) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
            } else {
                run.add(p);
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        for (List<double[]> r : runs) {
            StringBuilder d = new StringBuilder();
            if (r.size() == 1) {
                double x = xOf.applyAsDouble(r.get(0)[0]);
                d.append("M").append(c(x - 3)).append(' ').append(c(yOf.applyAsDouble(r.get(0)[3])))
                        .append(" H").append(c(x + 3)).append(" V").append(c(yOf.applyAsDouble(r.get(0)[2])))
                        .append(" H").append(c(x - 3)).append(" Z");
            } else {
                for (int i = 0; i < r.size(); i++) {
                    d.append(i == 0 ? "M" : " L").append(c(xOf.applyAsDouble(r.get(i)[0]))).append(' ')
                            .append(c(yOf.applyAsDouble(r.get(i)[3])));
                }
                for (int i = r.size() - 1; i >= 0; i--) {
                    d.append(" L").append(c(xOf.applyAsDouble(r.get(i)[0]))).append(' ')
                            .append(c(yOf.applyAsDouble(r.get(i)[2])));
                }
                d.append(" Z");
            }
            s.append("<path class=\"band\" d=\"").append(d).append("\" fill=\"#aed6f1\" fill-opacity=\"0.6\"/>");
        }
        StringBuilder line = new StringBuilder();
        for (double[] p : pts) {
            line.append(line.length() == 0 ? "" : " ").append(c(xOf.applyAsDouble(p[0]))).append(',')
                    .append(c(yOf.applyAsDouble(p[1])));
        }
        s.append("<polyline class=\"line\" points=\"").append(line).append("\" fill=\"none\" stroke=\"#1b4f72\""
                + " stroke-width=\"2\"/>");
        for (double[] p : pts) {
            s.append("<circle cx=\"").append(c(xOf.applyAsDouble(p[0]))).append("\" cy=\"")
                    .append(c(yOf.applyAsDouble(p[1]))).append("\" r=\"2.5\" fill=\"#1b4f72\"/>");
        }
        LocalDate first = LocalDate.ofEpochDay((long) d0);
        LocalDate last = LocalDate.ofEpochDay((long) d1);
        s.append("<text class=\"tick\" x=\"").append(c(left)).append("\" y=\"").append(c(bottom + 16)).append("\">")
                .append(first).append("</text>");
        s.append("<text class=\"tick\" x=\"").append(c(right)).append("\" y=\"").append(c(bottom + 16))
                .append("\" text-anchor=\"end\">").append(last).append("</text>");
        for (LocalDate ev : events) {
            if (ev.isBefore(first) || ev.isAfter(last) || d0 == d1) {
                continue;
            }
            double x = xOf.applyAsDouble(ev.toEpochDay());
            s.append("<line class=\"event\" x1=\"").append(c(x)).append("\" y1=\"").append(c(top)).append("\" x2=\"")
                    .append(c(x)).append("\" y2=\"").append(c(bottom)).append("\" stroke=\"#c0392b\""
                            + " stroke-dasharray=\"4 3\"/>");
            s.append("<text class=\"event-label\" x=\"").append(c(x + 4)).append("\" y=\"").append(c(top + 10))
                    .append("\" fill=\"#c0392b\">").append(ev).append("</text>");
        }
        return s.append("</svg>").toString();
    }

    private static StringBuilder open(String cls, String title, int height) {
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"").append(cls).append("\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"").append(esc(title)).append("\"><title>")
                .append(esc(title)).append("</title>");
        return s;
    }
}
