package org.cadrage.extract.attribution;

import java.util.Objects;
import java.util.Set;

/**
 * A reporting verb of the {@link ReportingVerbs} lexicon: its lemma and the stance class it gives a report.
 *
 * @param lemma  the infinitive, with « se »/« s' » for a pronominal verb (« se vanter »); non-blank
 * @param stance one of {@link #STANCES} (documented in {@code reporting-verbs.tsv})
 *
 * <p>Immutable and thread-safe; no component may be {@code null}.
 */
public record ReportingVerb(String lemma, String stance) {

    /** The stance classes, each verb belonging to exactly one. */
    public static final Set<String> STANCES = Set.of("neutral", "assertive", "distancing", "concessive", "denial",
            "warning", "evaluative");

    public ReportingVerb {
        Objects.requireNonNull(lemma, "lemma");
        if (lemma.isBlank()) {
            throw new IllegalArgumentException("reporting verb lemma must not be blank");
        }
        if (!STANCES.contains(stance)) {
            throw new IllegalArgumentException("reporting verb " + lemma + ": unknown stance '" + stance
                    + "', expected one of " + STANCES.stream().sorted().toList());
        }
    }
}
