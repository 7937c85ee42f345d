package org.cadrage.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * Per-article sourcing indices computed from attributions (definitions and worked examples in the README, section
 * "Sourcing indices"). Every ratio is {@code null} when its denominator is zero, never NaN.
 *
 * @param attributions       number of attributions
 * @param campCounts         attributions per camp id (every camp present, zeros included, sorted)
 * @param voiceShare         {@code campCounts / attributions} per camp; empty when there is no attribution
 * @param sideBalance        {@code 1 - |R - W| / (R + W)}; R = Russian official + Russian state media, W = Ukrainian
 *                           + Western official
 * @param sourceDiversity    Shannon entropy of the camp distribution divided by {@code ln(number of camps)}
 * @param anonymityRate      anonymous attributions / attributions
 * @param directQuoteShare   direct quotes / attributions
 * @param unknownCampShare   attributions of unknown camp / attributions
 * @param stanceAsymmetry    share of distancing verbs among R attributions minus that share among W attributions
 * @param hedgeAsymmetry     share of R attributions whose content holds a hedge minus that share for W
 * @param stateMediaReliance (attributions to state-affiliated media + state-media credits) / (attributions + credits)
 */
public record SourcingIndices(int attributions, Map<String, Integer> campCounts, Map<String, Double> voiceShare,
                              Double sideBalance, Double sourceDiversity, Double anonymityRate,
                              Double directQuoteShare, Double unknownCampShare, Double stanceAsymmetry,
                              Double hedgeAsymmetry, Double stateMediaReliance) {
    public SourcingIndices {
        if (attributions < 0) {
            throw new IllegalArgumentException("attributions must be >= 0, got " + attributions);
        }
        campCounts = Map.copyOf(new TreeMap<>(campCounts));
        voiceShare = Map.copyOf(new TreeMap<>(voiceShare));
        for (Double v : new Double[] {sideBalance, sourceDiversity, anonymityRate, directQuoteShare, unknownCampShare,
            stanceAsymmetry, hedgeAsymmetry, stateMediaReliance}) {
            if (v != null && (v.isNaN() || v.isInfinite())) {
                throw new IllegalArgumentException("sourcing index must be finite or null, got " + v);
            }
        }
    }
}
