package org.cadrage.extract.hedge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The hedge package's data files, loaded once from {@code src/main/resources/org/cadrage/extract/hedge/}. Every
 * file is tab-separated with {@code #} comment lines; a malformed line fails fast with the file and line number.
 *
 * <p>Immutable after class initialisation, hence thread-safe.
 */
final class Lexicons {
    private static final Map<String, Set<String>> FUNCTION_WORDS = loadFunctionWords();
    private static final Set<String> REPORTING_FORMS = loadReportingForms();

    private Lexicons() {
    }

    /** The words of one role of {@code function-words.tsv}; fails on an unknown role. */
    static Set<String> functionWords(String role) {
        Set<String> words = FUNCTION_WORDS.get(role);
        if (words == null) {
            throw new IllegalArgumentException("unknown function-word role '" + role + "', known: "
                    + FUNCTION_WORDS.keySet());
        }
        return words;
    }

    /** Every form of every verb in {@code reporting-verbs.tsv}. */
    static Set<String> reportingForms() {
        return REPORTING_FORMS;
    }

    /** A token's word lower-cased with its apostrophe normalised to {@code '}, for lexicon look-ups. */
    static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u02BC', '\'');
    }

    /** The rows of a data file: non-blank, non-comment lines split on tabs; fails on a row with a wrong column count. */
    static List<String[]> rows(String file, int minColumns, int maxColumns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Lexicons.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("hedge data file " + file + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < minColumns || cols.length > maxColumns) {
                    throw new IllegalStateException(file + ":" + n + ": expected " + minColumns + " to " + maxColumns
                            + " tab-separated columns, got " + cols.length + " in '" + line + "'");
                }
                rows.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read hedge data file " + file, e);
        }
        return rows;
    }

    private static Map<String, Set<String>> loadFunctionWords() {
        Map<String, Set<String>> byRole = new HashMap<>();
        for (String[] row : rows("function-words.tsv", 2, 2)) {
            byRole.computeIfAbsent(row[0], r -> new HashSet<>()).add(row[1]);
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        byRole.forEach((role, words) -> frozen.put(role, Set.copyOf(words)));
        return Map.copyOf(frozen);
    }

    private static Set<String> loadReportingForms() {
        Set<String> forms = new HashSet<>();
        for (String[] row : rows("reporting-verbs.tsv", 2, 3)) {
            String lemma = row[0];
            forms.add(lemma);
            switch (row[1]) {
                case "er" -> forms.addAll(regularErForms(lemma));
                case "irregular" -> { }
                default -> throw new IllegalStateException("reporting-verbs.tsv: unknown class '" + row[1]
                        + "' for " + lemma + " (expected er or irregular)");
            }
            if (row.length == 3 && !row[2].isBlank()) {
                forms.addAll(List.of(row[2].trim().split(" +")));
            }
        }
        return Set.copyOf(forms);
    }

    private static List<String> regularErForms(String lemma) {
        if (!lemma.endsWith("er")) {
            throw new IllegalStateException("reporting-verbs.tsv: '" + lemma + "' is marked er but does not end in -er");
        }
        String stem = lemma.substring(0, lemma.length() - 2);
        String soft = stem.endsWith("c") ? stem.substring(0, stem.length() - 1) + "ç"
                : stem.endsWith("g") ? stem + "e" : stem;
        List<String> forms = new ArrayList<>();
        for (String e : List.of("e", "es", "ent", "èrent", "é", "ée", "és", "ées", "era", "eront", "erait", "eraient")) {
            forms.add(stem + e);
        }
        for (String e : List.of("ait", "aient", "a", "ant")) {
            forms.add(soft + e);
        }
        return forms;
    }
}
