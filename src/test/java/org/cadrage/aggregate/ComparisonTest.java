package org.cadrage.aggregate;

import static org.cadrage.aggregate.CompareFixtures.analysis;
import static org.cadrage.aggregate.CompareFixtures.withGenre;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cadrage.aggregate.Comparison.IndexComparison;
import org.cadrage.model.ArticleAnalysis;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    private static final String NORD = "Le Courrier du Nord";
    private static final String SUD = "La Gazette du Sud";
    private static final LocalDate SPLIT = LocalDate.of(2022, 2, 24);

    private static Comparison compare(List<ArticleAnalysis> list, CompareSpec spec) {
        return Comparison.compute(list::stream, spec);
    }

    private static IndexComparison row(Comparison c, String index) {
        return c.indices().stream().filter(r -> r.index().equals(index)).findFirst().orElseThrow();
    }

    @Test
    void anArticleOnTheSplitDateGoesAfterAndUndatedOnesAreCounted() {
        List<ArticleAnalysis> list = List.of(
                analysis("a1", NORD, SPLIT.minusDays(1), 0.2, 0.0, 1.0),
                analysis("a2", NORD, SPLIT.minusDays(30), 0.4, 0.0, 2.0),
                analysis("b1", NORD, SPLIT, 0.6, 0.5, 3.0),
                analysis("b2", NORD, SPLIT.plusDays(1), 0.8, 0.5, 4.0),
                analysis("u1", NORD, null, 0.9, 0.5, 5.0),
                analysis("o1", SUD, SPLIT, 0.1, 0.1, 1.0),
                analysis("o2", null, SPLIT, 0.1, 0.1, 1.0));
        Comparison c = compare(list, CompareSpec.periods(NORD, SPLIT, SPLIT));
        assertEquals(new Comparison.Counts(7, 2, 1, 0, 2, 2), c.counts());
        IndexComparison side = row(c, "sideBalance");
        assertEquals(0.3, side.meanA(), 1e-12);
        assertEquals(0.7, side.meanB(), 1e-12, "0.6 on the split date is in B");
        assertEquals(0.4, side.difference(), 1e-12);
        assertEquals(1.0, side.cliffsDelta());
    }

    @Test
    void articlesBetweenTwoDatesAreOutsideThePeriods() {
        List<ArticleAnalysis> list = List.of(
                analysis("a", NORD, LocalDate.of(2022, 1, 31), 0.2, null, null),
                analysis("gap1", NORD, LocalDate.of(2022, 2, 1), 0.2, null, null),
                analysis("gap2", NORD, LocalDate.of(2022, 2, 28), 0.2, null, null),
                analysis("b", NORD, LocalDate.of(2022, 3, 1), 0.2, null, null));
        Comparison c = compare(list, CompareSpec.periods(NORD, LocalDate.of(2022, 2, 1), LocalDate.of(2022, 3, 1)));
        assertEquals(new Comparison.Counts(4, 0, 0, 2, 1, 1), c.counts());
        IndexComparison anonymity = row(c, "anonymityRate");
        assertEquals(0, anonymity.nA());
        assertNull(anonymity.meanA());
        assertNull(anonymity.difference());
        assertNull(anonymity.p());
        assertNull(anonymity.cliffsDelta());
        assertFalse(anonymity.significant());
    }

    @Test
    void outletsAreComparedOnEveryMainIndexAndTheScoreIndices() {
        List<ArticleAnalysis> list = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            LocalDate d = LocalDate.of(2023, 1, 1).plusDays(i);
            list.add(withGenre(analysis("n" + i, NORD, d, 0.30 + 0.01 * (i % 10), i % 2 == 0 ? null : 0.1,
                    2.0 + i % 3), 0.7));
            list.add(withGenre(analysis("s" + i, SUD, d, 0.60 + 0.01 * (i % 10), 0.1, 2.0 + (i + 1) % 3), 0.7));
        }
        Comparison c = compare(list, CompareSpec.outlets(NORD, SUD));
        List<String> expected = new ArrayList<>(ArticleIndex.main().stream().map(ArticleIndex::id).toList());
        expected.add("genre.news");
        expected.add("genre.opinion");
        assertEquals(expected, c.indices().stream().map(IndexComparison::index).toList());
        IndexComparison side = row(c, "sideBalance");
        assertEquals(40, side.nA());
        assertEquals(0.345, side.meanA(), 1e-12);
        assertEquals(0.3, side.difference(), 1e-12);
        assertTrue(side.ciLow() > 0.28 && side.ciLow() < 0.3 && side.ciHigh() > 0.3 && side.ciHigh() < 0.32,
                side.ciLow() + " " + side.ciHigh());
        assertTrue(side.p() < 1e-10, "complete separation");
        assertTrue(side.significant());
        assertEquals(1.0, side.cliffsDelta());
        IndexComparison anonymity = row(c, "anonymityRate");
        assertEquals(20, anonymity.nA(), "undefined values are left out");
        assertEquals(0.0, anonymity.difference(), 1e-12);
        assertEquals(1.0, anonymity.p(), 1e-12);
        assertFalse(anonymity.significant());
        IndexComparison news = row(c, "genre.news");
        assertEquals(0.7, news.meanB(), 1e-12);
        assertNull(row(c, "sourceDiversity").meanA(), "never defined in the fixture");
        assertEquals(2 * ArticleIndex.main().size(), c.trends().size(), "one trend per outlet and main index");
        assertEquals(SUD, c.trends().get(0).outlet(), "outlets sorted");
    }

    @Test
    void groupsOfOutletsPoolTheirArticlesAndAWindowDropsUndatedOnes() {
        List<ArticleAnalysis> list = List.of(
                analysis("1", "Alpha", LocalDate.of(2022, 5, 1), 0.1, null, null),
                analysis("2", "Beta", LocalDate.of(2022, 5, 2), 0.3, null, null),
                analysis("3", "Gamma", LocalDate.of(2022, 5, 3), 0.9, null, null),
                analysis("4", "Gamma", LocalDate.of(2021, 5, 3), 0.9, null, null),
                analysis("5", "Gamma", null, 0.9, null, null),
                analysis("6", "Delta", LocalDate.of(2022, 5, 3), 0.9, null, null));
        CompareSpec spec = CompareSpec.groups("nationaux", Set.of("Alpha", "Beta"), "régionaux", Set.of("Gamma"))
                .within(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1));
        Comparison c = compare(list, spec);
        assertEquals(new Comparison.Counts(6, 1, 1, 1, 2, 1), c.counts());
        assertEquals(0.2, row(c, "sideBalance").meanA(), 1e-12);
        assertNull(row(c, "sideBalance").ciLow(), "one article in B: no interval");
        Comparison all = compare(list, CompareSpec.groups("nationaux", Set.of("Alpha", "Beta"), "régionaux",
                Set.of("Gamma")));
        assertEquals(new Comparison.Counts(6, 1, 0, 0, 2, 3), all.counts(), "no window: dates ignored");
    }

    @Test
    void theTrendRecoversALinearSlope() {
        List<ArticleAnalysis> list = new ArrayList<>();
        LocalDate start = LocalDate.of(2022, 1, 1);
        for (int i = 0; i < 120; i++) {
            double noise = (i % 2 == 0 ? 0.02 : -0.02);
            list.add(analysis("t" + i, NORD, start.plusDays(i), 0.1 + 0.005 * i + noise, null, null));
        }
        Comparison c = compare(list, CompareSpec.periods(NORD, start.plusDays(60), start.plusDays(60)));
        TrendSlope t = c.trends().stream().filter(x -> x.index().equals("sideBalance")).findFirst().orElseThrow();
        assertEquals(120, t.n());
        assertEquals(start, t.first());
        assertEquals(start.plusDays(119), t.last());
        assertEquals(0.15, t.slopePer30Days(), 0.002, "0.005 a day");
        assertTrue(t.ciLow() < 0.15 && 0.15 < t.ciHigh(), t.ciLow() + " " + t.ciHigh());
        TrendSlope none = c.trends().stream().filter(x -> x.index().equals("anonymityRate")).findFirst()
                .orElseThrow();
        assertEquals(0, none.n());
        assertNull(none.slopePer30Days());
    }

    @Test
    void theResultIsReproducible() {
        List<ArticleAnalysis> list = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            list.add(analysis("n" + i, NORD, null, (i * 37 % 100) / 100.0, null, null));
            list.add(analysis("s" + i, SUD, null, (i * 53 % 100) / 100.0, null, null));
        }
        CompareSpec spec = CompareSpec.outlets(NORD, SUD).withBootstrap(7, 500);
        assertEquals(compare(list, spec), compare(list, spec));
    }

    @Test
    void invalidSpecsAreRejectedNamingTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CompareSpec.periods(NORD, SPLIT.plusDays(1), SPLIT));
        assertTrue(e.getMessage().contains("2022-02-25"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CompareSpec.periods(NORD, null, SPLIT));
        assertThrows(IllegalArgumentException.class, () -> CompareSpec.outlets(NORD, NORD));
        assertThrows(IllegalArgumentException.class,
                () -> CompareSpec.groups("x", Set.of("A", "B"), "y", Set.of("B")));
        assertThrows(IllegalArgumentException.class, () -> CompareSpec.outlets(NORD, SUD).withBootstrap(1, 10));
        assertThrows(IllegalArgumentException.class, () -> CompareSpec.outlets(NORD, SUD).withAlpha(0.7));
        assertThrows(IllegalArgumentException.class, () -> CompareSpec.periods(NORD, SPLIT, SPLIT).within(null, null));
    }
}
