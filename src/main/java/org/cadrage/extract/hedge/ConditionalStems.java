package org.cadrage.extract.hedge;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * French conditional morphology from {@code conditional-stems.tsv}: decides from its spelling alone whether a verb
 * form in {@code -rais/-rait/-rions/-riez/-raient} is a conditional, and of what kind of verb.
 *
 * <p>Immutable after class initialisation, hence thread-safe.
 */
final class ConditionalStems {
    /** What a form's stem says about it. */
    enum Verdict { CONDITIONAL, AUXILIARY, MODAL, DEONTIC, IMPARFAIT }

    private static final List<String> ENDINGS = List.of("aient", "ais", "ait", "ions", "iez");
    private static final Map<String, Verdict> EXACT = new HashMap<>();
    private static final Map<String, Verdict> SUFFIX = new HashMap<>();
    private static final int LONGEST_SUFFIX;

    static {
        int longest = 0;
        for (String[] row : Lexicons.rows("conditional-stems.tsv", 2, 2)) {
            Verdict verdict;
            try {
                verdict = Verdict.valueOf(row[1].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("conditional-stems.tsv: unknown verdict '" + row[1] + "' for "
                        + row[0], e);
            }
            if (row[0].startsWith("-")) {
                SUFFIX.put(row[0].substring(1), verdict);
                longest = Math.max(longest, row[0].length() - 1);
            } else {
                EXACT.put(row[0], verdict);
            }
        }
        LONGEST_SUFFIX = longest;
    }

    private ConditionalStems() {
    }

    /**
     * The verdict for a word (any case; anything from the first hyphen on, as in « aurait-il », is ignored);
     * {@link Verdict#IMPARFAIT} for any word that is not a candidate form.
     */
    static Verdict verdict(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int hyphen = w.indexOf('-');
        if (hyphen >= 0) {
            w = w.substring(0, hyphen);
        }
        for (String ending : ENDINGS) {
            int stemEnd = w.length() - ending.length();
            if (stemEnd >= 2 && w.endsWith(ending) && w.charAt(stemEnd - 1) == 'r') {
                return stemVerdict(w.substring(0, stemEnd));
            }
        }
        return Verdict.IMPARFAIT;
    }

    private static Verdict stemVerdict(String stem) {
        Verdict exact = EXACT.get(stem);
        if (exact != null) {
            return exact;
        }
        for (int len = Math.min(LONGEST_SUFFIX, stem.length()); len >= 1; len--) {
            Verdict v = SUFFIX.get(stem.substring(stem.length() - len));
            if (v != null) {
                return v;
            }
        }
        return Verdict.IMPARFAIT;
    }
}
