package org.cadrage.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.Attribution;
import org.cadrage.model.Credit;
import org.cadrage.model.Hedge;
import org.cadrage.model.Scope;
import org.cadrage.model.TaskScores;
import org.cadrage.model.UnitScore;
import org.cadrage.score.MetricsCalculator;
import org.junit.jupiter.api.Test;

/** The synthetic generator: deterministic, exact offsets, consistent metrics, outlets that differ. */
class SyntheticAnalysesTest {
    private static final List<ArticleAnalysis> SAMPLE = SyntheticAnalyses.generate(1500, 42).toList();

    @Test
    void sameSeedSameAnalysesOtherSeedOtherOnes() {
        assertEquals(SAMPLE.subList(0, 50), SyntheticAnalyses.generate(50, 42).toList());
        assertNotEquals(SAMPLE.subList(0, 50), SyntheticAnalyses.generate(50, 43).toList());
        assertEquals("syn-000007", SAMPLE.get(7).article().id());
        assertThrows(IllegalArgumentException.class, () -> SyntheticAnalyses.generate(-1, 1));
    }

    @Test
    void everyOffsetPointsAtItsText() {
        for (ArticleAnalysis a : SAMPLE) {
            String doc = a.article().document();
            for (Hedge h : a.evidence().hedges()) {
                assertEquals(h.text(), doc.substring(h.start(), h.end()), a.article().id());
            }
            for (Credit c : a.evidence().credits()) {
                assertEquals(c.text(), doc.substring(c.start(), c.end()), a.article().id());
            }
            for (Attribution at : a.evidence().attributions()) {
                assertEquals(at.cue().text(), doc.substring(at.cue().start(), at.cue().end()));
                assertEquals(at.speaker().text(), doc.substring(at.speaker().start(), at.speaker().end()));
                assertTrue(at.content().end() <= doc.length());
                assertTrue(Character.isLetter(doc.charAt(at.content().start())), doc);
            }
            for (Hedge h : a.evidence().hedges()) {
                boolean inside = a.evidence().attributions().stream().anyMatch(at -> at.content().contains(h.span()));
                assertEquals(inside ? Scope.ATTRIBUTED : Scope.NARRATOR, h.scope());
            }
        }
    }

    @Test
    void metricsAreThoseOfTheCalculatorAndScoresHaveTheThreeTasks() {
        for (ArticleAnalysis a : SAMPLE.subList(0, 200)) {
            assertEquals(a.evidence().hedges().size(), a.metrics().hedges());
            assertEquals(a.evidence().attributions().size(), a.metrics().sourcing().attributions());
            assertEquals(MetricsCalculator.compute(a.metrics().tokens(), a.metrics().sentences(), a.evidence())
                    .hedgesPer1000Tokens(), a.metrics().hedgesPer1000Tokens());
            if (!a.scores().isEmpty()) {
                assertEquals(Set.of("frames", "genre", "techniques"), a.scores().keySet());
                TaskScores genre = a.scores().get("genre");
                assertEquals(1, genre.units().get(0).predicted().size());
                assertTrue(SyntheticAnalyses.GENRES.containsAll(genre.units().get(0).probabilities().keySet()));
                assertEquals(14, a.scores().get("frames").units().get(0).probabilities().size());
                TaskScores techniques = a.scores().get("techniques");
                assertTrue(techniques.perParagraph());
                for (UnitScore u : techniques.units()) {
                    assertTrue(a.article().span().contains(u.span()));
                }
            }
        }
        long withoutScores = SAMPLE.stream().filter(a -> a.scores().isEmpty()).count();
        assertTrue(withoutScores > 50 && withoutScores < 300, "about 10% without model: " + withoutScores);
    }

    @Test
    void fifteenOutletsOverTheHalfYearWithDifferentSourcing() {
        assertEquals(15, SAMPLE.stream().map(a -> a.article().outlet()).collect(Collectors.toSet()).size());
        TreeSet<java.time.LocalDate> dates = SAMPLE.stream().map(a -> a.article().published())
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(!dates.first().isBefore(SyntheticAnalyses.FIRST) && !dates.last().isAfter(SyntheticAnalyses.LAST));
        assertTrue(dates.size() > 150, "dates spread: " + dates.size());
        double west = russianShare(0);
        double russian = russianShare(2);
        assertTrue(russian > west + 0.2, "Russian-leaning outlets quote Russian officials more: " + russian + " vs "
                + west);
        assertTrue(SAMPLE.stream().anyMatch(a -> a.article().document().contains("\u00A0»")));
    }

    private static double russianShare(int leaning) {
        List<Attribution> all = SAMPLE.stream()
                .filter(a -> SyntheticAnalyses.OUTLETS.indexOf(a.article().outlet()) % 3 == leaning)
                .flatMap(a -> a.evidence().attributions().stream()).toList();
        return (double) all.stream().filter(a -> a.camp().startsWith("russia")).count() / all.size();
    }
}
