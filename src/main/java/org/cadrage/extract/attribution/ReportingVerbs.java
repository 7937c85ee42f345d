package org.cadrage.extract.attribution;

import org.cadrage.extract.DataFile;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadrage.model.NormalizedText;

/**
 * The reporting-verb lexicon: every form of about 150 French reporting verbs (and verb phrases such as « mettre en
 * garde »), each mapped to its {@link ReportingVerb} (lemma and stance), loaded from the documented data file
 * {@code reporting-verbs.tsv} next to this class. Regular verbs are conjugated at load time; irregular ones list
 * their forms.
 *
 * <p>{@link #lookup} is case-insensitive, accepts ’ or ', ignores a trailing inverted subject clitic (« déclare-t-il »,
 * « dit-elle »), a leading reflexive « s' »/« se » (« s'indigne »), and falls back to accent-free matching when that
 * is unambiguous (« DECLARE »).
 *
 * <p>Immutable and thread-safe. {@code lookup(null)} returns an empty result.
 */
public final class ReportingVerbs {
    private static final String RESOURCE = "reporting-verbs.tsv";
    private static final Pattern INVERTED_CLITIC = Pattern.compile("-(?:t-)?(?:il|elle|on|ils|elles|je|tu|nous|vous)$");
    private static final Pattern REFLEXIVE = Pattern.compile("^(?:s'|m'|t'|se |me |te )");
    private static final String VOWELS = "aeiouyéèêëàâîïôûù";

    private final List<String> lemmas;
    private final Map<String, ReportingVerb> byForm;
    private final Map<String, ReportingVerb> byFoldedForm;
    private final Set<String> forms;

    private ReportingVerbs(List<String> lemmas, Map<String, ReportingVerb> byForm) {
        this.lemmas = List.copyOf(lemmas);
        this.byForm = Map.copyOf(byForm);
        this.forms = Collections.unmodifiableSet(new TreeSet<>(byForm.keySet()));
        Map<String, ReportingVerb> folded = new HashMap<>();
        Set<String> ambiguous = new TreeSet<>();
        for (Map.Entry<String, ReportingVerb> e : byForm.entrySet()) {
            ReportingVerb previous = folded.putIfAbsent(fold(e.getKey()), e.getValue());
            if (previous != null && !previous.equals(e.getValue())) {
                ambiguous.add(fold(e.getKey()));
            }
        }
        ambiguous.forEach(folded::remove);
        this.byFoldedForm = Map.copyOf(folded);
    }

    private static final class Default {
        static final ReportingVerbs INSTANCE = readResource();

        private static ReportingVerbs readResource() {
            return parse(DataFile.read(ReportingVerbs.class, RESOURCE), RESOURCE);
        }
    }

    /** The bundled lexicon, loaded once. */
    public static ReportingVerbs load() {
        return Default.INSTANCE;
    }

    /**
     * Parses lexicon data in the {@code reporting-verbs.tsv} format.
     *
     * @param content the file content
     * @param source  a name for error messages
     * @throws IllegalArgumentException naming {@code source} and the line of a malformed entry, an unknown stance, a
     *                                  generation code that does not fit the lemma, a duplicate lemma, or a form that
     *                                  already belongs to another lemma
     */
    public static ReportingVerbs parse(String content, String source) {
        List<String> lemmas = new ArrayList<>();
        Map<String, ReportingVerb> byForm = new HashMap<>();
        for (DataFile.Line entry : DataFile.lines(content, source)) {
            String line = entry.text();
            String where = entry.where();
            String[] c = line.split("\t", -1);
            if (c.length != 3) {
                throw new IllegalArgumentException(where + ": expected 3 tab-separated columns (lemma, stance, forms), "
                        + "found " + c.length);
            }
            String lemma = key(c[0].strip());
            ReportingVerb verb;
            try {
                verb = new ReportingVerb(lemma, c[1].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
            if (lemmas.contains(lemma)) {
                throw new IllegalArgumentException(where + ": duplicate lemma '" + lemma + "'");
            }
            lemmas.add(lemma);
            Set<String> verbForms;
            try {
                verbForms = forms(lemma, c[2].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
            for (String f : verbForms) {
                ReportingVerb previous = byForm.putIfAbsent(f, verb);
                if (previous != null && previous != verb) {
                    throw new IllegalArgumentException(where + ": form '" + f + "' of " + lemma
                            + " already belongs to " + previous.lemma());
                }
            }
        }
        return new ReportingVerbs(lemmas, byForm);
    }

    /**
     * The verb of a word form (« a déclaré » is looked up as « déclaré »; « a-t-elle » is no verb form).
     *
     * @param form a token or verb phrase, any case, with ’ or '
     * @return the verb, or empty when the form is unknown or {@code null}
     */
    public Optional<ReportingVerb> lookup(String form) {
        if (form == null) {
            return Optional.empty();
        }
        String k = key(form);
        Matcher clitic = INVERTED_CLITIC.matcher(k);
        if (clitic.find()) {
            k = k.substring(0, clitic.start());
        }
        ReportingVerb v = find(k);
        if (v == null) {
            Matcher reflexive = REFLEXIVE.matcher(k);
            if (reflexive.find() && reflexive.end() < k.length()) {
                v = find(k.substring(reflexive.end()));
            }
        }
        return Optional.ofNullable(v);
    }

    private ReportingVerb find(String k) {
        ReportingVerb v = byForm.get(k);
        return v != null ? v : byFoldedForm.get(fold(k));
    }

    /** Every lemma, in file order. */
    public List<String> lemmas() {
        return lemmas;
    }

    /** Every known form (lower case, apostrophe ', multiword forms with single spaces), sorted. */
    public Set<String> forms() {
        return forms;
    }

    private static String key(String s) {
        return NormalizedText.of(s).text().toLowerCase(Locale.ROOT).strip().replaceAll(" +", " ");
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    private static Set<String> forms(String lemma, String spec) {
        String verb = REFLEXIVE.matcher(lemma).replaceFirst("");
        Set<String> out = new LinkedHashSet<>();
        out.add(verb);
        switch (spec) {
            case "-", "-è", "-ll" -> firstGroup(verb, spec, out);
            case "-ir" -> secondGroup(verb, out);
            default -> {
                if (spec.startsWith("-") && !spec.startsWith("-|")) {
                    throw new IllegalArgumentException("unknown generation code '" + spec + "' for " + lemma
                            + ", expected -, -è, -ll, -ir or '|'-separated forms");
                }
                for (String f : spec.split("\\|")) {
                    if (f.isBlank()) {
                        throw new IllegalArgumentException("empty form in the forms of " + lemma);
                    }
                    out.add(key(f));
                }
            }
        }
        return out;
    }

    /** Conjugates a first-group verb; {@code code} selects the stem alternation (see the data file's header). */
    private static void firstGroup(String verb, String code, Set<String> out) {
        if (!verb.endsWith("er") || verb.length() < 4) {
            throw new IllegalArgumentException("'" + verb + "' has code " + code + " but is not a first-group -er verb");
        }
        String stem = verb.substring(0, verb.length() - 2);
        String soft = stem.endsWith("c") ? stem.substring(0, stem.length() - 1) + "ç"
                : stem.endsWith("g") ? stem + "e" : stem;
        int v = lastVowel(stem);
        String stressed;
        List<String> futures = new ArrayList<>(List.of(verb));
        switch (code) {
            case "-è" -> {
                if (v < 0 || stem.charAt(v) != 'e') {
                    throw new IllegalArgumentException("'" + verb + "' has code -è but no mute e before its last consonant");
                }
                stressed = stem.substring(0, v) + "è" + stem.substring(v + 1);
                futures = List.of(stressed + "er");
            }
            case "-ll" -> {
                char last = stem.charAt(stem.length() - 1);
                if (v < 0 || stem.charAt(v) != 'e' || (last != 'l' && last != 't')) {
                    throw new IllegalArgumentException("'" + verb + "' has code -ll but does not end in -eler or -eter");
                }
                stressed = stem + last;
                futures = List.of(stressed + "er");
            }
            default -> {
                stressed = v >= 0 && stem.charAt(v) == 'é' ? stem.substring(0, v) + "è" + stem.substring(v + 1) : stem;
                if (!stressed.equals(stem)) {
                    futures.add(stressed + "er");
                }
            }
        }
        add(out, stressed, "e", "es", "ent");
        add(out, soft, "ons", "ais", "ait", "aient", "ai", "as", "a", "âmes", "âtes", "asse", "asses", "ât", "assions",
                "assiez", "assent", "ant");
        add(out, stem, "ez", "ions", "iez", "èrent", "é", "ée", "és", "ées");
        for (String f : futures) {
            add(out, f, "ai", "as", "a", "ons", "ez", "ont", "ais", "ait", "ions", "iez", "aient");
        }
    }

    private static void secondGroup(String verb, Set<String> out) {
        if (!verb.endsWith("ir") || verb.length() < 4) {
            throw new IllegalArgumentException("'" + verb + "' has code -ir but is not a second-group -ir verb");
        }
        String stem = verb.substring(0, verb.length() - 2);
        add(out, stem, "is", "it", "issons", "issez", "issent", "issais", "issait", "issions", "issiez", "issaient",
                "îmes", "îtes", "irent", "isse", "isses", "ît", "i", "ie", "ies", "issant");
        add(out, verb, "ai", "as", "a", "ons", "ez", "ont", "ais", "ait", "ions", "iez", "aient");
    }

    private static void add(Set<String> out, String stem, String... endings) {
        for (String e : endings) {
            out.add(stem + e);
        }
    }

    /** Index of the vowel before the stem's final consonants (u after g/q counts as a consonant), or -1. */
    private static int lastVowel(String stem) {
        int i = stem.length() - 1;
        boolean consonant = false;
        while (i >= 0) {
            char ch = stem.charAt(i);
            boolean digraphU = ch == 'u' && i > 0 && (stem.charAt(i - 1) == 'g' || stem.charAt(i - 1) == 'q');
            if (VOWELS.indexOf(ch) < 0 || digraphU) {
                consonant = true;
                i--;
            } else {
                return consonant ? i : -1;
            }
        }
        return -1;
    }
}
