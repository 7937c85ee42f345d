package org.cadrage.extract.camp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Multiword phrases mapped to values, matched on {@link Words} keys: leftmost-longest, non-overlapping. A phrase
 * of fewer than four words written with a capital needs a capital in the text (every capital, after a capitalised
 * article or particle: « Le Maire » is not « Le maire »); an all-capital phrase of two to five letters (OTAN, FSB,
 * US) needs exactly that case. Built once, then immutable and thread-safe.
 */
final class PhraseIndex<T> {
    /** A match of words {@code [from, to)}. */
    record Hit<T>(int from, int to, T value) {
    }

    /**
     * {@code caps}: which words the data writes with a capital. The first always needs its capital in the text; the
     * others only after a capitalised article or particle (« Le Maire », « La Fontaine », « De Gaulle »), whose
     * capital alone proves nothing at the start of a sentence (« Le maire a confié … »).
     */
    private record Entry<T>(List<String> keys, List<Boolean> caps, String exact, T value) {
    }

    /** Articles and particles that open names (keys: lower case, no accents). */
    private static final Set<String> PARTICLES = Set.of("le", "la", "les", "de", "du", "des", "l", "d");

    /**
     * From this many words on, a name also matches written without its first capital (« la cour européenne des
     * droits de l'homme »): so long a sequence of words names its entry whatever the case.
     */
    private static final int LOWER_CASE_NAME_WORDS = 4;

    private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();

    /**
     * Adds a phrase; returns the value already registered for the same words and case rule, or {@code null}.
     *
     * @throws IllegalArgumentException when the phrase has no letters or digits
     */
    T add(String phrase, T value) {
        Words w = Words.of(phrase);
        if (w.size() == 0) {
            throw new IllegalArgumentException("phrase '" + phrase + "' has no letters or digits");
        }
        List<String> keys = w.list.stream().map(Words.Word::key).toList();
        String first = w.get(0).text();
        boolean allCaps = w.size() == 1 && first.length() >= 2 && first.length() <= 5
                && first.equals(first.toUpperCase(java.util.Locale.ROOT)) && first.chars().anyMatch(Character::isLetter);
        List<Boolean> caps = w.list.stream().map(Words.Word::capitalised).toList();
        Entry<T> e = new Entry<>(keys, caps, allCaps ? first : null, value);
        List<Entry<T>> list = byFirst.computeIfAbsent(keys.get(0), k -> new ArrayList<>());
        for (Entry<T> other : list) {
            if (other.keys.equals(keys) && other.caps.get(0).equals(e.caps.get(0))
                    && java.util.Objects.equals(other.exact, e.exact)) {
                return other.value;
            }
        }
        list.add(e);
        list.sort(Comparator.comparingInt((Entry<T> x) -> -x.keys.size()));
        return null;
    }

    List<Hit<T>> scan(Words words) {
        List<Hit<T>> hits = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Entry<T> match = longest(words, i);
            if (match == null) {
                i++;
            } else {
                hits.add(new Hit<>(i, i + match.keys.size(), match.value));
                i += match.keys.size();
            }
        }
        return hits;
    }

    private Entry<T> longest(Words words, int i) {
        Words.Word first = words.get(i);
        for (Entry<T> e : byFirst.getOrDefault(first.key(), List.of())) {
            if (i + e.keys.size() > words.size()
                    || e.exact != null && !e.exact.equals(first.text())
                    || e.caps.get(0) && !first.capitalised() && e.keys.size() < LOWER_CASE_NAME_WORDS) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < e.keys.size() && ok; k++) {
                ok = e.keys.get(k).equals(words.get(i + k).key())
                        && !(e.caps.get(k) && PARTICLES.contains(e.keys.get(0)) && !words.get(i + k).capitalised());
            }
            if (ok) {
                return e;
            }
        }
        return null;
    }
}
