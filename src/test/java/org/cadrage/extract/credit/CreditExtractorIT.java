package org.cadrage.extract.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cadrage.model.Article;
import org.cadrage.model.Credit;
import org.cadrage.model.CreditKind;
import org.cadrage.nlp.TestDocs;
import org.junit.jupiter.api.Test;

/** Runs the credit extractor on the shared seed articles (read at run time, never copied). */
class CreditExtractorIT {
    private static final Path SEEDS = Path.of(System.getProperty("cadrage.shared", "../shared"), "corpus", "seeds");

    private static List<Credit> credits(String file) throws Exception {
        String text = Files.readString(SEEDS.resolve(file));
        List<Credit> credits = new CreditExtractor().extract(TestDocs.of(Article.of(file, text), Map.of()));
        for (Credit c : credits) {
            assertEquals(text.substring(c.start(), c.end()), c.text());
        }
        return credits;
    }

    private static long count(List<Credit> credits, CreditKind kind, String outlet) {
        return credits.stream().filter(c -> c.kind() == kind && java.util.Objects.equals(c.outlet(), outlet)).count();
    }

    @Test
    void stateMediaPageCredits() throws Exception {
        List<Credit> c = credits("004_038f62e97bf21c8a.txt");
        assertEquals(3, count(c, CreditKind.DATELINE, "TASS"));
        assertEquals(2, count(c, CreditKind.LINK, "RT"));
        assertEquals(2, count(c, CreditKind.PHOTO, "Sputnik"));
        assertEquals(2, count(c, CreditKind.PHOTO, "TASS"));
        assertTrue(count(c, CreditKind.SOURCE_MENTION, "RIA Novosti") >= 2);
        assertTrue(count(c, CreditKind.SOURCE_MENTION, "Financial Times") >= 2);
        for (int i = 1; i < c.size(); i++) {
            assertTrue(c.get(i - 1).end() <= c.get(i).start(), "no overlap: " + c.get(i));
        }
    }

    @Test
    void captionCreditsIncludeUnresolvedMinistry() throws Exception {
        List<Credit> c = credits("000_624ff4d3c2f3ffdf.txt");
        assertEquals(3, count(c, CreditKind.PHOTO, "TV Zvezda"));
        assertEquals(4, count(c, CreditKind.PHOTO, null));
        assertEquals(1, count(c, CreditKind.PHOTO, "VK"));
    }
}
