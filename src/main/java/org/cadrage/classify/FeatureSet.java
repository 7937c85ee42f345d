package org.cadrage.classify;

/** Which features a learner may use: the ablation of issue 4 compares all three. */
public enum FeatureSet {
    /** Word n-grams only (TF-IDF, stemmed). */
    TEXT,
    /** Cadrage's evidence and lexicon features only (hedges, credits, attributions, camps, indices, sentiment). */
    EVIDENCE,
    /** Both. */
    BOTH
}
