package org.cadrage.report.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cadrage.aggregate.ArticleIndex;
import org.cadrage.model.Article;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.Attribution;
import org.cadrage.model.Camp;
import org.cadrage.model.Credit;
import org.cadrage.model.Hedge;
import org.cadrage.model.Provenance;
import org.cadrage.model.Span;
import org.cadrage.model.TaskScores;
import org.cadrage.model.TextSpan;
import org.cadrage.model.UnitScore;

/**
 * The export's sheets: their columns with definitions, the rows of one article, and the outlet and outlet-by-month
 * means accumulated while the articles stream past. Not thread-safe: one instance per export.
 */
final class ExportTables {
    static final String EXPORT_FORMAT = "1";
    private static final Comparator<String> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());
    private static final Comparator<Attribution> BY_EXTENT = Comparator.comparing(ExportTables::extent)
            .thenComparing(a -> a.cue().span());

    private final List<ArticleIndex> catalogue;
    private final List<ArticleIndex> main = ArticleIndex.main();
    private final List<String> tasks;
    private final TableSpec articles;
    private final TableSpec attributions;
    private final TableSpec hedges;
    private final TableSpec credits;
    private final TableSpec outlets;
    private final TableSpec periods;
    private final TableSpec readme;
    private final TreeMap<String, OutletStats> byOutlet = new TreeMap<>(NULLS_LAST);
    private final TreeMap<String, TreeMap<YearMonth, Means>> byMonth = new TreeMap<>(NULLS_LAST);
    private final MessageDigest sha256;

    /** @param scoredTasks the framing tasks found in the analyses and the labels of each */
    ExportTables(SortedMap<String, SortedSet<String>> scoredTasks) {
        catalogue = ArticleIndex.catalogue(scoredTasks);
        tasks = List.copyOf(scoredTasks.keySet());
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        List<Column> a = new ArrayList<>(List.of(
                col("id", "article id, unique within the analysis run (file name stem, JSONL or CSV record id;"
                        + " id#n for the n-th article of a multi-article page)"),
                col("outlet", "outlet name; empty when unknown"),
                col("published", "publication date (a date cell; yyyy-MM-dd in CSV); empty when unknown"),
                col("source", "input file the article was read from, as given to cadrage analyze"),
                col("sourceLine", "1-based line or record number in a JSONL or CSV input; empty for whole files"),
                col("url", "article URL; empty when unknown"),
                col("title", "article title; empty when unknown"),
                col("documentSha256", "SHA-256 (hex) of the UTF-8 bytes of the source document as decoded, the text"
                        + " every offset of the evidence sheets points into"),
                col("tokens", "tokens in the article (boilerplate excluded)"),
                col("sentences", "sentences in the article"),
                col("hedges", "hedges and distancing markers found"),
                col("narratorHedges", "hedges in the narrator's (journalist's) voice"),
                col("credits", "credits to outlets (photo credits, datelines, links, source mentions)"),
                col("stateMediaCredits", "credits to state-affiliated outlets")));
        for (ArticleIndex index : catalogue) {
            a.add(col(index.id(), index.description() + "; empty when undefined for the article (zero denominator,"
                    + " or no model)"));
        }
        for (String task : tasks) {
            a.add(col("predicted." + task, "labels predicted by the " + task + " model, sorted, separated by '; '"
                    + " (paragraph-level tasks: every label predicted for at least one paragraph); empty when the"
                    + " article was not scored for " + task));
        }
        articles = new TableSpec("Articles", "articles.csv", a);

        List<Column> at = new ArrayList<>(evidencePrefix("attribution"));
        at.addAll(List.of(
                col("type", "direct (quotation), indirect (reported speech) or according_to (selon ...)"),
                col("speaker", "the speaker's words exactly as in the document; empty when no speaker is stated"),
                col("speakerResolved", "the speaker a pronoun or short mention resolves to; empty when unresolved"),
                col("cue", "the reporting verb or phrase exactly as in the document"),
                col("verbLemma", "the reporting verb's lemma; empty for phrases such as selon"),
                col("verbStance", "the verb's stance class (neutral, assertive, distancing, ...); empty when none"),
                col("camp", "camp of the source: " + String.join(", ", Arrays.stream(Camp.values()).map(Camp::id)
                        .toList())),
                col("campRule", "what decided the camp (gazetteer:NAME, title:PHRASE, metonym:PLACE, registry:OUTLET,"
                        + " person-without-office:NAME, anaphor:..., ...); empty in older analyses"),
                col("anonymous", "whether the source is anonymous (true/false)"),
                col("nested", "whether the attribution is nested in another one's content (true/false)"),
                col("via", "outlet relaying the statement (selon X, cité par Y); empty when none"),
                col("contentStart", "start offset of the reported content in the document (0-based, inclusive)"),
                col("contentEnd", "end offset of the reported content (exclusive)"),
                col("content", "the reported content, exactly the document's characters contentStart to"
                        + " contentEnd")));
        attributions = new TableSpec("Attributions", "attributions.csv", at);

        List<Column> h = new ArrayList<>(evidencePrefix("hedge"));
        h.addAll(List.of(
                col("text", "the hedge exactly as in the document"),
                col("kind", "conditional, modal, epistemic or distancing"),
                col("scope", "narrator (the journalist's voice) or attributed (inside a reported statement)"),
                col("cue", "the lexicon entry or rule that matched")));
        hedges = new TableSpec("Hedges", "hedges.csv", h);

        List<Column> c = new ArrayList<>(evidencePrefix("credit"));
        c.addAll(List.of(
                col("text", "the credit exactly as in the document"),
                col("kind", "photo, dateline, link or source_mention"),
                col("creditedOutlet", "canonical name of the credited outlet from the registry; empty when unknown"),
                col("stateAffiliated", "whether the registry records the credited outlet as state-affiliated"
                        + " (true/false); empty when unknown"),
                col("country", "ISO 3166-1 alpha-2 country of the credited outlet; empty when unknown")));
        credits = new TableSpec("Credits", "credits.csv", c);

        List<Column> o = new ArrayList<>(List.of(
                col("outlet", "outlet name; empty for articles whose outlet is unknown"),
                col("articles", "number of articles"),
                col("undated", "articles without a publication date"),
                col("firstPublished", "earliest publication date"),
                col("lastPublished", "latest publication date")));
        o.addAll(meanColumns("the outlet's articles"));
        o.add(col("attributions", "total attributions in the outlet's articles"));
        for (Camp camp : Camp.values()) {
            o.add(col("attributions." + camp.id(), "total attributions whose source camp is " + camp.id()));
        }
        outlets = new TableSpec("Outlets", "outlets.csv", o);

        List<Column> p = new ArrayList<>(List.of(
                col("outlet", "outlet name; empty when unknown"),
                col("month", "calendar month of publication, yyyy-MM (undated articles are left out)"),
                col("articles", "number of articles of the outlet published that month")));
        p.addAll(meanColumns("the outlet's articles of the month"));
        periods = new TableSpec("OutletPeriods", "outlet_periods.csv", p);

        readme = new TableSpec("README", "readme.csv", List.of(
                col("sheet", "the sheet (CSV: the file) a row describes; (notes) for conventions, (provenance) for"
                        + " what produced the export"),
                col("column", "the column's header, or the name of the note or provenance entry"),
                col("definition", "what the column holds, or the note's or provenance entry's value")));
    }

    /** The sheets in output order. */
    List<TableSpec> specs() {
        return List.of(articles, attributions, hedges, credits, outlets, periods, readme);
    }

    TableSpec articles() {
        return articles;
    }

    TableSpec attributions() {
        return attributions;
    }

    TableSpec hedges() {
        return hedges;
    }

    TableSpec credits() {
        return credits;
    }

    TableSpec outlets() {
        return outlets;
    }

    TableSpec periods() {
        return periods;
    }

    TableSpec readme() {
        return readme;
    }

    /** Writes one article's rows to the four article tables and adds it to the outlet statistics. */
    void add(ArticleAnalysis analysis, TableSink.Table articleTable, TableSink.Table attributionTable,
             TableSink.Table hedgeTable, TableSink.Table creditTable) throws IOException {
        Article a = analysis.article();
        String doc = a.document();
        List<Object> row = new ArrayList<>(articles.columns().size());
        row.addAll(Arrays.asList(a.id(), a.outlet(), a.published(), a.source().path(), a.source().line(), a.url(),
                a.title(), HexFormat.of().formatHex(sha256.digest(doc.getBytes(StandardCharsets.UTF_8))),
                analysis.metrics().tokens(), analysis.metrics().sentences(), analysis.metrics().hedges(),
                analysis.metrics().narratorHedges(), analysis.metrics().credits(),
                analysis.metrics().stateMediaCredits()));
        for (ArticleIndex index : catalogue) {
            row.add(index.of(analysis));
        }
        for (String task : tasks) {
            row.add(predicted(analysis.scores().get(task)));
        }
        articleTable.row(row);

        for (Attribution at : analysis.evidence().attributions().stream().sorted(BY_EXTENT).toList()) {
            Span extent = extent(at);
            attributionTable.row(Arrays.asList(a.id(), a.outlet(), a.published(), extent.start(), extent.end(),
                    at.type(), at.speaker() == null ? null : at.speaker().text(), at.speakerResolved(),
                    at.cue().text(), at.verbLemma(), at.verbStance(), at.camp(), at.campRule(), at.anonymous(), at.nested(),
                    at.via(),
                    at.content().start(), at.content().end(), at.content().of(doc)));
        }
        for (Hedge h : analysis.evidence().hedges()) {
            hedgeTable.row(Arrays.asList(a.id(), a.outlet(), a.published(), h.start(), h.end(), h.text(),
                    h.kind().id(), h.scope().id(), h.cue()));
        }
        for (Credit c : analysis.evidence().credits()) {
            creditTable.row(Arrays.asList(a.id(), a.outlet(), a.published(), c.start(), c.end(), c.text(),
                    c.kind().id(), c.outlet(), c.stateAffiliated(), c.country()));
        }

        Double[] mainValues = new Double[main.size()];
        for (int i = 0; i < mainValues.length; i++) {
            mainValues[i] = main.get(i).of(analysis);
        }
        byOutlet.computeIfAbsent(a.outlet(), k -> new OutletStats(main.size())).add(a.published(), mainValues,
                analysis.metrics().sourcing().campCounts());
        if (a.published() != null) {
            byMonth.computeIfAbsent(a.outlet(), k -> new TreeMap<>())
                    .computeIfAbsent(YearMonth.from(a.published()), k -> new Means(main.size())).add(mainValues);
        }
    }

    /** Writes the Outlets and OutletPeriods sheets from the statistics gathered by {@link #add}. */
    void writeOutlets(TableSink.Table outletTable, TableSink.Table periodTable) throws IOException {
        for (Map.Entry<String, OutletStats> e : byOutlet.entrySet()) {
            OutletStats s = e.getValue();
            List<Object> row = new ArrayList<>(Arrays.asList(e.getKey(), s.means.n, s.undated, s.first, s.last));
            row.addAll(s.means.values());
            row.add(s.camps.values().stream().mapToLong(Long::longValue).sum());
            for (Camp camp : Camp.values()) {
                row.add(s.camps.getOrDefault(camp.id(), 0L));
            }
            outletTable.row(row);
        }
        for (Map.Entry<String, TreeMap<YearMonth, Means>> e : byMonth.entrySet()) {
            for (Map.Entry<YearMonth, Means> m : e.getValue().entrySet()) {
                List<Object> row = new ArrayList<>(Arrays.asList(e.getKey(), m.getKey().toString(), m.getValue().n));
                row.addAll(m.getValue().values());
                periodTable.row(row);
            }
        }
    }

    /** The README rows: every column of every sheet, then {@code notes}, then the provenance. */
    List<List<Object>> readmeRows(TableSink sink, List<String[]> notes, Provenance p, Map<String, String> settings) {
        List<List<Object>> rows = new ArrayList<>();
        for (TableSpec spec : specs()) {
            for (Column c : spec.columns()) {
                rows.add(List.of(sink.label(spec), c.name(), c.definition()));
            }
        }
        List<String[]> all = new ArrayList<>();
        all.add(new String[] {"emptyCells", "an empty cell means no value: unknown metadata, or an index whose"
                + " denominator is zero (never 0 in its place)"});
        all.add(new String[] {"offsets", "start/end are 0-based character offsets (Java UTF-16 string indices) into"
                + " the source document as decoded, end exclusive, as in analysis.jsonl"});
        all.add(new String[] {"order", "Articles and evidence rows follow the workspace's order (outlet, publication"
                + " date, id; evidence by offset); Outlets and OutletPeriods are sorted by outlet (unknown last),"
                + " then month"});
        all.add(new String[] {"means", "Outlets and OutletPeriods give the mean of each index over the articles"
                + " where it is defined (articles with an empty value are left out of that mean)"});
        all.addAll(notes);
        for (String[] n : all) {
            rows.add(List.of("(notes)", n[0], n[1]));
        }
        List<String[]> prov = new ArrayList<>();
        prov.add(new String[] {"tool", p.tool()});
        prov.add(new String[] {"version", p.version()});
        prov.add(new String[] {"gitCommit", p.gitCommit()});
        prov.add(new String[] {"annotator", p.annotator()});
        prov.add(new String[] {"pipelineId", p.pipelineId()});
        prov.add(new String[] {"exportFormat", EXPORT_FORMAT});
        new TreeMap<>(p.libraries()).forEach((k, v) -> prov.add(new String[] {"library." + k, v}));
        new TreeMap<>(p.settings()).forEach((k, v) -> prov.add(new String[] {"setting." + k, v}));
        p.inputs().forEach((k, v) -> prov.add(new String[] {"input.sha256." + k, v}));
        new TreeMap<>(settings).forEach((k, v) -> prov.add(new String[] {"export." + k, v}));
        for (String[] e : prov) {
            rows.add(Arrays.asList("(provenance)", e[0], e[1]));
        }
        return rows;
    }

    /** The framing tasks of {@code analysis} with every label their models know. */
    static void collectTasks(ArticleAnalysis analysis, SortedMap<String, SortedSet<String>> into) {
        analysis.scores().forEach((task, s) -> {
            SortedSet<String> labels = into.computeIfAbsent(task, k -> new TreeSet<>());
            for (UnitScore u : s.units()) {
                labels.addAll(u.probabilities().keySet());
            }
        });
    }

    private static String predicted(TaskScores s) {
        if (s == null) {
            return null;
        }
        TreeSet<String> labels = new TreeSet<>();
        s.units().forEach(u -> labels.addAll(u.predicted()));
        return String.join("; ", labels);
    }

    /** The smallest span covering an attribution's speaker, cue and content. */
    static Span extent(Attribution a) {
        int start = Math.min(a.cue().start(), a.content().start());
        int end = Math.max(a.cue().end(), a.content().end());
        TextSpan sp = a.speaker();
        if (sp != null) {
            start = Math.min(start, sp.start());
            end = Math.max(end, sp.end());
        }
        return new Span(start, end);
    }

    private List<Column> meanColumns(String over) {
        return main.stream().map(i -> col(i.id(), "mean over " + over + " of: " + i.description())).toList();
    }

    private static List<Column> evidencePrefix(String what) {
        return List.of(
                col("articleId", "id of the article (Articles sheet)"),
                col("outlet", "the article's outlet; empty when unknown"),
                col("published", "the article's publication date; empty when unknown"),
                col("start", "start offset of the " + what + " in the source document (0-based, inclusive)"),
                col("end", "end offset of the " + what + " (exclusive)"));
    }

    private static Column col(String name, String definition) {
        return new Column(name, definition);
    }

    /** Running means of the main indices, each over the articles where it is defined. */
    private static final class Means {
        final double[] sum;
        final long[] count;
        long n;

        Means(int size) {
            sum = new double[size];
            count = new long[size];
        }

        void add(Double[] values) {
            n++;
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    sum[i] += values[i];
                    count[i]++;
                }
            }
        }

        List<Double> values() {
            List<Double> out = new ArrayList<>(sum.length);
            for (int i = 0; i < sum.length; i++) {
                out.add(count[i] == 0 ? null : sum[i] / count[i]);
            }
            return out;
        }
    }

    private static final class OutletStats {
        final Means means;
        final TreeMap<String, Long> camps = new TreeMap<>();
        long undated;
        LocalDate first;
        LocalDate last;

        OutletStats(int size) {
            means = new Means(size);
        }

        void add(LocalDate published, Double[] values, Map<String, Integer> campCounts) {
            means.add(values);
            campCounts.forEach((camp, n) -> camps.merge(camp, (long) n, Long::sum));
            if (published == null) {
                undated++;
            } else {
                first = first == null || published.isBefore(first) ? published : first;
                last = last == null || published.isAfter(last) ? published : last;
            }
        }
    }
}
