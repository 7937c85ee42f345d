package org.cadrage.classify.weka;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import weka.core.stopwords.StopwordsHandler;

/**
 * Weka {@link StopwordsHandler} for French: the Snowball stop list of Lucene's
 * {@link FrenchAnalyzer#getDefaultStopSet()} (which includes the elided forms l, d, qu, j, m, n, s, t, c left by
 * {@link FrenchTokenizer} splitting on apostrophes), plus the stem of each entry, because Weka's
 * {@code StringToWordVector} stems a token before asking whether it is a stop word (« dans » stems to « dan »).
 *
 * <p>A token made of several words (an n-gram) is a stop word as soon as one of its words is: « de moscou » and
 * « nationales dans » are dropped (the unigram « moscou » stays), « négociations nationales » is kept. Comparison is
 * case-insensitive ({@link Locale#ROOT}).
 *
 * <p>Thread-safe and stateless (the list is a static constant, so a serialized model holds only the class name).
 * {@code null} is rejected with a {@link NullPointerException}.
 */
public final class FrenchStopwords implements StopwordsHandler, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final Set<String> WORDS = build();

    private static Set<String> build() {
        Set<String> words = new HashSet<>();
        FrenchStemmer stemmer = new FrenchStemmer();
        for (Object entry : FrenchAnalyzer.getDefaultStopSet()) {
            String word = entry instanceof char[] chars ? new String(chars) : entry.toString();
            words.add(word);
            words.add(stemmer.stem(word));
        }
        return Set.copyOf(words);
    }

    /** Whether the word is in the French stop list (or is the stem of an entry). */
    public static boolean contains(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean isStopword(String token) {
        for (String word : token.split(" ")) {
            if (contains(word)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "FrenchStopwords(Lucene FrenchAnalyzer default set)";
    }
}
