package org.cadrage.extract.camp;

import java.util.Objects;
import org.cadrage.model.Camp;

/**
 * The camp of one source, with what decided it.
 *
 * @param camp          the source's camp
 * @param anonymous     whether the source is unnamed (« des sources diplomatiques russes », « un responsable »)
 * @param canonicalName the gazetteer's canonical name of the person, institution or place that matched, or the
 *                      registry's outlet name; {@code null} when none matched (a title, an unnamed source)
 * @param rule          which rule decided, for evidence: {@code kind:detail} (« gazetteer:Dmitri Peskov »,
 *                      « title:porte-parole du Kremlin », « metonym:Moscou », « registry:TASS »,
 *                      « anonymous:sources diplomatiques russes »); non-blank
 *
 * <p>Immutable and thread-safe.
 */
public record CampDecision(Camp camp, boolean anonymous, String canonicalName, String rule) {
    public CampDecision {
        Objects.requireNonNull(camp, "camp");
        Objects.requireNonNull(rule, "rule");
        if (rule.isBlank()) {
            throw new IllegalArgumentException("camp decision rule must not be blank");
        }
    }
}
