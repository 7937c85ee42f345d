package org.cadrage.classify.weka;

import java.util.Locale;
import weka.core.tokenizers.NGramTokenizer;

/**
 * Weka word n-gram tokenizer for French text: lower-cases with {@link Locale#ROOT}, then splits on white space
 * (including U+00A0 and U+202F), punctuation, French quotes, dashes and both apostrophes ' and ’, so that elided
 * forms come apart (« l’OTAN » gives « l » and « otan », and « l » is then a stop word).
 *
 * <p>Not thread-safe (Weka tokenizers hold the current text); callers serialize access. It serializes without that
 * text.
 * {@code null} text is rejected with a {@link NullPointerException}.
 */
public final class FrenchTokenizer extends NGramTokenizer {
    private static final long serialVersionUID = 1L;
    /**
     * Every character that separates words. Weka puts them in a regular-expression character class, hence no square
     * brackets and the hyphen last.
     */
    static final String DELIMITERS = " \r\n\t\u00A0\u202F\u2009.,;:!?'\u2019\"\u00AB\u00BB\u201C\u201D(){}/\u2010\u2013\u2014\u2026*-";

    /**
     * @param maxGram the longest n-gram (1 for words only, 2 for words and word pairs)
     */
    public FrenchTokenizer(int maxGram) {
        if (maxGram < 1 || maxGram > 3) {
            throw new IllegalArgumentException("n-gram size must be 1 to 3, got " + maxGram);
        }
        setDelimiters(DELIMITERS);
        setNGramMinSize(1);
        setNGramMaxSize(maxGram);
    }

    @Override
    public void tokenize(String s) {
        super.tokenize(s.toLowerCase(Locale.ROOT));
    }

    /** Serializes a fresh tokenizer with the same settings, so that a model never carries the last text it read. */
    private Object writeReplace() {
        return new FrenchTokenizer(getNGramMaxSize());
    }

    @Override
    public String toString() {
        return "FrenchTokenizer(1-" + getNGramMaxSize() + ")";
    }
}
