package org.cadrage.extract.attribution;

/**
 * A reporting verb of the lexicon: its lemma and stance class. Immutable and thread-safe.
 *
 * @param lemma  the infinitive (non-null)
 * @param stance neutral, assertive, distancing, concessive, denial, warning or evaluative (non-null)
 */
public record ReportingVerb(String lemma, String stance) {
}
