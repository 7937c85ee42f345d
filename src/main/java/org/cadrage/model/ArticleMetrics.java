package org.cadrage.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * Per-article counts and rates. Rates whose denominator is zero are {@code null}, never NaN.
 *
 * @param hedgesByKind  hedge counts per kind id, sorted
 * @param creditsByKind credit counts per kind id, sorted
 * @param sourcing      sourcing indices from the attributions
 */
public record ArticleMetrics(int tokens, int sentences, int hedges, int narratorHedges, Double hedgesPer1000Tokens,
                             Double narratorHedgesPer1000Tokens, int credits, int stateMediaCredits,
                             Double stateMediaCreditShare, Map<String, Integer> hedgesByKind,
                             Map<String, Integer> creditsByKind, SourcingIndices sourcing) {
    public ArticleMetrics {
        if (tokens < 0 || sentences < 0 || hedges < 0 || narratorHedges < 0 || credits < 0 || stateMediaCredits < 0) {
            throw new IllegalArgumentException("negative count in metrics");
        }
        checkFinite("hedgesPer1000Tokens", hedgesPer1000Tokens);
        checkFinite("narratorHedgesPer1000Tokens", narratorHedgesPer1000Tokens);
        checkFinite("stateMediaCreditShare", stateMediaCreditShare);
        hedgesByKind = Map.copyOf(new TreeMap<>(hedgesByKind));
        creditsByKind = Map.copyOf(new TreeMap<>(creditsByKind));
        java.util.Objects.requireNonNull(sourcing, "sourcing");
    }

    private static void checkFinite(String name, Double v) {
        if (v != null && (v.isNaN() || v.isInfinite())) {
            throw new IllegalArgumentException(name + " must be finite or null, got " + v);
        }
    }
}
