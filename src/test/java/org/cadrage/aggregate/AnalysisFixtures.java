package org.cadrage.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cadrage.model.Article;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.Attribution;
import org.cadrage.model.Camp;
import org.cadrage.model.Credit;
import org.cadrage.model.CreditKind;
import org.cadrage.model.Evidence;
import org.cadrage.model.Hedge;
import org.cadrage.model.HedgeKind;
import org.cadrage.model.Scope;
import org.cadrage.model.SourceRef;
import org.cadrage.model.Span;
import org.cadrage.model.TaskScores;
import org.cadrage.model.TextSpan;
import org.cadrage.model.UnitScore;
import org.cadrage.score.MetricsCalculator;

/** Builds analysed articles from invented French sentences, with evidence at exact offsets. Not thread-safe. */
public final class AnalysisFixtures {
    private final StringBuilder text = new StringBuilder();
    private final List<Attribution> attributions = new ArrayList<>();
    private final List<Hedge> hedges = new ArrayList<>();
    private final List<Credit> credits = new ArrayList<>();
    private final Map<String, TaskScores> scores = new TreeMap<>();

    public static AnalysisFixtures doc() {
        return new AnalysisFixtures();
    }

    public AnalysisFixtures text(String s) {
        text.append(s);
        return this;
    }

    /** « {speaker} {verb} que {content}. » as an indirect report. */
    public AnalysisFixtures say(String speaker, Camp camp, String verb, String lemma, String stance, String content) {
        TextSpan sp = append(speaker);
        text.append(' ');
        TextSpan cue = append(verb);
        text.append(" que ");
        TextSpan ct = append(content);
        text.append(". ");
        attributions.add(new Attribution("indirect", sp, null, cue, lemma, stance, ct.span(), camp.id(),
                camp == Camp.ANONYMOUS, false, null, null));
        return this;
    }

    /** « « {content} », a déclaré {speaker}. » as a direct quote. */
    public AnalysisFixtures quote(String speaker, Camp camp, String content) {
        text.append("\u00AB\u00A0");
        TextSpan ct = append(content);
        text.append("\u00A0\u00BB, a ");
        TextSpan cue = append("déclaré");
        text.append(' ');
        TextSpan sp = append(speaker);
        text.append(". ");
        attributions.add(new Attribution("direct", sp, null, cue, "déclarer", "neutral", ct.span(), camp.id(),
                false, false, null, null));
        return this;
    }

    /** « {before}{word}{after} » with {@code word} a hedge. */
    public AnalysisFixtures hedge(String before, String word, String after, HedgeKind kind, Scope scope) {
        text.append(before);
        TextSpan w = append(word);
        text.append(after);
        hedges.add(new Hedge(w.text(), w.start(), w.end(), kind, scope, kind.id() + ":" + word));
        return this;
    }

    /** « {credit}. » as a credit. */
    public AnalysisFixtures credit(String credit, String outlet, boolean state, CreditKind kind) {
        TextSpan c = append(credit);
        text.append(". ");
        credits.add(new Credit(c.text(), c.start(), c.end(), kind, outlet, state, state ? "RU" : null));
        return this;
    }

    /** An article-level single-label score. */
    public AnalysisFixtures score(String task, String predicted, Map<String, Double> probabilities) {
        scores.put(task, new TaskScores(task, task + "-model", false,
                List.of(new UnitScore(null, List.of(predicted), probabilities))));
        return this;
    }

    public ArticleAnalysis build(String id, String outlet, LocalDate published, int tokens) {
        return build(id, outlet, published, tokens, null, null);
    }

    public ArticleAnalysis build(String id, String outlet, LocalDate published, int tokens, String title, String url) {
        String doc = text.toString();
        Article a = new Article(id, new SourceRef("fixture.jsonl", 1, "0".repeat(64)), doc,
                new Span(0, doc.length()), outlet, published, title, url, Map.of(), Map.of(), List.of(), List.of());
        Evidence e = new Evidence(hedges, credits, attributions, List.of());
        return new ArticleAnalysis(a, e, MetricsCalculator.compute(tokens, 5, e,
                at -> at.camp().equals(Camp.RUSSIA_STATE_MEDIA.id())), scores);
    }

    private TextSpan append(String s) {
        int start = text.length();
        text.append(s);
        return new TextSpan(s, start, text.length());
    }

    /** Outlet names of {@link #generated}; one has characters to escape. */
    public static final List<String> OUTLETS = List.of("Journal <Test> & \"Cie\"", "L'Écho de l'Est",
            "Le Quotidien du Matin", "Radio Horizon");

    private static final String[][] SPEAKERS = {
        {"le porte-parole du Kremlin", "russia_official"}, {"l'agence TASS", "russia_state_media"},
        {"le ministre ukrainien de la Défense", "ukraine_official"}, {"un diplomate américain", "western_official"},
        {"une source militaire", "anonymous"}, {"un chercheur de l'université de Lyon", "expert_or_other"}};
    private static final String[][] VERBS = {{"a déclaré", "déclarer", "neutral"}, {"a prétendu", "prétendre",
        "distancing"}, {"a dénoncé", "dénoncer", "evaluative"}, {"a démenti", "démentir", "denial"},
        {"a affirmé", "affirmer", "assertive"}};

    /**
     * {@code n} deterministic articles over {@link #OUTLETS} and 20 weeks from 2022-01-03, sorted by outlet, date
     * and id, generated lazily on each call of the supplier (nothing is retained).
     */
    public static Supplier<Stream<ArticleAnalysis>> generated(int n, long seed) {
        return () -> IntStream.range(0, n).mapToObj(i -> generate(i, n, seed));
    }

    private static ArticleAnalysis generate(int i, int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        int perOutlet = (n + OUTLETS.size() - 1) / OUTLETS.size();
        String outlet = OUTLETS.get(i / perOutlet);
        int k = i % perOutlet;
        LocalDate date = LocalDate.of(2022, 1, 3).plusDays((long) k * 140 / perOutlet);
        AnalysisFixtures d = doc().text("Les combats se poursuivent dans la région de Kharkiv. ");
        int atts = r.nextInt(5);
        for (int a = 0; a < atts; a++) {
            String[] sp = SPEAKERS[r.nextInt(SPEAKERS.length)];
            String[] v = VERBS[r.nextInt(VERBS.length)];
            if (r.nextInt(3) == 0) {
                d.quote(sp[0].substring(0, 1).toUpperCase(java.util.Locale.ROOT) + sp[0].substring(1),
                        Camp.fromId(sp[1]), "Nous ne reculerons pas");
            } else {
                d.say(sp[0].substring(0, 1).toUpperCase(java.util.Locale.ROOT) + sp[0].substring(1),
                        Camp.fromId(sp[1]), v[0], v[1], v[2], "la situation est sous contrôle");
            }
        }
        if (r.nextInt(2) == 0) {
            d.hedge("L'armée ", "aurait", " repris deux villages. ", HedgeKind.CONDITIONAL, Scope.NARRATOR);
        }
        if (r.nextInt(4) == 0) {
            d.credit("\u00A9 Sputnik / Ivan Petrov", "Sputnik", true, CreditKind.PHOTO);
        }
        if (i % 97 == 0) {
            d.text("Un lecteur a écrit <script>alert(1)</script> dans les commentaires. ");
        }
        String genre = r.nextInt(3) == 0 ? "opinion" : "news";
        double p = 0.6 + 0.3 * r.nextDouble();
        d.score("genre", genre, genre.equals("news") ? Map.of("news", p, "opinion", 1 - p)
                : Map.of("news", 1 - p, "opinion", p));
        return d.build(String.format(java.util.Locale.ROOT, "a%06d", i), outlet, date, 150 + r.nextInt(400),
                "Article " + i + " sur le front", "https://example.org/articles/" + i);
    }
}
