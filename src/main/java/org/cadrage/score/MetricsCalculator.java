package org.cadrage.score;

import java.util.Map;
import java.util.TreeMap;
import org.cadrage.model.ArticleMetrics;
import org.cadrage.model.Credit;
import org.cadrage.model.Evidence;
import org.cadrage.model.Hedge;
import org.cadrage.model.Scope;

/**
 * Pure functions from extracted evidence to per-article metrics (definitions in the README, section "Scores").
 * Stateless and thread-safe.
 */
public final class MetricsCalculator {
    private MetricsCalculator() {
    }

    /**
     * @param tokens    tokens in the analysed text (boilerplate excluded)
     * @param sentences sentences in the analysed text
     */
    public static ArticleMetrics compute(int tokens, int sentences, Evidence evidence) {
        return compute(tokens, sentences, evidence, a -> false);
    }

    /**
     * @param stateMedia whether an attribution's source or relaying outlet is a state-affiliated medium
     */
    public static ArticleMetrics compute(int tokens, int sentences, Evidence evidence,
                                         java.util.function.Predicate<org.cadrage.model.Attribution> stateMedia) {
        int hedges = evidence.hedges().size();
        int narrator = (int) evidence.hedges().stream().filter(h -> h.scope() == Scope.NARRATOR).count();
        int credits = evidence.credits().size();
        int state = (int) evidence.credits().stream().filter(c -> Boolean.TRUE.equals(c.stateAffiliated())).count();
        Map<String, Integer> hedgeKinds = new TreeMap<>();
        for (Hedge h : evidence.hedges()) {
            hedgeKinds.merge(h.kind().id(), 1, Integer::sum);
        }
        Map<String, Integer> creditKinds = new TreeMap<>();
        for (Credit c : evidence.credits()) {
            creditKinds.merge(c.kind().id(), 1, Integer::sum);
        }
        return new ArticleMetrics(tokens, sentences, hedges, narrator, per1000(hedges, tokens),
                per1000(narrator, tokens), credits, state, ratio(state, credits), hedgeKinds, creditKinds,
                SourcingCalculator.compute(evidence.attributions(), evidence.hedges(), evidence.credits(), stateMedia));
    }

    /** {@code 1000 * count / tokens}, rounded to 4 decimals; {@code null} when there are no tokens. */
    static Double per1000(int count, int tokens) {
        return tokens == 0 ? null : round4(1000.0 * count / tokens);
    }

    /** {@code part / whole} rounded to 4 decimals; {@code null} when {@code whole} is 0. */
    static Double ratio(int part, int whole) {
        return whole == 0 ? null : round4((double) part / whole);
    }

    static double round4(double v) {
        return Math.round(v * 10_000.0) / 10_000.0;
    }
}
