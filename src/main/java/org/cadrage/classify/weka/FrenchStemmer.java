package org.cadrage.classify.weka;

import java.util.Locale;
import weka.core.stemmers.Stemmer;

/**
 * Weka {@link Stemmer} backed by the Snowball French stemmer that ships with Lucene (Weka's own
 * {@code SnowballStemmer("french")} silently returns words unchanged when the Snowball jar is absent).
 *
 * <p>Input is lower-cased with {@link Locale#ROOT}. An n-gram (words separated by spaces, as Weka's n-gram tokenizer
 * produces them) is stemmed word by word: « négociations nationales » becomes « négoci national ».
 *
 * <p>Thread-safe: each thread uses its own Snowball instance (a static {@link ThreadLocal}, so nothing but the class
 * name is serialized with a model). {@code null} is rejected with a {@link NullPointerException}.
 */
public final class FrenchStemmer implements Stemmer {
    private static final long serialVersionUID = 1L;
    /** Word → stem, shared by all instances (stemming is a pure function of the word). */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 200_000;
    private static final ThreadLocal<org.tartarus.snowball.ext.FrenchStemmer> SNOWBALL =
            ThreadLocal.withInitial(org.tartarus.snowball.ext.FrenchStemmer::new);

    @Override
    public String stem(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.indexOf(' ') < 0) {
            return stemWord(lower);
        }
        StringBuilder out = new StringBuilder(lower.length());
        for (String part : lower.split(" ", -1)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(stemWord(part));
        }
        return out.toString();
    }

    private static String stemWord(String word) {
        if (word.isEmpty()) {
            return word;
        }
        String known = CACHE.get(word);
        if (known != null) {
            return known;
        }
        if (CACHE.size() > CACHE_LIMIT) {
            CACHE.clear(); // a bound, not an eviction policy: stems are recomputed identically
        }
        String stem = snowball(word);
        CACHE.put(word, stem);
        return stem;
    }

    private static String snowball(String word) {
        org.tartarus.snowball.ext.FrenchStemmer snowball = SNOWBALL.get();
        snowball.setCurrent(word);
        snowball.stem();
        return snowball.getCurrent();
    }

    @Override
    public String getRevision() {
        return "1";
    }

    @Override
    public String toString() {
        return "FrenchStemmer(Snowball/Lucene)";
    }
}
