package org.cadrage.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** Loads the real Pattern French lexicon from {@code cadrage.shared} (default {@code ../shared}). */
class SentimentLexiconIT {
    private static final double EPS = 1e-9;

    private static Path file() {
        return Path.of(System.getProperty("cadrage.shared", "../shared"),
                "data/lexicons/pattern-fr-sentiment/fr-sentiment.xml");
    }

    @Test
    void loadsEveryDistinctForm() throws IOException {
        SentimentLexicon lex = SentimentLexicon.load(file());
        // 5116 <word> elements; « parfaitement », « peu » and « plein » occur twice (adjective and adverb)
        assertEquals(5113, lex.size());
        assertArrayEquals(new double[] {0.70, 0.70, 1.0}, lex.lookup("bon"), EPS);
        assertArrayEquals(new double[] {-1.0, 1.0, 1.0}, lex.lookup("Horrible"), EPS);
        assertArrayEquals(new double[] {-0.04, 0.25, 0.75}, lex.lookup("peu"), EPS, "mean of the two senses");
    }

    @Test
    void scoresAnInventedSentence() throws IOException {
        SortedMap<String, Double> f = SentimentLexicon.load(file())
                .features("Un bon accord, dit-on, mais un bilan horrible.");
        // 8 words (Un bon accord dit-on mais un bilan horrible); matched: bon (0.70), horrible (-1.00)
        assertEquals(-0.15, f.get("lex_polarity_mean"), EPS);
        assertEquals(0.25, f.get("lex_matched_share"), EPS);
        assertEquals(125.0, f.get("lex_positive_per1000"), EPS);
        assertEquals(125.0, f.get("lex_negative_per1000"), EPS);
    }
}
