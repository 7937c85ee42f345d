package org.cadrage.extract.camp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadrage.model.NormalizedText;

/**
 * The words of a phrase for gazetteer matching: letter/digit runs of the {@link NormalizedText}, each with a key
 * (lower case, accents removed) and its offsets into the original phrase. Immutable, thread-safe.
 */
final class Words {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern BREAK = Pattern.compile("[,;:()\\[\\]\"]");

    /**
     * One word.
     *
     * @param key          lower case without accents
     * @param text         the normalised word, case kept
     * @param breakBefore  whether punctuation (comma, colon, parenthesis, quote) separates it from the previous word
     */
    record Word(String key, String text, int start, int end, int originalStart, int originalEnd, boolean breakBefore) {
        boolean capitalised() {
            return Character.isUpperCase(text.charAt(0));
        }
    }

    final NormalizedText normalized;
    final List<Word> list;

    private Words(NormalizedText normalized, List<Word> list) {
        this.normalized = normalized;
        this.list = List.copyOf(list);
    }

    static Words of(String phrase) {
        NormalizedText n = NormalizedText.of(phrase);
        String t = n.text();
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(t);
        int last = 0;
        while (m.find()) {
            boolean br = !out.isEmpty() && BREAK.matcher(t.substring(last, m.start())).find();
            out.add(new Word(key(m.group()), m.group(), m.start(), m.end(), n.toOriginal(m.start()),
                    n.toOriginal(m.end() - 1) + 1, br));
            last = m.end();
        }
        return new Words(n, out);
    }

    static String key(String word) {
        return Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    int size() {
        return list.size();
    }

    Word get(int i) {
        return list.get(i);
    }

    /** The normalised text of words {@code [from, to)}, case kept. */
    String text(int from, int to) {
        if (from >= to) {
            return "";
        }
        return normalized.text().substring(list.get(from).start(), list.get(to - 1).end());
    }

    /** Whether punctuation separates some word in {@code (from, to]} from its predecessor. */
    boolean breakBetween(int from, int to) {
        for (int i = from + 1; i <= to && i < list.size(); i++) {
            if (list.get(i).breakBefore()) {
                return true;
            }
        }
        return false;
    }
}
