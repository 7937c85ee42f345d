package org.cadrage.classify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A French sentiment lexicon in the format of Pattern's {@code fr-sentiment.xml} (De Smedt &amp; Daelemans): a root
 * {@code <sentiment>} holding {@code <word form=".." polarity=".." subjectivity=".." intensity=".." .../>} elements
 * (other attributes such as {@code pos}, {@code confidence} are ignored). Values are kept as the file gives them
 * (polarity -1..1; the file also has negative subjectivities, kept as they are).
 *
 * <p><b>Several senses.</b> A form may occur several times (once per part of speech: « peu » as adjective and as
 * adverb); its entry is the arithmetic mean of the occurrences' polarity, subjectivity and intensity, since text is
 * not disambiguated by part of speech here.
 *
 * <p><b>Matching.</b> Forms and text words are keyed by {@link #normalize}: lower case ({@link Locale#ROOT}), ’ as ',
 * œ/æ expanded to oe/ae. Text words are those of {@link EvidenceFeatures#words}; an elided clitic followed by a word
 * is first looked up joined with it (« l'horreur » is an entry), else each is looked up alone.
 *
 * <p><b>Features</b> ({@link #features}, every name always present): {@code lex_polarity_mean},
 * {@code lex_subjectivity_mean}, {@code lex_intensity_mean} (means over matched occurrences, 0 when none matched),
 * {@code lex_matched_share} (matched occurrences / words, a joined clitic pair counting once; 0 without words),
 * {@code lex_positive_per1000}, {@code lex_negative_per1000} (matched occurrences of polarity &gt; 0, resp. &lt; 0,
 * per 1000 words).
 *
 * <p><b>Embedding.</b> A trained model keeps only what it needs: {@link #restrictTo} the words of its training texts,
 * {@link #toMap} to store the entries and {@link #fromMap} to rebuild them, so scoring never reads the lexicon file.
 *
 * <p>Immutable and thread-safe. Arguments must not be {@code null}.
 */
public final class SentimentLexicon {
    /** Index of polarity, subjectivity and intensity in the arrays of {@link #toMap} and {@link #fromMap}. */
    public static final int POLARITY = 0;
    public static final int SUBJECTIVITY = 1;
    public static final int INTENSITY = 2;

    private final SortedMap<String, double[]> entries;

    private SentimentLexicon(SortedMap<String, double[]> entries) {
        this.entries = entries;
    }

    /**
     * Reads a lexicon file. DOCTYPE declarations and external entities are refused.
     *
     * @throws NoSuchFileException naming the file when it does not exist
     * @throws IOException         when it cannot be read
     * @throws IllegalArgumentException naming the file and line when it is malformed (not XML, wrong root, missing
     *                                  or non-numeric attribute, empty)
     */
    public static SentimentLexicon load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "sentiment lexicon not found");
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        SortedMap<String, double[]> sums = new TreeMap<>(); // form -> {polarity, subjectivity, intensity, count}
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            boolean root = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw malformed(file, r, "DOCTYPE declarations are not allowed");
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = r.getLocalName();
                if (!root) {
                    if (!name.equals("sentiment")) {
                        throw malformed(file, r, "root element is <" + name + ">, expected <sentiment>");
                    }
                    root = true;
                } else if (name.equals("word")) {
                    String form = r.getAttributeValue(null, "form");
                    if (form == null || form.isBlank()) {
                        throw malformed(file, r, "<word> without form");
                    }
                    double[] sum = sums.computeIfAbsent(normalize(form), k -> new double[4]);
                    sum[POLARITY] += number(file, r, form, "polarity");
                    sum[SUBJECTIVITY] += number(file, r, form, "subjectivity");
                    sum[INTENSITY] += number(file, r, form, "intensity");
                    sum[3]++;
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("malformed sentiment lexicon " + file + ": " + e.getMessage(), e);
        }
        if (sums.isEmpty()) {
            throw new IllegalArgumentException("sentiment lexicon " + file + " has no <word> entry");
        }
        SortedMap<String, double[]> entries = new TreeMap<>();
        sums.forEach((form, s) -> entries.put(form, new double[] {s[0] / s[3], s[1] / s[3], s[2] / s[3]}));
        return new SentimentLexicon(entries);
    }

    /**
     * A lexicon from entries as given by {@link #toMap}: form → {polarity, subjectivity, intensity}. Forms are
     * normalised; two forms equal after normalisation are refused.
     *
     * @throws IllegalArgumentException naming the form for an array not of length 3 or a non-finite value
     */
    public static SentimentLexicon fromMap(Map<String, double[]> map) {
        SortedMap<String, double[]> entries = new TreeMap<>();
        map.forEach((form, v) -> {
            if (v == null || v.length != 3) {
                throw new IllegalArgumentException("sentiment entry '" + form + "' needs 3 values"
                        + " (polarity, subjectivity, intensity)");
            }
            for (double d : v) {
                if (!Double.isFinite(d)) {
                    throw new IllegalArgumentException("sentiment entry '" + form + "' has non-finite value " + d);
                }
            }
            if (entries.put(normalize(form), v.clone()) != null) {
                throw new IllegalArgumentException("sentiment entry '" + form + "' duplicates another form");
            }
        });
        return new SentimentLexicon(entries);
    }

    /** The entries, form → a fresh {polarity, subjectivity, intensity} array, sorted by form. */
    public SortedMap<String, double[]> toMap() {
        SortedMap<String, double[]> out = new TreeMap<>();
        entries.forEach((k, v) -> out.put(k, v.clone()));
        return out;
    }

    /** The entries whose form is one of {@code words} (normalised before comparing). */
    public SentimentLexicon restrictTo(Set<String> words) {
        SortedMap<String, double[]> kept = new TreeMap<>();
        for (String w : words) {
            String k = normalize(w);
            double[] v = entries.get(k);
            if (v != null) {
                kept.put(k, v);
            }
        }
        return new SentimentLexicon(kept);
    }

    /** Number of distinct forms. */
    public int size() {
        return entries.size();
    }

    /** The {polarity, subjectivity, intensity} of a word (normalised first), or {@code null} when absent. */
    public double[] lookup(String word) {
        double[] v = entries.get(normalize(word));
        return v == null ? null : v.clone();
    }

    /**
     * The words of {@code text} that {@link #features} looks up (joined clitic pairs included), normalised: what
     * {@link #restrictTo} needs to keep every entry a set of texts uses.
     */
    public static Set<String> lookupKeys(String text) {
        List<String> words = EvidenceFeatures.words(text);
        Set<String> keys = new TreeSet<>();
        for (int i = 0; i < words.size(); i++) {
            keys.add(normalize(words.get(i)));
            if (words.get(i).endsWith("'") && i + 1 < words.size()) {
                keys.add(normalize(words.get(i) + words.get(i + 1)));
            }
        }
        return keys;
    }

    /** The {@code lex_} features of {@code text} (see the class comment). */
    public SortedMap<String, Double> features(String text) {
        List<String> words = EvidenceFeatures.words(text);
        double polarity = 0;
        double subjectivity = 0;
        double intensity = 0;
        int matched = 0;
        int positive = 0;
        int negative = 0;
        for (int i = 0; i < words.size(); i++) {
            double[] v = null;
            if (words.get(i).endsWith("'") && i + 1 < words.size()) {
                v = entries.get(normalize(words.get(i) + words.get(i + 1)));
                if (v != null) {
                    i++;
                }
            }
            if (v == null) {
                v = entries.get(normalize(words.get(i)));
            }
            if (v != null) {
                matched++;
                polarity += v[POLARITY];
                subjectivity += v[SUBJECTIVITY];
                intensity += v[INTENSITY];
                positive += v[POLARITY] > 0 ? 1 : 0;
                negative += v[POLARITY] < 0 ? 1 : 0;
            }
        }
        int n = words.size();
        SortedMap<String, Double> f = new TreeMap<>();
        f.put("lex_polarity_mean", matched == 0 ? 0.0 : polarity / matched);
        f.put("lex_subjectivity_mean", matched == 0 ? 0.0 : subjectivity / matched);
        f.put("lex_intensity_mean", matched == 0 ? 0.0 : intensity / matched);
        f.put("lex_matched_share", n == 0 ? 0.0 : (double) matched / n);
        f.put("lex_positive_per1000", n == 0 ? 0.0 : 1000.0 * positive / n);
        f.put("lex_negative_per1000", n == 0 ? 0.0 : 1000.0 * negative / n);
        return f;
    }

    /** The matching key of a form or word: lower case (Locale.ROOT), ’ as ', œ/æ as oe/ae. */
    public static String normalize(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace("œ", "oe").replace("æ", "ae");
    }

    private static double number(Path file, XMLStreamReader r, String form, String attribute) {
        String value = r.getAttributeValue(null, attribute);
        if (value == null) {
            throw malformed(file, r, "<word form=\"" + form + "\"> without " + attribute);
        }
        try {
            double d = Double.parseDouble(value.trim());
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw malformed(file, r, "<word form=\"" + form + "\"> has " + attribute + "=\"" + value
                    + "\", not a number");
        }
    }

    private static IllegalArgumentException malformed(Path file, XMLStreamReader r, String reason) {
        return new IllegalArgumentException("malformed sentiment lexicon " + file + ", line "
                + r.getLocation().getLineNumber() + ": " + reason);
    }
}
