package org.cadrage.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cadrage.aggregate.OutletSummary.Excerpt;
import org.cadrage.aggregate.OutletSummary.Highlight;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.Attribution;
import org.cadrage.model.Credit;
import org.cadrage.model.Hedge;
import org.cadrage.model.Span;

/**
 * Sentence-ish windows of an article's source document around its evidence. Each attribution (speaker, cue and
 * content), hedge and credit is an anchor; its window runs from the last sentence end ({@code . ! ?} or a line break)
 * before it to the next one after it, at most {@value #REACH} characters beyond the anchor on each side and never
 * outside the article; an attribution longer than {@value #REACH} characters is anchored on its cue alone.
 * Overlapping windows are merged; the first {@value #MAX} windows in document order are kept, each with every
 * evidence span it intersects as a highlight (clipped to the window). Stateless and thread-safe.
 */
final class Excerpts {
    static final int REACH = 240;
    static final int MAX = 5;

    private Excerpts() {
    }

    private record Mark(Span span, String kind, String label) {
    }

    static List<Excerpt> of(ArticleAnalysis analysis) {
        String doc = analysis.article().document();
        Span article = analysis.article().span();
        List<Mark> marks = new ArrayList<>();
        List<Span> anchors = new ArrayList<>();
        for (Attribution at : analysis.evidence().attributions()) {
            Span cue = at.cue().span();
            Span all = cue;
            if (at.speaker() != null) {
                marks.add(new Mark(at.speaker().span(), "speaker", at.camp()));
                all = union(all, at.speaker().span());
            }
            marks.add(new Mark(cue, "cue", at.verbStance() == null ? at.type() : at.verbStance()));
            if (at.content().length() > 0) {
                marks.add(new Mark(at.content(), "content", at.type()));
                all = union(all, at.content());
            }
            anchors.add(all.length() > REACH ? cue : all);
        }
        for (Hedge h : analysis.evidence().hedges()) {
            marks.add(new Mark(h.span(), "hedge", h.kind().id()));
            anchors.add(h.span());
        }
        for (Credit c : analysis.evidence().credits()) {
            marks.add(new Mark(c.span(), "credit", c.outlet() == null ? c.kind().id() : c.outlet()));
            anchors.add(c.span());
        }
        anchors.sort(Comparator.naturalOrder());
        List<Span> windows = new ArrayList<>();
        for (Span anchor : anchors) {
            if (!article.contains(anchor)) {
                continue;
            }
            Span w = window(doc, article, anchor);
            Span last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
            if (last != null && last.end() >= w.start()) {
                windows.set(windows.size() - 1, union(last, w));
            } else {
                windows.add(w);
            }
        }
        List<Excerpt> out = new ArrayList<>();
        for (Span w : windows.subList(0, Math.min(MAX, windows.size()))) {
            List<Highlight> hl = new ArrayList<>();
            for (Mark m : marks) {
                if (m.span().overlaps(w)) {
                    int s = Math.max(m.span().start(), w.start()) - w.start();
                    int e = Math.min(m.span().end(), w.end()) - w.start();
                    hl.add(new Highlight(s, e, m.kind(), m.label()));
                }
            }
            hl.sort(Comparator.comparingInt(Highlight::start).thenComparingInt(Highlight::end)
                    .thenComparing(Highlight::kind));
            out.add(new Excerpt(w.start(), w.of(doc), hl));
        }
        return out;
    }

    private static Span window(String doc, Span article, Span anchor) {
        int lower = Math.max(article.start(), anchor.start() - REACH);
        int start = anchor.start();
        while (start > lower && !boundary(doc.charAt(start - 1))) {
            start--;
        }
        while (start < anchor.start() && Character.isWhitespace(doc.charAt(start))) {
            start++;
        }
        int upper = Math.min(article.end(), anchor.end() + REACH);
        int end = anchor.end();
        while (end < upper && !boundary(doc.charAt(end))) {
            end++;
        }
        if (end < upper && doc.charAt(end) != '\n') {
            end++;
        }
        return new Span(start, Math.max(end, anchor.end()));
    }

    private static boolean boundary(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\n';
    }

    private static Span union(Span a, Span b) {
        return new Span(Math.min(a.start(), b.start()), Math.max(a.end(), b.end()));
    }
}
