package org.cadrage.aggregate;

import java.net.URI;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cadrage.aggregate.OutletSummary.ArticleExcerpts;
import org.cadrage.aggregate.OutletSummary.CreditCount;
import org.cadrage.aggregate.OutletSummary.Estimate;
import org.cadrage.aggregate.OutletSummary.Extreme;
import org.cadrage.aggregate.OutletSummary.Figure;
import org.cadrage.aggregate.OutletSummary.SourceCount;
import org.cadrage.aggregate.OutletSummary.TaskDistribution;
import org.cadrage.aggregate.OutletSummary.TimePoint;
import org.cadrage.aggregate.OutletSummary.VerbCount;
import org.cadrage.aggregate.RatioBootstrap.Ratio;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.ArticleMetrics;
import org.cadrage.model.Attribution;
import org.cadrage.model.Camp;
import org.cadrage.model.Credit;
import org.cadrage.model.HedgeKind;
import org.cadrage.model.TaskScores;
import org.cadrage.model.UnitScore;

/** One outlet's running aggregation; see {@link OutletAggregator}. Not thread-safe. */
final class OutletAccumulator {
    static final int TOP_SOURCES = 20;
    static final int EXTREME_ARTICLES = 3;
    static final Set<String> STANCES = Set.of("distancing", "evaluative", "denial");
    private static final List<ArticleIndex> MAIN = ArticleIndex.main();
    private static final List<String> NUM = MAIN.stream().map(i -> "num." + i.id()).toList();
    private static final List<String> DEN = MAIN.stream().map(i -> "den." + i.id()).toList();
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u00A0\\u202F]+");
    private static final java.util.regex.Pattern EDGES =
            java.util.regex.Pattern.compile("^[\\p{Punct}«»“”\\s]+|[\\p{Punct}«»“”\\s&&[^')]]+$");
    /** Index id, direction: the extremes quoted. "highest" keeps only values above 0. */
    private static final List<String[]> EXTREMES = List.of(new String[] {"sideBalance", "lowest"},
            new String[] {"sideBalance", "highest"}, new String[] {"stateMediaReliance", "highest"},
            new String[] {"narratorHedgesPer1000Tokens", "highest"});

    private static final int[] EXTREME_INDEX = EXTREMES.stream()
            .mapToInt(e -> MAIN.stream().map(ArticleIndex::id).toList().indexOf(e[0])).toArray();

    private final String outlet;
    private final AggregateSettings settings;
    private final ArticleColumns columns = new ArticleColumns();
    private int[] days = new int[64];
    private int undated;
    private LocalDate first;
    private LocalDate last;
    private long attributions;
    private final Map<String, Integer> hosts = new HashMap<>();
    private final Map<String, SourceTally> sources = new HashMap<>();
    private final Map<String, Integer> verbs = new TreeMap<>();
    private final Map<String, Integer> credits = new TreeMap<>();
    private final SortedMap<String, SortedSet<String>> taskLabels = new TreeMap<>();
    private final Map<String, Boolean> taskPerParagraph = new TreeMap<>();
    private final Map<String, List<ArticleIndex>> taskIndices = new HashMap<>();
    private final List<TreeSet<Candidate>> extremes = new ArrayList<>();

    private record Candidate(double value, String id, ArticleAnalysis analysis) {
    }

    private static final class SourceTally {
        int count;
        final Map<String, Integer> forms = new TreeMap<>();
        final Map<String, Integer> camps = new TreeMap<>();
    }

    OutletAccumulator(String outlet, AggregateSettings settings) {
        this.outlet = outlet;
        this.settings = settings;
        for (String[] e : EXTREMES) {
            Comparator<Candidate> byValue = Comparator.comparingDouble(Candidate::value);
            Comparator<Candidate> order = (e[1].equals("lowest") ? byValue : byValue.reversed())
                    .thenComparing(Candidate::id);
            extremes.add(new TreeSet<>(order));
        }
    }

    void add(ArticleAnalysis a) {
        int row = columns.addRow();
        if (row == days.length) {
            days = Arrays.copyOf(days, days.length * 2);
        }
        LocalDate published = a.article().published();
        if (published == null) {
            undated++;
            days[row] = Integer.MIN_VALUE;
        } else {
            days[row] = (int) settings.bucket().start(published).toEpochDay();
            first = first == null || published.isBefore(first) ? published : first;
            last = last == null || published.isAfter(last) ? published : last;
        }
        String host = host(a.article().url());
        if (host != null) {
            hosts.merge(host, 1, Integer::sum);
        }
        for (int i = 0; i < MAIN.size(); i++) {
            Double v = MAIN.get(i).of(a);
            if (v != null) {
                columns.add(NUM.get(i), row, v);
                columns.add(DEN.get(i), row, 1);
            }
        }
        ArticleMetrics m = a.metrics();
        attributions += m.sourcing().attributions();
        columns.add("attributions", row, m.sourcing().attributions());
        m.sourcing().campCounts().forEach((camp, n) -> columns.add("camp." + camp, row, n));
        columns.add("tokens", row, m.tokens());
        columns.add("hedges", row, 1000.0 * m.hedges());
        columns.add("narratorHedges", row, 1000.0 * m.narratorHedges());
        m.hedgesByKind().forEach((kind, n) -> columns.add("hedge." + kind, row, 1000.0 * n));
        a.scores().forEach((task, scores) -> addScores(a, row, task, scores));
        for (Attribution at : a.evidence().attributions()) {
            addSource(at);
            if (at.verbStance() != null && at.verbLemma() != null && STANCES.contains(at.verbStance())) {
                verbs.merge(at.camp() + "\t" + at.verbStance() + "\t" + at.verbLemma(), 1, Integer::sum);
            }
        }
        for (Credit c : a.evidence().credits()) {
            if (Boolean.TRUE.equals(c.stateAffiliated())) {
                credits.merge((c.outlet() == null ? c.text() : c.outlet()) + "\t" + c.kind().id(), 1, Integer::sum);
            }
        }
        for (int i = 0; i < EXTREMES.size(); i++) {
            String[] e = EXTREMES.get(i);
            Double v = MAIN.get(EXTREME_INDEX[i]).of(a);
            if (v != null && (e[1].equals("lowest") || v > 0)) {
                TreeSet<Candidate> set = extremes.get(i);
                set.add(new Candidate(v, a.article().id(), a));
                if (set.size() > EXTREME_ARTICLES) {
                    set.pollLast();
                }
            }
        }
    }

    private void addScores(ArticleAnalysis a, int row, String task, TaskScores scores) {
        SortedSet<String> labels = new TreeSet<>();
        Set<String> predicted = new TreeSet<>();
        for (UnitScore u : scores.units()) {
            labels.addAll(u.probabilities().keySet());
            predicted.addAll(u.predicted());
        }
        taskLabels.computeIfAbsent(task, t -> new TreeSet<>()).addAll(labels);
        taskPerParagraph.putIfAbsent(task, scores.perParagraph());
        columns.add("task." + task, row, 1);
        for (String label : predicted) {
            columns.add("pred." + task + "\t" + label, row, 1);
        }
        List<ArticleIndex> indices = taskIndices.computeIfAbsent(task + "\t" + labels, k -> {
            SortedMap<String, SortedSet<String>> one = new TreeMap<>(Map.of(task, labels));
            return ArticleIndex.catalogue(one).stream().filter(x -> x.id().startsWith(task + ".")).toList();
        });
        for (ArticleIndex index : indices) {
            Double v = index.of(a);
            if (v != null) {
                columns.add("mean." + index.id(), row, v);
            }
        }
    }

    private void addSource(Attribution at) {
        String name = at.speakerResolved() != null ? at.speakerResolved()
                : at.speaker() == null ? null : at.speaker().text();
        if (name == null) {
            return;
        }
        String form = normaliseSource(name);
        if (form.isEmpty()) {
            return;
        }
        SourceTally t = sources.computeIfAbsent(form.toLowerCase(Locale.ROOT), k -> new SourceTally());
        t.count++;
        t.forms.merge(form, 1, Integer::sum);
        t.camps.merge(at.camp(), 1, Integer::sum);
    }

    /** Apostrophes and quotes made straight, spaces collapsed, surrounding punctuation removed. */
    static String normaliseSource(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).replace('\u2019', '\'').replace('\u02BC', '\'');
        return EDGES.matcher(SPACES.matcher(t).replaceAll(" ").strip()).replaceAll("").strip();
    }

    static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String h = URI.create(url.strip()).getHost();
            if (h == null) {
                return null;
            }
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    OutletSummary summary() {
        int n = columns.rows();
        List<Ratio> ratios = new ArrayList<>();
        List<String[]> names = new ArrayList<>();
        for (ArticleIndex index : MAIN) {
            ratios.add(new Ratio(columns.column("num." + index.id()), columns.column("den." + index.id())));
            names.add(new String[] {"index", index.id(), index.description()});
        }
        double[] att = columns.column("attributions");
        for (Camp c : Camp.values()) {
            ratios.add(new Ratio(columns.column("camp." + c.id()), att));
            names.add(new String[] {"voice", c.id(), "attributions of camp " + c.id() + " / all attributions"});
        }
        double[] tokens = columns.column("tokens");
        ratios.add(new Ratio(columns.column("hedges"), tokens));
        names.add(new String[] {"hedging", "all", "1000 x hedges / tokens, pooled over articles"});
        ratios.add(new Ratio(columns.column("narratorHedges"), tokens));
        names.add(new String[] {"hedging", "narrator", "1000 x narrator hedges / tokens, pooled over articles"});
        for (HedgeKind k : HedgeKind.values()) {
            ratios.add(new Ratio(columns.column("hedge." + k.id()), tokens));
            names.add(new String[] {"hedging", k.id(), "1000 x " + k.id() + " hedges / tokens, pooled"});
        }
        taskLabels.forEach((task, labels) -> {
            double[] scored = columns.column("task." + task);
            for (String label : labels) {
                ratios.add(new Ratio(columns.column("pred." + task + "\t" + label), scored));
                names.add(new String[] {"pred." + task, label, "share of scored articles with " + label
                        + " predicted"});
            }
            for (String label : labels) {
                ratios.add(new Ratio(columns.column("mean." + task + "." + label), scored));
                names.add(new String[] {"mean." + task, label, taskPerParagraph.get(task)
                        ? "mean share of paragraphs predicted " + label : "mean probability of " + label});
            }
        });
        List<Estimate> estimates = RatioBootstrap.estimate(ratios, settings.resamples(), settings.seed());
        Map<String, List<Figure>> groups = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            String[] nm = names.get(i);
            groups.computeIfAbsent(nm[0], g -> new ArrayList<>()).add(new Figure(nm[1], nm[2], estimates.get(i)));
        }
        List<TaskDistribution> tasks = new ArrayList<>();
        taskLabels.forEach((task, labels) -> tasks.add(new TaskDistribution(task, taskPerParagraph.get(task),
                (int) Arrays.stream(columns.column("task." + task)).filter(v -> v > 0).count(),
                groups.get("pred." + task), groups.get("mean." + task))));
        return new OutletSummary(outlet, n, undated, first, last, topHost(), attributions, groups.get("index"),
                groups.get("voice"), groups.get("hedging"), tasks, series(ratios.subList(0, MAIN.size())),
                topSources(), creditCounts(), verbCounts(), extremes());
    }

    private List<TimePoint> series(List<Ratio> main) {
        TreeMap<Integer, List<Integer>> buckets = new TreeMap<>();
        for (int row = 0; row < columns.rows(); row++) {
            if (days[row] != Integer.MIN_VALUE) {
                buckets.computeIfAbsent(days[row], d -> new ArrayList<>()).add(row);
            }
        }
        List<TimePoint> out = new ArrayList<>();
        buckets.forEach((day, rowList) -> {
            int[] rows = rowList.stream().mapToInt(Integer::intValue).toArray();
            LocalDate start = LocalDate.ofEpochDay(day);
            String label = settings.bucket().label(start);
            List<Ratio> sub = main.stream().map(r -> r.rows(rows)).toList();
            List<Estimate> est = RatioBootstrap.estimate(sub, settings.resamples(),
                    settings.seed() * 31 + (outlet + "\t" + label).hashCode());
            List<Figure> figures = new ArrayList<>();
            for (int i = 0; i < MAIN.size(); i++) {
                figures.add(new Figure(MAIN.get(i).id(), MAIN.get(i).description(), est.get(i)));
            }
            out.add(new TimePoint(label, start, rows.length, figures));
        });
        return out;
    }

    private String topHost() {
        return hosts.entrySet().stream()
                .min(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private List<SourceCount> topSources() {
        return sources.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, SourceTally>>comparingInt(e -> -e.getValue().count)
                        .thenComparing(Map.Entry::getKey))
                .limit(TOP_SOURCES)
                .map(e -> new SourceCount(mostFrequent(e.getValue().forms), mostFrequent(e.getValue().camps),
                        e.getValue().count))
                .toList();
    }

    private static String mostFrequent(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .min(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
    }

    private List<CreditCount> creditCounts() {
        return credits.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> {
                    String[] k = e.getKey().split("\t", -1);
                    return new CreditCount(k[0], k[1], e.getValue());
                }).toList();
    }

    private List<VerbCount> verbCounts() {
        return verbs.entrySet().stream().map(e -> {
            String[] k = e.getKey().split("\t", -1);
            return new VerbCount(k[0], k[1], k[2], e.getValue());
        }).sorted(Comparator.comparing(VerbCount::camp).thenComparing(VerbCount::stance)
                .thenComparing(Comparator.comparingInt(VerbCount::count).reversed())
                .thenComparing(VerbCount::lemma)).toList();
    }

    private List<Extreme> extremes() {
        List<Extreme> out = new ArrayList<>();
        for (int i = 0; i < EXTREMES.size(); i++) {
            List<ArticleExcerpts> articles = new ArrayList<>();
            for (Candidate c : extremes.get(i)) {
                var art = c.analysis().article();
                articles.add(new ArticleExcerpts(art.id(), art.title(), art.url(), art.published(), c.value(),
                        Excerpts.of(c.analysis())));
            }
            out.add(new Extreme(EXTREMES.get(i)[0], EXTREMES.get(i)[1], articles));
        }
        return out;
    }
}
