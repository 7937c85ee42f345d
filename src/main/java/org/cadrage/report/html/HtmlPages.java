package org.cadrage.report.html;

import static org.cadrage.report.html.Html.esc;
import static org.cadrage.report.html.Html.num;
import static org.cadrage.report.html.Html.sortKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cadrage.aggregate.ArticleIndex;
import org.cadrage.aggregate.OutletSummary;
import org.cadrage.aggregate.OutletSummary.ArticleExcerpts;
import org.cadrage.aggregate.OutletSummary.Estimate;
import org.cadrage.aggregate.OutletSummary.Excerpt;
import org.cadrage.aggregate.OutletSummary.Extreme;
import org.cadrage.aggregate.OutletSummary.Figure;
import org.cadrage.aggregate.OutletSummary.Highlight;
import org.cadrage.aggregate.OutletSummary.TaskDistribution;
import org.cadrage.model.Provenance;

/**
 * Renders the self-contained HTML pages: inline CSS, inline SVG, one small inline script sorting tables on header
 * click. Every text from articles, outlets, ratings and settings goes through {@link Html#esc}. Stateless and
 * thread-safe.
 */
final class HtmlPages {
    private static final String CSS = """
            body{font-family:sans-serif;margin:2em auto;max-width:1100px;color:#17202a;line-height:1.4}
            table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid #ccd1d1;padding:3px 8px;\
            text-align:left;vertical-align:top}td.n{text-align:right;font-variant-numeric:tabular-nums}
            th{background:#f2f4f4}table.sortable th{cursor:pointer}th[data-dir=asc]::after{content:" \\25B2"}\
            th[data-dir=desc]::after{content:" \\25BC"}
            .external{border:2px dashed #b9770e;background:#fef9e7;padding:.5em 1em;margin:1em 0}
            .external h2{margin-top:.2em}.note{color:#566573;font-size:.9em}
            svg text{font-size:12px;font-family:sans-serif}svg .tick{fill:#566573}
            blockquote{border-left:3px solid #aab7b8;margin:.5em 0;padding:.2em .8em;white-space:pre-wrap}
            mark{background:none}mark.speaker{background:#d6eaf8}mark.cue{background:#fad7a0}\
            mark.hedge{background:#f5b7b1}mark.credit{background:#d2b4de}mark.content{text-decoration:underline dotted}
            .provenance{font-size:.85em;color:#424949;border-top:1px solid #ccd1d1;margin-top:2em}
            """;
    private static final String SCRIPT = """
            document.querySelectorAll('table.sortable').forEach(function (t) {
              t.querySelectorAll('thead th').forEach(function (th, i) {
                th.addEventListener('click', function () {
                  var asc = th.getAttribute('data-dir') !== 'asc';
                  t.querySelectorAll('thead th').forEach(function (h) { h.removeAttribute('data-dir'); });
                  th.setAttribute('data-dir', asc ? 'asc' : 'desc');
                  var body = t.tBodies[0];
                  var rows = Array.prototype.slice.call(body.rows);
                  rows.sort(function (a, b) {
                    var x = a.cells[i].getAttribute('data-v'), y = b.cells[i].getAttribute('data-v');
                    if (x === '' && y === '') { return 0; }
                    if (x === '') { return 1; }
                    if (y === '') { return -1; }
                    var nx = parseFloat(x), ny = parseFloat(y);
                    var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
                    return asc ? c : -c;
                  });
                  rows.forEach(function (r) { body.appendChild(r); });
                });
              });
            });
            """;

    private HtmlPages() {
    }

    static String outlet(OutletSummary s, ExternalRatings.OutletRating rating, boolean ratingsLoaded,
                         ReportSettings settings, Provenance provenance) {
        StringBuilder h = head("Cadrage report: " + s.outlet());
        h.append("<p><a href=\"index.html\">All outlets</a></p>\n<h1>").append(esc(s.outlet())).append("</h1>\n");
        h.append("<p>").append(s.articles()).append(" articles");
        if (s.firstPublished() != null) {
            h.append(", published ").append(s.firstPublished()).append(" to ").append(s.lastPublished());
        }
        if (s.undated() > 0) {
            h.append(" (").append(s.undated()).append(" undated)");
        }
        if (s.domain() != null) {
            h.append("; site ").append(esc(s.domain()));
        }
        h.append(". ").append(s.attributions()).append(" attributions.</p>\n");
        external(h, rating, ratingsLoaded);

        h.append("<h2>Measured indices</h2>\n<p class=\"note\">Mean over the articles where each index is defined,"
                + " with a 95% bootstrap percentile interval (").append(settings.resamples())
                .append(" resamples of articles, seed ").append(settings.seed()).append(").</p>\n");
        figureTable(h, "index", s.indices(), true);

        h.append("<h2>Voice share by camp</h2>\n<p class=\"note\">Attributions of each camp / all attributions,"
                + " pooled over the outlet's articles; intervals by resampling articles.</p>\n");
        h.append(SvgCharts.stackedBar("Voice share by camp", s.voiceShare())).append('\n');
        figureTable(h, "camp", s.voiceShare(), false);

        h.append("<h2>Hedging rates</h2>\n<p class=\"note\">Hedges per 1,000 tokens, pooled: 1000 × all hedges of"
                + " the articles / all their tokens.</p>\n");
        figureTable(h, "rate", s.hedging(), false);

        for (TaskDistribution t : s.tasks()) {
            h.append("<h2>Model: ").append(esc(t.task())).append("</h2>\n<p class=\"note\">Share of the ")
                    .append(t.articles()).append(" scored articles with each label predicted")
                    .append(t.perParagraph() ? " in at least one paragraph" : "").append(".</p>\n");
            h.append(SvgCharts.bars("Model " + t.task() + ": share of articles predicted", t.predictedShare()))
                    .append('\n');
            figureTable(h, "label", t.predictedShare(), false);
            h.append("<p class=\"note\">").append(t.perParagraph() ? "Mean share of paragraphs predicted with each"
                    + " label." : "Mean predicted probability of each label.").append("</p>\n");
            figureTable(h, "label", t.meanIndex(), false);
        }

        h.append("<h2>Over time (").append(settings.bucket().id()).append(")</h2>\n<p class=\"note\">Mean per ")
                .append(settings.bucket().id()).append(" with its 95% interval (band; none for buckets of fewer"
                        + " than 2 articles). Dashed lines mark the events given.</p>\n");
        for (ArticleIndex index : ArticleIndex.main()) {
            h.append("<h3>").append(esc(index.id())).append("</h3>\n")
                    .append(SvgCharts.timeSeries(index.id() + " per " + settings.bucket().id(), index.id(), s.series(),
                            settings.events())).append('\n');
        }
        seriesTable(h, s);

        h.append("<h2>Most cited sources</h2>\n<table class=\"sortable\"><thead><tr><th>source</th><th>camp</th>"
                + "<th>attributions</th></tr></thead><tbody>\n");
        for (OutletSummary.SourceCount c : s.topSources()) {
            h.append("<tr><td data-v=\"").append(esc(c.source())).append("\">").append(esc(c.source()))
                    .append("</td><td data-v=\"").append(esc(c.camp())).append("\">").append(esc(c.camp()))
                    .append("</td><td class=\"n\" data-v=\"").append(c.count()).append("\">").append(c.count())
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");

        h.append("<h2>Credits to state-affiliated media</h2>\n<table class=\"sortable\"><thead><tr><th>outlet</th>"
                + "<th>kind</th><th>credits</th></tr></thead><tbody>\n");
        for (OutletSummary.CreditCount c : s.stateMediaCredits()) {
            h.append("<tr><td data-v=\"").append(esc(c.outlet())).append("\">").append(esc(c.outlet()))
                    .append("</td><td data-v=\"").append(esc(c.kind())).append("\">").append(esc(c.kind()))
                    .append("</td><td class=\"n\" data-v=\"").append(c.count()).append("\">").append(c.count())
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");

        h.append("<h2>Distancing, evaluative and denial verbs by camp</h2>\n<table class=\"sortable\"><thead><tr>"
                + "<th>camp</th><th>stance</th><th>verb</th><th>uses</th></tr></thead><tbody>\n");
        for (OutletSummary.VerbCount v : s.stanceVerbs()) {
            h.append("<tr><td data-v=\"").append(esc(v.camp())).append("\">").append(esc(v.camp()))
                    .append("</td><td data-v=\"").append(esc(v.stance())).append("\">").append(esc(v.stance()))
                    .append("</td><td data-v=\"").append(esc(v.lemma())).append("\">").append(esc(v.lemma()))
                    .append("</td><td class=\"n\" data-v=\"").append(v.count()).append("\">").append(v.count())
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");

        h.append("<h2>Evidence from the most extreme articles</h2>\n<p class=\"note\">Excerpts of the source text"
                + " around the evidence; <mark class=\"speaker\">speaker</mark>, <mark class=\"cue\">reporting cue</mark>,"
                + " <mark class=\"content\">reported content</mark>, <mark class=\"hedge\">hedge</mark>,"
                + " <mark class=\"credit\">credit</mark>.</p>\n");
        for (Extreme e : s.extremes()) {
            h.append("<h3>").append(esc(e.direction())).append(' ').append(esc(e.index())).append("</h3>\n");
            if (e.articles().isEmpty()) {
                h.append("<p class=\"note\">No article qualifies.</p>\n");
            }
            for (ArticleExcerpts a : e.articles()) {
                h.append("<h4>").append(esc(a.title() == null ? a.id() : a.title())).append("</h4>\n<p class=\"note\">")
                        .append(esc(e.index())).append(" = ").append(num(a.value())).append("; id ").append(esc(a.id()));
                if (a.published() != null) {
                    h.append("; ").append(a.published());
                }
                if (a.url() != null) {
                    h.append("; <a href=\"").append(esc(safeUrl(a.url()))).append("\">").append(esc(a.url()))
                            .append("</a>");
                }
                h.append("</p>\n");
                for (Excerpt x : a.excerpts()) {
                    h.append("<blockquote>").append(highlighted(x)).append("</blockquote>\n");
                }
            }
        }
        provenance(h, settings, provenance);
        return close(h);
    }

    static String index(List<OutletSummary> outlets, Map<String, String> slugs,
                        Map<String, ExternalRatings.OutletRating> ratings, boolean ratingsLoaded,
                        ReportSettings settings, Provenance provenance) {
        StringBuilder h = head("Cadrage report: all outlets");
        h.append("<h1>Outlets compared</h1>\n<p class=\"note\">Click a column header to sort. Measured means with 95%"
                + " bootstrap intervals; the last columns are <strong>external ratings</strong> published by others"
                + " (Décodex, Le Monde; Media Bias/Fact Check via Idiap), not measured by Cadrage.</p>\n");
        h.append("<table class=\"sortable\" id=\"outlets\"><thead><tr><th>outlet</th><th>articles</th><th>from</th>"
                + "<th>to</th>");
        for (ArticleIndex index : ArticleIndex.main()) {
            h.append("<th title=\"").append(esc(index.description())).append("\">").append(esc(index.id()))
                    .append("</th>");
        }
        h.append("<th>external: Décodex level</th><th>external: MBFC factual</th><th>external: MBFC bias</th>"
                + "</tr></thead><tbody>\n");
        for (OutletSummary s : outlets) {
            h.append("<tr><td data-v=\"").append(esc(s.outlet())).append("\"><a href=\"")
                    .append(esc(slugs.get(s.outlet()))).append(".html\">").append(esc(s.outlet())).append("</a></td>");
            h.append("<td class=\"n\" data-v=\"").append(s.articles()).append("\">").append(s.articles()).append("</td>");
            h.append("<td data-v=\"").append(str(s.firstPublished())).append("\">").append(str(s.firstPublished()))
                    .append("</td><td data-v=\"").append(str(s.lastPublished())).append("\">")
                    .append(str(s.lastPublished())).append("</td>");
            for (Figure f : s.indices()) {
                Estimate e = f.estimate();
                h.append("<td class=\"n\" data-v=\"").append(sortKey(e.value())).append("\">").append(num(e.value()));
                if (e.low() != null) {
                    h.append(" <small>[").append(num(e.low())).append(", ").append(num(e.high())).append("]</small>");
                }
                h.append("</td>");
            }
            ExternalRatings.OutletRating r = ratings.get(s.outlet());
            ExternalRatings.DecodexRating d = r == null ? null : r.decodex();
            ExternalRatings.MbfcRating m = r == null ? null : r.mbfc();
            h.append("<td data-v=\"").append(d == null ? "" : d.level()).append("\">")
                    .append(d == null ? "" : d.level() + (d.levelName() == null ? "" : " " + esc(d.levelName())))
                    .append("</td>");
            h.append("<td data-v=\"").append(m == null ? "" : esc(m.factualReporting())).append("\">")
                    .append(m == null ? "" : esc(m.factualReporting())).append("</td>");
            h.append("<td data-v=\"").append(m == null ? "" : esc(m.bias())).append("\">")
                    .append(m == null ? "" : esc(m.bias())).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
        if (!ratingsLoaded) {
            h.append("<p class=\"note\">No ratings folder was given: external ratings are not shown.</p>\n");
        }
        provenance(h, settings, provenance);
        return close(h);
    }

    private static void external(StringBuilder h, ExternalRatings.OutletRating r, boolean loaded) {
        h.append("<section class=\"external\"><h2>External ratings (not measured by Cadrage)</h2>\n");
        if (!loaded) {
            h.append("<p>No ratings folder was given.</p>");
        } else if (r == null) {
            h.append("<p>Neither the Décodex nor MBFC lists this outlet (matched by site and name; no guess).</p>");
        } else {
            ExternalRatings.DecodexRating d = r.decodex();
            h.append("<p><strong>Décodex</strong> (Le Monde, Les Décodeurs; 2017-2018 snapshot): ");
            if (d == null) {
                h.append("not listed.</p>\n");
            } else {
                h.append("site ").append(esc(d.site())).append(", level ").append(d.level());
                if (d.levelName() != null) {
                    h.append(" (").append(esc(d.levelName())).append(')');
                }
                if (d.orientation() != null) {
                    h.append("; orientation: ").append(esc(d.orientation()));
                }
                h.append(".</p>\n");
                if (d.description() != null) {
                    h.append("<blockquote>").append(esc(d.description())).append("</blockquote>\n");
                }
            }
            ExternalRatings.MbfcRating m = r.mbfc();
            h.append("<p><strong>Media Bias/Fact Check</strong> (as collected by Idiap): ");
            if (m == null) {
                h.append("not listed.</p>\n");
            } else {
                h.append("site ").append(esc(m.domain())).append(", factual reporting: ").append(esc(opt(m.factualReporting())))
                        .append(", bias: ").append(esc(opt(m.bias()))).append(", credibility: ")
                        .append(esc(opt(m.credibility()))).append(", country: ").append(esc(opt(m.country())))
                        .append(".</p>\n");
            }
        }
        h.append("</section>\n");
    }

    private static void figureTable(StringBuilder h, String what, List<Figure> figures, boolean describe) {
        h.append("<table class=\"sortable\"><thead><tr><th>").append(what).append("</th>");
        if (describe) {
            h.append("<th>definition</th>");
        }
        h.append("<th>estimate</th><th>95% low</th><th>95% high</th><th>n</th></tr></thead><tbody>\n");
        for (Figure f : figures) {
            Estimate e = f.estimate();
            h.append("<tr><td data-v=\"").append(esc(f.id())).append("\">").append(esc(f.id())).append("</td>");
            if (describe) {
                h.append("<td data-v=\"").append(esc(f.description())).append("\">").append(esc(f.description()))
                        .append("</td>");
            }
            for (Double v : new Double[] {e.value(), e.low(), e.high()}) {
                h.append("<td class=\"n\" data-v=\"").append(sortKey(v)).append("\">").append(num(v)).append("</td>");
            }
            h.append("<td class=\"n\" data-v=\"").append(e.n()).append("\">").append(e.n()).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static void seriesTable(StringBuilder h, OutletSummary s) {
        h.append("<details><summary>Time series as a table</summary><table class=\"sortable\"><thead><tr>"
                + "<th>bucket</th><th>articles</th>");
        for (ArticleIndex index : ArticleIndex.main()) {
            h.append("<th>").append(esc(index.id())).append("</th>");
        }
        h.append("</tr></thead><tbody>\n");
        for (OutletSummary.TimePoint p : s.series()) {
            h.append("<tr><td data-v=\"").append(p.start()).append("\">").append(esc(p.bucket())).append("</td>")
                    .append("<td class=\"n\" data-v=\"").append(p.articles()).append("\">").append(p.articles())
                    .append("</td>");
            for (Figure f : p.indices()) {
                Estimate e = f.estimate();
                h.append("<td class=\"n\" data-v=\"").append(sortKey(e.value())).append("\">").append(num(e.value()));
                if (e.low() != null) {
                    h.append(" <small>[").append(num(e.low())).append(", ").append(num(e.high())).append("]</small>");
                }
                h.append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table></details>\n");
    }

    /** The excerpt's text with each highlighted stretch in {@code <mark>} elements naming every span covering it. */
    static String highlighted(Excerpt x) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, x.text().length()));
        for (Highlight hl : x.highlights()) {
            cuts.add(hl.start());
            cuts.add(hl.end());
        }
        StringBuilder out = new StringBuilder();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                List<String> kinds = new ArrayList<>();
                List<String> labels = new ArrayList<>();
                for (Highlight hl : x.highlights()) {
                    if (hl.start() <= prev && cut <= hl.end()) {
                        if (!kinds.contains(hl.kind())) {
                            kinds.add(hl.kind());
                        }
                        labels.add(hl.kind() + (hl.label() == null ? "" : ": " + hl.label()));
                    }
                }
                String text = esc(x.text().substring(prev, cut));
                if (kinds.isEmpty()) {
                    out.append(text);
                } else {
                    out.append("<mark class=\"").append(esc(String.join(" ", kinds))).append("\" title=\"")
                            .append(esc(String.join("; ", labels))).append("\">").append(text).append("</mark>");
                }
            }
            prev = cut;
        }
        return out.toString();
    }

    private static void provenance(StringBuilder h, ReportSettings settings, Provenance p) {
        h.append("<section class=\"provenance\"><h2>Provenance</h2>\n<dl>");
        dd(h, "tool", p.tool() + " " + p.version());
        dd(h, "git commit", p.gitCommit());
        dd(h, "pipeline id", p.pipelineId());
        dd(h, "annotator", p.annotator());
        new TreeMap<>(p.libraries()).forEach((k, v) -> dd(h, "library " + k, v));
        new TreeMap<>(p.settings()).forEach((k, v) -> dd(h, "analysis setting " + k, v));
        p.inputs().forEach((k, v) -> dd(h, "input " + k, v));
        settings.describe().forEach((k, v) -> dd(h, "report setting " + k, v));
        h.append("</dl></section>\n");
    }

    private static void dd(StringBuilder h, String key, String value) {
        h.append("<dt>").append(esc(key)).append("</dt><dd>").append(esc(value == null ? "" : value)).append("</dd>");
    }

    private static StringBuilder head(String title) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
                .append("</title>\n<style>").append(CSS).append("</style></head>\n<body>\n");
        return h;
    }

    private static String close(StringBuilder h) {
        return h.append("<script>\n").append(SCRIPT).append("</script>\n</body></html>\n").toString();
    }

    /** An article url for an href: only http(s), anything else becomes {@code #}. */
    static String safeUrl(String url) {
        String u = url.strip();
        String lower = u.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? u : "#";
    }

    private static String opt(String s) {
        return s == null ? "unknown" : s;
    }

    private static String str(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
