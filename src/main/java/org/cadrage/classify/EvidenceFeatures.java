package org.cadrage.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadrage.model.Article;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.Attribution;
import org.cadrage.model.Camp;
import org.cadrage.model.Credit;
import org.cadrage.model.CreditKind;
import org.cadrage.model.Hedge;
import org.cadrage.model.HedgeKind;
import org.cadrage.model.Scope;
import org.cadrage.model.SourcingIndices;
import org.cadrage.model.Span;

/**
 * Named numeric features computed from Cadrage's evidence for one unit (a paragraph or the whole article), so that a
 * framing classifier's decisions can be explained in Cadrage's own terms.
 *
 * <p><b>Membership.</b> A hedge or credit belongs to the unit when its start offset lies in the unit; an attribution
 * when its cue's start lies in the unit (so every item belongs to exactly one paragraph of a partition). Quote
 * density is different: it counts every character of the unit covered by the content of <em>any</em> attribution of
 * the article (the union of contents, so nested attributions are not counted twice), wherever the cue is.
 *
 * <p><b>Words.</b> {@link #words} on the unit's characters of {@link Article#analysisText()} (boilerplate blanked):
 * a word is a run of letters, possibly joined by hyphens or inner apostrophes (« anglo-saxon », « aujourd'hui »,
 * « a-t-il » are one word each); an elided clitic before a letter is a word of its own, so « l’OTAN » is two words
 * (« l' » and « OTAN »), « qu’il » two, « jusqu’à » two. Digits and punctuation are not words. ’ counts as '.
 *
 * <p><b>Features</b> (every name always present; rates are per 1000 words and 0 when the unit has no word; shares
 * among the unit's attributions are 0 when it has none, and {@code ev_no_attribution} is then 1):
 * <ul>
 *   <li>{@code ev_words_log} = ln(1 + words)</li>
 *   <li>{@code ev_hedges_per1000}, {@code ev_hedge_<kind>_per1000} for each {@link HedgeKind} id,
 *       {@code ev_hedge_narrator_per1000}, {@code ev_hedge_attributed_per1000}</li>
 *   <li>{@code ev_credits_per1000}, {@code ev_credit_<kind>_per1000} for each {@link CreditKind} id,
 *       {@code ev_credits_state_per1000} (credits whose outlet is state-affiliated)</li>
 *   <li>{@code ev_attributions_per1000}, {@code ev_attr_<type>_per1000} for direct, indirect, according_to</li>
 *   <li>{@code ev_stance_<stance>_per1000} for each verb stance of the reporting-verb lexicon (neutral, assertive,
 *       distancing, concessive, denial, warning, evaluative) and {@code ev_stance_other_per1000} for any other
 *       non-null stance; attributions without stance (« selon ») count in none</li>
 *   <li>{@code ev_camp_<camp>_share} for each {@link Camp} id, {@code ev_anonymous_share},
 *       {@code ev_direct_share}, {@code ev_no_attribution}</li>
 *   <li>{@code ev_quote_density}: characters of the unit inside attribution contents / characters of the unit</li>
 *   <li>only when the unit covers the whole article: the article's {@link SourcingIndices} as
 *       {@code ev_idx_<name>} ({@code side_balance, source_diversity, anonymity_rate, direct_quote_share,
 *       unknown_camp_share, stance_asymmetry, hedge_asymmetry, state_media_reliance}), each with
 *       {@code ev_idx_<name>_missing} = 1 when the index is {@code null} (the index is then 0), else 0</li>
 * </ul>
 * {@link #contextOf} gives the whole-article features renamed {@code doc_...}, for paragraph units. The name set
 * depends only on whether the unit covers the article's span: 39 names for a part, 55 for the whole (so a paragraph
 * that is the whole of a one-paragraph article also gets the {@code ev_idx_} names).
 *
 * <p>Thread-safe. Each thread remembers the features of the last analysis it was asked about (the framing models of
 * one article ask for the same ones in turn); results are the same with or without that memo. Arguments must not be
 * {@code null}.
 */
public final class EvidenceFeatures {
    /** The feature-set version: bump whenever a name, a definition or the word rule changes. */
    public static final String VERSION = "ev-1";

    private static final List<String> TYPES = List.of("direct", "indirect", "according_to");
    private static final List<String> STANCES = List.of("neutral", "assertive", "distancing", "concessive", "denial",
            "warning", "evaluative");
    private static final Pattern WORD = Pattern.compile(
            "(?iu)(?:jusqu|lorsqu|puisqu|quoiqu|qu|[cdjlmnst])'(?=\\p{L})|\\p{L}+(?:[-']\\p{L}+)*");

    private EvidenceFeatures() {
    }

    /**
     * The words of {@code text} by the rule of the class comment, in order, with ’ replaced by ' (case kept).
     * Shared with {@link SentimentLexicon}, so that its per-1000 rates count the same words.
     */
    public static List<String> words(String text) {
        String[] lastText = LAST_TEXT.get();
        if (text.equals(lastText[0])) {
            return LAST_WORDS.get();
        }
        List<String> out = splitWords(text);
        lastText[0] = text;
        LAST_WORDS.set(out);
        return out;
    }

    /** The last text this thread split into words, and its words (the models of one article split it in turn). */
    private static final ThreadLocal<String[]> LAST_TEXT = ThreadLocal.withInitial(() -> new String[1]);
    private static final ThreadLocal<List<String>> LAST_WORDS = new ThreadLocal<>();

    private static List<String> splitWords(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.replace('\u2019', '\''));
        while (m.find()) {
            out.add(m.group());
        }
        return List.copyOf(out);
    }

    /**
     * The {@code ev_} features of {@code unit}.
     *
     * @param unit a span of {@code analysis.article().document()}; the article's own span for whole-article features
     * @throws IllegalArgumentException naming the span when it exceeds the document
     */
    public static SortedMap<String, Double> of(ArticleAnalysis analysis, Span unit) {
        Memo memo = MEMO.get();
        if (memo == null || memo.analysis != analysis) {
            memo = new Memo(analysis, analysis.article().analysisText(), new java.util.HashMap<>());
            MEMO.set(memo);
        }
        SortedMap<String, Double> known = memo.features.get(unit);
        if (known == null) {
            known = compute(analysis, unit, memo.analysisText);
            memo.features.put(unit, known);
        }
        return new TreeMap<>(known);
    }

    /**
     * The last analysis this thread asked about, with its analysis text and the features computed for it: the framing
     * models of one article (genre, frames, techniques' context) ask for the same features in turn.
     */
    private record Memo(ArticleAnalysis analysis, String analysisText,
                        java.util.Map<Span, SortedMap<String, Double>> features) {
    }

    private static final ThreadLocal<Memo> MEMO = new ThreadLocal<>();

    private static SortedMap<String, Double> compute(ArticleAnalysis analysis, Span unit, String analysisText) {
        Article article = analysis.article();
        String text = unit.of(analysisText);
        int words = words(text).size();
        SortedMap<String, Double> f = new TreeMap<>();
        f.put("ev_words_log", Math.log1p(words));

        List<Hedge> hedges = analysis.evidence().hedges().stream().filter(h -> unit.contains(h.start())).toList();
        f.put("ev_hedges_per1000", per1000(hedges.size(), words));
        for (HedgeKind k : HedgeKind.values()) {
            f.put("ev_hedge_" + k.id() + "_per1000", per1000(hedges.stream().filter(h -> h.kind() == k).count(), words));
        }
        for (Scope s : Scope.values()) {
            f.put("ev_hedge_" + s.id() + "_per1000", per1000(hedges.stream().filter(h -> h.scope() == s).count(), words));
        }

        List<Credit> credits = analysis.evidence().credits().stream().filter(c -> unit.contains(c.start())).toList();
        f.put("ev_credits_per1000", per1000(credits.size(), words));
        for (CreditKind k : CreditKind.values()) {
            f.put("ev_credit_" + k.id() + "_per1000",
                    per1000(credits.stream().filter(c -> c.kind() == k).count(), words));
        }
        f.put("ev_credits_state_per1000",
                per1000(credits.stream().filter(c -> Boolean.TRUE.equals(c.stateAffiliated())).count(), words));

        List<Attribution> all = analysis.evidence().attributions();
        List<Attribution> attributions = all.stream().filter(a -> unit.contains(a.cue().start())).toList();
        int n = attributions.size();
        f.put("ev_attributions_per1000", per1000(n, words));
        for (String t : TYPES) {
            f.put("ev_attr_" + t + "_per1000", per1000(attributions.stream().filter(a -> a.type().equals(t)).count(),
                    words));
        }
        for (String s : STANCES) {
            f.put("ev_stance_" + s + "_per1000",
                    per1000(attributions.stream().filter(a -> s.equals(a.verbStance())).count(), words));
        }
        f.put("ev_stance_other_per1000", per1000(attributions.stream()
                .filter(a -> a.verbStance() != null && !STANCES.contains(a.verbStance())).count(), words));
        for (Camp c : Camp.values()) {
            f.put("ev_camp_" + c.id() + "_share", share(attributions.stream().filter(a -> a.camp().equals(c.id()))
                    .count(), n));
        }
        f.put("ev_anonymous_share", share(attributions.stream().filter(Attribution::anonymous).count(), n));
        f.put("ev_direct_share", share(attributions.stream().filter(a -> a.type().equals("direct")).count(), n));
        f.put("ev_no_attribution", n == 0 ? 1.0 : 0.0);
        f.put("ev_quote_density", unit.length() == 0 ? 0.0 : (double) covered(all, unit) / unit.length());

        if (unit.contains(article.span())) {
            SourcingIndices s = analysis.metrics().sourcing();
            index(f, "side_balance", s.sideBalance());
            index(f, "source_diversity", s.sourceDiversity());
            index(f, "anonymity_rate", s.anonymityRate());
            index(f, "direct_quote_share", s.directQuoteShare());
            index(f, "unknown_camp_share", s.unknownCampShare());
            index(f, "stance_asymmetry", s.stanceAsymmetry());
            index(f, "hedge_asymmetry", s.hedgeAsymmetry());
            index(f, "state_media_reliance", s.stateMediaReliance());
        }
        return f;
    }

    /** The whole-article features of {@link #of} on the article's span, each {@code ev_} prefix renamed {@code doc_}. */
    public static SortedMap<String, Double> contextOf(ArticleAnalysis analysis) {
        SortedMap<String, Double> out = new TreeMap<>();
        of(analysis, analysis.article().span()).forEach((k, v) -> out.put("doc_" + k.substring(3), v));
        return out;
    }

    private static double per1000(long count, int words) {
        return words == 0 ? 0.0 : 1000.0 * count / words;
    }

    private static double share(long part, int whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }

    private static void index(SortedMap<String, Double> f, String name, Double value) {
        f.put("ev_idx_" + name, value == null ? 0.0 : value);
        f.put("ev_idx_" + name + "_missing", value == null ? 1.0 : 0.0);
    }

    /** Characters of {@code unit} inside the union of the attributions' contents. */
    private static int covered(List<Attribution> attributions, Span unit) {
        List<Span> parts = attributions.stream().map(Attribution::content).filter(unit::overlaps).sorted().toList();
        int total = 0;
        int reached = unit.start();
        for (Span p : parts) {
            int from = Math.max(p.start(), reached);
            int to = Math.min(p.end(), unit.end());
            if (to > from) {
                total += to - from;
                reached = to;
            }
        }
        return total;
    }
}
