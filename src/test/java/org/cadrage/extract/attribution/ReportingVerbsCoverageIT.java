package org.cadrage.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Measures how much of a public French quote-verb list (the GGT quote extractor's {@code quote_verb_list_fr.txt},
 * read at run time from {@code <cadrage.shared>/data/lexicons/ggt-quote-verbs/}, default {@code ../shared}) the
 * {@link ReportingVerbs} lexicon knows. The reference is never copied into the repository.
 *
 * <p>How coverage is computed. The reference is a flat list of inflected forms without lemmas, so each reference
 * form gets a lemma: the lemma our lexicon gives it when {@link ReportingVerbs#lookup} knows it; otherwise the
 * infinitive sharing the longest prefix with it (at least three letters) among the reference's unknown entries
 * ending in -er, -ir, -re or -oir, our lemmas and the excluded lemmas below; forms with no such infinitive, or with
 * two equally close ones, stay unassigned ("?"). The reference also lists verbs that are not reporting verbs in our
 * sense (mental states and perceptions, which the annotation guidelines exclude, e.g. « craindre », « espérer »,
 * « savoir », « trouver »; or verbs whose reporting use is too rare for their ambiguity, e.g. « appeler »): the forms
 * assigned to those {@link #NOT_REPORTING} lemmas are left out. Coverage is then
 * {@code known forms / remaining forms}, unassigned forms counting as misses. The test prints the overall share as
 * well, and the missed forms per lemma, lemmas with the most reference forms first.
 *
 * <p>Measured: 0.942 of the in-scope forms (3300 of 3505; 0.818 of all 4035 reference forms); the threshold is
 * {@value #THRESHOLD}.
 */
class ReportingVerbsCoverageIT {
    private static final double THRESHOLD = 0.90;
    private static final Set<String> NOT_REPORTING = Set.of("adresser", "appeler", "avoir", "calculer", "craindre",
            "dancer", "demeurer", "donner", "entendre", "espérer", "étonner", "être", "exciter", "extasier", "illustrer",
            "inviter", "laisser", "lire", "ordonner", "prévoir", "redouter", "remémorer", "savoir", "souhaiter",
            "sourire", "trouver", "valoir", "vouloir");

    @Test
    void lexiconCoversTheReportingVerbsOfTheReferenceList() throws IOException {
        Path file = Path.of(System.getProperty("cadrage.shared", "../shared"),
                "data/lexicons/ggt-quote-verbs/quote_verb_list_fr.txt");
        Set<String> reference = new TreeSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                reference.add(line.strip().toLowerCase(Locale.ROOT));
            }
        }
        ReportingVerbs verbs = ReportingVerbs.load();
        Set<String> infinitives = new TreeSet<>(NOT_REPORTING);
        verbs.lemmas().forEach(l -> infinitives.add(l.replaceFirst("^(se |s')", "")));
        for (String f : reference) {
            if (f.matches(".*(er|ir|ïr|re|oir)") && verbs.lookup(f).isEmpty()) {
                infinitives.add(f);
            }
        }
        Map<String, List<String>> formsByLemma = new TreeMap<>();
        Map<String, List<String>> missedByLemma = new TreeMap<>();
        int inScope = 0;
        int known = 0;
        int knownOverall = 0;
        for (String f : reference) {
            var verb = verbs.lookup(f);
            String lemma = verb.map(ReportingVerb::lemma).orElseGet(() -> guessLemma(f, infinitives));
            formsByLemma.computeIfAbsent(lemma, k -> new ArrayList<>()).add(f);
            if (verb.isPresent()) {
                knownOverall++;
            }
            if (NOT_REPORTING.contains(lemma)) {
                continue;
            }
            inScope++;
            if (verb.isPresent()) {
                known++;
            } else {
                missedByLemma.computeIfAbsent(lemma, k -> new ArrayList<>()).add(f);
            }
        }
        double coverage = (double) known / inScope;
        System.out.printf(Locale.ROOT, "reference forms: %d; known: %d (%.3f)%n", reference.size(), knownOverall,
                (double) knownOverall / reference.size());
        System.out.printf(Locale.ROOT, "in-scope forms: %d; known: %d; coverage %.3f (threshold %.2f)%n", inScope,
                known, coverage, THRESHOLD);
        missedByLemma.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<String>> e) -> -formsByLemma.get(e.getKey()).size())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> System.out.printf(Locale.ROOT, "  %s (%d reference forms, %d missed): %s%n", e.getKey(),
                        formsByLemma.get(e.getKey()).size(), e.getValue().size(), String.join(" ", e.getValue())));
        System.out.println("excluded (not reporting in our sense): " + new TreeSet<>(NOT_REPORTING));
        assertTrue(coverage >= THRESHOLD, "coverage " + coverage + " below " + THRESHOLD);
    }

    private static String guessLemma(String form, Set<String> infinitives) {
        String best = "?";
        int bestLength = 2;
        boolean tie = false;
        for (String inf : infinitives) {
            int n = 0;
            while (n < form.length() && n < inf.length() && form.charAt(n) == inf.charAt(n)) {
                n++;
            }
            if (n > bestLength) {
                best = inf;
                bestLength = n;
                tie = false;
            } else if (n == bestLength && n > 2) {
                tie = true;
            }
        }
        return tie ? "?" : best;
    }
}
