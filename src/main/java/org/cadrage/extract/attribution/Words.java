package org.cadrage.extract.attribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The closed-class word lists of {@code attribution-words.tsv}, by role (the file's header documents each role).
 * Immutable and thread-safe once loaded.
 */
final class Words {
    private static final Words INSTANCE = read();
    private final Map<String, Set<String>> byRole;
    private final Map<String, List<String[]>> phrases; // each role's entries split into words

    private Words(Map<String, Set<String>> byRole) {
        this.byRole = byRole;
        Map<String, List<String[]>> split = new HashMap<>();
        byRole.forEach((role, set) -> split.put(role, set.stream().map(w -> w.split(" ")).toList()));
        this.phrases = Map.copyOf(split);
    }

    static Words load() {
        return INSTANCE;
    }

    /** Whether {@code word} (already {@link #norm normalised}) has {@code role}; unknown roles fail fast. */
    boolean is(String role, String word) {
        Set<String> set = byRole.get(role);
        if (set == null) {
            throw new IllegalArgumentException("unknown word role '" + role + "' in attribution-words.tsv");
        }
        return set.contains(word);
    }

    /**
     * The number of tokens of the longest phrase of {@code role} (its words space-separated in the data file) that
     * starts at {@code tokens[k]}, or 0; tokens are already {@link #norm normalised}.
     */
    int phraseAt(String role, List<String> tokens, int k) {
        int best = 0;
        for (String[] w : phrases.getOrDefault(role, List.of())) {
            boolean match = k + w.length <= tokens.size();
            for (int i = 0; match && i < w.length; i++) {
                match = tokens.get(k + i).equals(w[i]);
            }
            best = match ? Math.max(best, w.length) : best;
        }
        return best;
    }

    /** Lower case (Locale.ROOT) with the typographic apostrophe made straight. */
    static String norm(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    private static Words read() {
        try (InputStream in = Words.class.getResourceAsStream("attribution-words.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource attribution-words.tsv");
            }
            Map<String, Set<String>> map = new HashMap<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                if (c.length != 2 || c[1].isBlank()) {
                    throw new IllegalArgumentException("attribution-words.tsv line " + (i + 1)
                            + ": expected 'role<TAB>word', got '" + line + "'");
                }
                map.computeIfAbsent(c[0], k -> new HashSet<>()).add(norm(c[1].strip()));
            }
            map.replaceAll((k, v) -> Set.copyOf(v));
            return new Words(Map.copyOf(map));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
