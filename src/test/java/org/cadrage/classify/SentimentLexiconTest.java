package org.cadrage.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An invented miniature lexicon in the Pattern format. */
class SentimentLexiconTest {
    private static final double EPS = 1e-9;
    private static final String XML = """
            <?xml version="1.0" encoding="utf-8"?>
            <!-- invented entries for tests -->
            <sentiment language="fr">
            <word form="terrible" pos="JJ" polarity="-0.8" subjectivity="0.9" intensity="1.0" confidence="0.9" />
            <word form="bon" pos="JJ" polarity="0.6" subjectivity="0.5" intensity="1.0" />
            <word form="peu" pos="JJ" polarity="-0.2" subjectivity="0.0" intensity="1.0" />
            <word form="peu" pos="RB" polarity="0.0" subjectivity="0.4" intensity="0.5" />
            <word form="l'horreur" pos="NN" polarity="-0.6" subjectivity="0.2" intensity="1.0" />
            <word form="chef-d'oeuvre" pos="NN" polarity="0.7" subjectivity="0.1" intensity="1.0" />
            <word form="neutre" pos="JJ" polarity="0.0" subjectivity="0.1" intensity="1.0" />
            </sentiment>
            """;

    @TempDir
    Path dir;

    private SentimentLexicon lexicon() throws IOException {
        return SentimentLexicon.load(write("lex.xml", XML));
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void loadsAndAveragesSeveralSensesOfAForm() throws IOException {
        SentimentLexicon lex = lexicon();
        assertEquals(6, lex.size());
        assertArrayEquals(new double[] {-0.1, 0.2, 0.75}, lex.lookup("peu"), EPS);
        assertArrayEquals(new double[] {-0.8, 0.9, 1.0}, lex.lookup("TERRIBLE"), EPS);
        assertArrayEquals(new double[] {0.7, 0.1, 1.0}, lex.lookup("Chef-d\u2019\u0153uvre"), EPS);
        assertNull(lex.lookup("mauvais"));
    }

    @Test
    void featuresOfASentence() throws IOException {
        // 12 words: Un bilan terrible peu de bon l' horreur d' un chef-d'œuvre neutre
        String text = "Un bilan Terrible, peu de bon\u00a0: l\u2019horreur d\u2019un chef-d\u2019\u0153uvre neutre.";
        SortedMap<String, Double> f = lexicon().features(text);
        assertEquals(Set.of("lex_polarity_mean", "lex_subjectivity_mean", "lex_intensity_mean", "lex_matched_share",
                "lex_positive_per1000", "lex_negative_per1000"), f.keySet());
        // matched: terrible, peu, bon, l'horreur (joined, once), chef-d'oeuvre, neutre
        assertEquals(-0.2 / 6, f.get("lex_polarity_mean"), EPS);
        assertEquals(2.0 / 6, f.get("lex_subjectivity_mean"), EPS);
        assertEquals(5.75 / 6, f.get("lex_intensity_mean"), EPS);
        assertEquals(6.0 / 12, f.get("lex_matched_share"), EPS);
        assertEquals(2000.0 / 12, f.get("lex_positive_per1000"), EPS);
        assertEquals(3000.0 / 12, f.get("lex_negative_per1000"), EPS);
    }

    @Test
    void straightAndCurlyApostrophesMatchAlike() throws IOException {
        SentimentLexicon lex = lexicon();
        assertEquals(lex.features("l'horreur"), lex.features("l\u2019horreur"));
        assertEquals(-0.6, lex.features("L\u2019HORREUR").get("lex_polarity_mean"), EPS);
    }

    @Test
    void noWordOrNoMatchGivesZeros() throws IOException {
        SentimentLexicon lex = lexicon();
        assertTrue(lex.features("").values().stream().allMatch(v -> v == 0.0));
        assertTrue(lex.features("Le convoi est arriv\u00e9.").values().stream().allMatch(v -> v == 0.0));
    }

    @Test
    void restrictKeepsOnlyTheEntriesATextUses() throws IOException {
        SentimentLexicon lex = lexicon();
        String text = "Un bon bilan, peu d\u2019\u00e9chos, l\u2019horreur.";
        SentimentLexicon small = lex.restrictTo(SentimentLexicon.lookupKeys(text));
        assertEquals(Set.of("bon", "peu", "l'horreur"), small.toMap().keySet());
        assertEquals(lex.features(text), small.features(text));
        SentimentLexicon copy = SentimentLexicon.fromMap(small.toMap());
        assertEquals(3, copy.size());
        assertEquals(lex.features(text), copy.features(text));
    }

    @Test
    void toMapIsACopy() throws IOException {
        SentimentLexicon lex = lexicon();
        lex.toMap().get("bon")[0] = 99;
        assertEquals(0.6, lex.lookup("bon")[0], EPS);
    }

    @Test
    void fromMapRejectsBadEntries() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SentimentLexicon.fromMap(Map.of("bon", new double[] {0.5, 0.5})));
        assertTrue(e.getMessage().contains("'bon'"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> SentimentLexicon.fromMap(Map.of("bon", new double[] {Double.NaN, 0, 1})));
        assertThrows(IllegalArgumentException.class,
                () -> SentimentLexicon.fromMap(Map.of("Bon", new double[] {0, 0, 1}, "bon", new double[] {0, 0, 1})));
    }

    @Test
    void missingFileIsNamed() {
        Path missing = dir.resolve("absent.xml");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> SentimentLexicon.load(missing));
        assertTrue(e.getMessage().contains("absent.xml"), e.getMessage());
    }

    @Test
    void malformedFilesNameFileAndReason() throws IOException {
        String head = "<?xml version=\"1.0\"?>\n";
        assertMalformed(write("root.xml", head + "<lexicon><word form=\"x\"/></lexicon>"), "expected <sentiment>");
        assertMalformed(write("nopol.xml", head + "<sentiment>\n<word form=\"bon\" subjectivity=\"0\" intensity=\"1\"/>"
                + "</sentiment>"), "line 3: <word form=\"bon\"> without polarity");
        assertMalformed(write("nan.xml", head + "<sentiment><word form=\"bon\" polarity=\"haut\" subjectivity=\"0\""
                + " intensity=\"1\"/></sentiment>"), "polarity=\"haut\", not a number");
        assertMalformed(write("noform.xml", head + "<sentiment><word polarity=\"0\"/></sentiment>"), "without form");
        assertMalformed(write("empty.xml", head + "<sentiment></sentiment>"), "no <word> entry");
        assertMalformed(write("cut.xml", head + "<sentiment><word form=\"bon\" polarity=\"0\""), "malformed");
        assertMalformed(write("text.xml", "bon\t0.6\n"), "malformed");
    }

    @Test
    void doctypeAndExternalEntitiesAreRefused() throws IOException {
        Path secret = write("secret.txt", "confidentiel");
        Path xxe = write("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE sentiment [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<sentiment><word form=\"&x;\" polarity=\"0\" subjectivity=\"0\""
                + " intensity=\"1\"/></sentiment>");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SentimentLexicon.load(xxe));
        assertTrue(e.getMessage().contains("xxe.xml"), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE declarations are not allowed"), e.getMessage());
        assertTrue(!e.getMessage().contains("confidentiel"), e.getMessage());
    }

    private static void assertMalformed(Path file, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SentimentLexicon.load(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
