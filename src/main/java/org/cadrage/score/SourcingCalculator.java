package org.cadrage.score;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.cadrage.model.Attribution;
import org.cadrage.model.Camp;
import org.cadrage.model.Credit;
import org.cadrage.model.Hedge;
import org.cadrage.model.SourcingIndices;

/** Pure functions from attributions, hedges and credits to {@link SourcingIndices}. Stateless and thread-safe. */
public final class SourcingCalculator {
    private static final Set<String> RUSSIAN = Set.of(Camp.RUSSIA_OFFICIAL.id(), Camp.RUSSIA_STATE_MEDIA.id());
    private static final Set<String> WESTERN_UKRAINIAN = Set.of(Camp.UKRAINE_OFFICIAL.id(), Camp.WESTERN_OFFICIAL.id());

    private SourcingCalculator() {
    }

    /**
     * @param stateMedia whether an attribution's source (or its relaying outlet) is a state-affiliated medium
     */
    public static SourcingIndices compute(List<Attribution> attributions, List<Hedge> hedges, List<Credit> credits,
                                          Predicate<Attribution> stateMedia) {
        int n = attributions.size();
        Map<String, Integer> counts = new TreeMap<>();
        for (Camp c : Camp.values()) {
            counts.put(c.id(), 0);
        }
        int anonymous = 0;
        int direct = 0;
        int stateMediaAttributions = 0;
        for (Attribution a : attributions) {
            counts.merge(a.camp(), 1, Integer::sum);
            anonymous += a.anonymous() ? 1 : 0;
            direct += a.type().equals("direct") ? 1 : 0;
            stateMediaAttributions += stateMedia.test(a) ? 1 : 0;
        }
        Map<String, Double> share = new TreeMap<>();
        if (n > 0) {
            counts.forEach((camp, c) -> share.put(camp, MetricsCalculator.round4((double) c / n)));
        }
        int r = RUSSIAN.stream().mapToInt(counts::get).sum();
        int w = WESTERN_UKRAINIAN.stream().mapToInt(counts::get).sum();
        Double balance = r + w == 0 ? null : MetricsCalculator.round4(1 - (double) Math.abs(r - w) / (r + w));
        long stateCredits = credits.stream().filter(c -> Boolean.TRUE.equals(c.stateAffiliated())).count();
        Double reliance = n + credits.size() == 0 ? null
                : MetricsCalculator.round4((double) (stateMediaAttributions + stateCredits) / (n + credits.size()));
        return new SourcingIndices(n, counts, share, balance, diversity(counts, n),
                MetricsCalculator.ratio(anonymous, n), MetricsCalculator.ratio(direct, n),
                MetricsCalculator.ratio(counts.get(Camp.UNKNOWN.id()), n),
                difference(share(attributions, RUSSIAN, a -> "distancing".equals(a.verbStance())),
                        share(attributions, WESTERN_UKRAINIAN, a -> "distancing".equals(a.verbStance()))),
                difference(share(attributions, RUSSIAN, a -> holdsHedge(a, hedges)),
                        share(attributions, WESTERN_UKRAINIAN, a -> holdsHedge(a, hedges))),
                reliance);
    }

    /** Shannon entropy of the camp distribution over ln(number of camps), in [0, 1]; {@code null} when n = 0. */
    static Double diversity(Map<String, Integer> counts, int n) {
        if (n == 0) {
            return null;
        }
        double h = 0;
        for (int c : counts.values()) {
            if (c > 0) {
                double p = (double) c / n;
                h -= p * Math.log(p);
            }
        }
        return MetricsCalculator.round4(h / Math.log(Camp.values().length));
    }

    private static Double share(List<Attribution> attributions, Set<String> camps, Predicate<Attribution> test) {
        List<Attribution> group = attributions.stream().filter(a -> camps.contains(a.camp())).toList();
        return group.isEmpty() ? null : (double) group.stream().filter(test).count() / group.size();
    }

    private static Double difference(Double a, Double b) {
        return a == null || b == null ? null : MetricsCalculator.round4(a - b);
    }

    private static boolean holdsHedge(Attribution a, List<Hedge> hedges) {
        return hedges.stream().anyMatch(h -> a.content().contains(h.span()));
    }
}
