package org.cadrage.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.cadrage.aggregate.OutletSummary.Estimate;
import org.cadrage.aggregate.OutletSummary.Excerpt;
import org.cadrage.aggregate.OutletSummary.Extreme;
import org.cadrage.aggregate.OutletSummary.Figure;
import org.cadrage.aggregate.OutletSummary.Highlight;
import org.cadrage.aggregate.OutletSummary.TimePoint;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.Camp;
import org.cadrage.model.CreditKind;
import org.cadrage.model.HedgeKind;
import org.cadrage.model.Scope;
import org.junit.jupiter.api.Test;

class OutletAggregatorTest {
    private static final double EPS = 1e-9;

    /**
     * Outlet « Le Quotidien »: a1 (Mon 2022-02-21) one Russian and one Western voice, 100 tokens, 1 narrator hedge;
     * a2 (Sun 2022-02-27) two Russian voices, 200 tokens; a3 (Tue 2022-03-01) no voice, 100 tokens, 2 hedges.
     * Outlet « Radio Horizon »: one undated article.
     */
    static List<ArticleAnalysis> tiny() {
        ArticleAnalysis a1 = AnalysisFixtures.doc()
                .say("Le Kremlin", Camp.RUSSIA_OFFICIAL, "a affirmé", "affirmer", "assertive", "l'offensive avance")
                .say("Washington", Camp.WESTERN_OFFICIAL, "a estimé", "estimer", "assertive", "les pertes sont lourdes")
                .hedge("Le pont ", "aurait", " été détruit dans la nuit", HedgeKind.CONDITIONAL, Scope.NARRATOR)
                .text(". ")
                .credit("\u00A9 Sputnik", "Sputnik", true, CreditKind.PHOTO)
                .score("genre", "news", Map.of("news", 0.8, "opinion", 0.2))
                .build("a1", "Le Quotidien", LocalDate.of(2022, 2, 21), 100);
        ArticleAnalysis a2 = AnalysisFixtures.doc()
                .text("La ville est encerclée. ")
                .say("le  Kremlin", Camp.RUSSIA_OFFICIAL, "a prétendu", "prétendre", "distancing", "tout va bien")
                .quote("Le Kremlin", Camp.RUSSIA_OFFICIAL, "Nous gagnerons")
                .score("genre", "opinion", Map.of("news", 0.3, "opinion", 0.7))
                .build("a2", "Le Quotidien", LocalDate.of(2022, 2, 27), 200);
        ArticleAnalysis a3 = AnalysisFixtures.doc()
                .hedge("Le cessez-le-feu ", "pourrait", " tenir. ", HedgeKind.MODAL, Scope.NARRATOR)
                .hedge("Les négociations ", "auraient", " repris. ", HedgeKind.CONDITIONAL, Scope.ATTRIBUTED)
                .build("a3", "Le Quotidien", LocalDate.of(2022, 3, 1), 100);
        ArticleAnalysis b1 = AnalysisFixtures.doc()
                .say("Kiev", Camp.UKRAINE_OFFICIAL, "a déclaré", "déclarer", "neutral", "la contre-offensive commence")
                .build("b1", "Radio Horizon", null, 50);
        return List.of(a1, a2, a3, b1);
    }

    private static List<OutletSummary> run(AggregateSettings settings) {
        Supplier<Stream<ArticleAnalysis>> s = () -> tiny().stream();
        return OutletAggregator.aggregate(s, settings);
    }

    private static Estimate figure(List<Figure> figures, String id) {
        return figures.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow().estimate();
    }

    @Test
    void meansAndCountsOnAHandComputedSet() {
        List<OutletSummary> all = run(AggregateSettings.defaults());
        assertEquals(List.of("Le Quotidien", "Radio Horizon"), all.stream().map(OutletSummary::outlet).toList());
        OutletSummary q = all.get(0);
        assertEquals(3, q.articles());
        assertEquals(0, q.undated());
        assertEquals(LocalDate.of(2022, 2, 21), q.firstPublished());
        assertEquals(LocalDate.of(2022, 3, 1), q.lastPublished());
        assertEquals(4, q.attributions());
        Estimate side = q.index("sideBalance").estimate();
        assertEquals(0.5, side.value(), EPS);
        assertEquals(2, side.n());
        Estimate hedges = q.index("hedgesPer1000Tokens").estimate();
        assertEquals(10.0, hedges.value(), EPS);
        assertEquals(3, hedges.n());
        assertEquals(20.0 / 3, q.index("narratorHedgesPer1000Tokens").estimate().value(), EPS);
        assertEquals(0.25, q.index("directQuoteShare").estimate().value(), EPS);
        assertEquals(ArticleIndex.main().stream().map(ArticleIndex::id).toList(),
                q.indices().stream().map(Figure::id).toList());
        assertEquals(7.5, figure(q.hedging(), "all").value(), EPS);
        assertEquals(5.0, figure(q.hedging(), "narrator").value(), EPS);
        assertEquals(5.0, figure(q.hedging(), "conditional").value(), EPS);
        assertEquals(2.5, figure(q.hedging(), "modal").value(), EPS);
        assertEquals(1, all.get(1).undated());
        assertNull(all.get(1).firstPublished());
    }

    @Test
    void voiceSharePoolsAttributions() {
        OutletSummary q = run(AggregateSettings.defaults()).get(0);
        assertEquals(Camp.values().length, q.voiceShare().size());
        assertEquals(0.75, figure(q.voiceShare(), "russia_official").value(), EPS);
        assertEquals(0.25, figure(q.voiceShare(), "western_official").value(), EPS);
        assertEquals(0.0, figure(q.voiceShare(), "ukraine_official").value(), EPS);
        assertEquals(2, figure(q.voiceShare(), "russia_official").n());
    }

    @Test
    void topSourcesVerbsCreditsAndModels() {
        OutletSummary q = run(AggregateSettings.defaults()).get(0);
        assertEquals(List.of(new OutletSummary.SourceCount("Le Kremlin", "russia_official", 3),
                new OutletSummary.SourceCount("Washington", "western_official", 1)), q.topSources());
        assertEquals(List.of(new OutletSummary.VerbCount("russia_official", "distancing", "prétendre", 1)),
                q.stanceVerbs());
        assertEquals(List.of(new OutletSummary.CreditCount("Sputnik", "photo", 1)), q.stateMediaCredits());
        assertEquals(1, q.tasks().size());
        OutletSummary.TaskDistribution genre = q.tasks().get(0);
        assertEquals("genre", genre.task());
        assertEquals(2, genre.articles());
        assertEquals(0.5, figure(genre.predictedShare(), "news").value(), EPS);
        assertEquals(0.55, figure(genre.meanIndex(), "news").value(), EPS);
        assertEquals(0.45, figure(genre.meanIndex(), "opinion").value(), EPS);
    }

    @Test
    void intervalsContainTheMeanAndAreSeeded() {
        OutletSummary q = run(AggregateSettings.defaults()).get(0);
        for (Figure f : q.indices()) {
            Estimate e = f.estimate();
            if (e.n() >= 2) {
                assertNotNull(e.low(), f.id());
                assertTrue(e.low() <= e.value() + EPS && e.value() <= e.high() + EPS, f.id() + " " + e);
            }
        }
        Estimate hedges = q.index("hedgesPer1000Tokens").estimate();
        assertTrue(hedges.low() >= 0 && hedges.high() <= 20 && hedges.high() > hedges.low(), hedges.toString());
        assertEquals(q, run(AggregateSettings.defaults()).get(0));
        OutletSummary other = run(new AggregateSettings(Set.of(), null, null, Bucket.WEEK, 7, 1000)).get(0);
        assertEquals(q.index("sideBalance").estimate().value(), other.index("sideBalance").estimate().value());
        assertTrue(run(AggregateSettings.defaults()).get(1).index("sideBalance").estimate().low() == null,
                "one article: no interval");
    }

    @Test
    void weeklyAndMonthlySeries() {
        List<TimePoint> weeks = run(AggregateSettings.defaults()).get(0).series();
        assertEquals(List.of("2022-W08", "2022-W09"), weeks.stream().map(TimePoint::bucket).toList());
        assertEquals(List.of(LocalDate.of(2022, 2, 21), LocalDate.of(2022, 2, 28)),
                weeks.stream().map(TimePoint::start).toList());
        assertEquals(List.of(2, 1), weeks.stream().map(TimePoint::articles).toList());
        Estimate w8 = figure(weeks.get(0).indices(), "sideBalance");
        assertEquals(0.5, w8.value(), EPS);
        assertNotNull(w8.low());
        Estimate w9 = figure(weeks.get(1).indices(), "hedgesPer1000Tokens");
        assertEquals(20.0, w9.value(), EPS);
        assertNull(w9.low(), "n < 2: no interval");
        assertNull(figure(weeks.get(1).indices(), "sideBalance").value());
        List<TimePoint> months = run(new AggregateSettings(Set.of(), null, null, Bucket.MONTH, 42, 200)).get(0)
                .series();
        assertEquals(List.of("2022-02", "2022-03"), months.stream().map(TimePoint::bucket).toList());
        assertEquals(List.of(2, 1), months.stream().map(TimePoint::articles).toList());
        assertEquals(3, run(new AggregateSettings(Set.of(), null, null, Bucket.DAY, 42, 200)).get(0).series().size());
    }

    @Test
    void bucketsFollowIsoWeeks() {
        assertEquals(LocalDate.of(2020, 12, 28), Bucket.WEEK.start(LocalDate.of(2021, 1, 3)));
        assertEquals("2020-W53", Bucket.WEEK.label(Bucket.WEEK.start(LocalDate.of(2021, 1, 3))));
        assertEquals("2022-W01", Bucket.WEEK.label(Bucket.WEEK.start(LocalDate.of(2022, 1, 3))));
        assertEquals("2022-02", Bucket.MONTH.label(Bucket.MONTH.start(LocalDate.of(2022, 2, 24))));
        assertEquals(Bucket.MONTH, Bucket.fromId("Month"));
    }

    @Test
    void filtersOutletsAndDates() {
        List<OutletSummary> one = run(new AggregateSettings(Set.of("Radio Horizon"), null, null, Bucket.WEEK, 42, 100));
        assertEquals(List.of("Radio Horizon"), one.stream().map(OutletSummary::outlet).toList());
        List<OutletSummary> dated = run(new AggregateSettings(Set.of(), LocalDate.of(2022, 2, 25), null, Bucket.WEEK,
                42, 100));
        assertEquals(1, dated.size(), "the undated article is dropped");
        assertEquals(2, dated.get(0).articles());
    }

    @Test
    void extremesQuoteTheEvidence() {
        OutletSummary q = run(AggregateSettings.defaults()).get(0);
        Extreme lowest = q.extremes().get(0);
        assertEquals("sideBalance", lowest.index());
        assertEquals("lowest", lowest.direction());
        assertEquals(List.of("a2", "a1"), lowest.articles().stream().map(OutletSummary.ArticleExcerpts::id).toList());
        Excerpt x = lowest.articles().get(0).excerpts().get(0);
        ArticleAnalysis a2 = tiny().get(1);
        assertEquals(a2.article().document().substring(x.start(), x.start() + x.text().length()), x.text());
        assertTrue(x.text().startsWith("le  Kremlin a prétendu"), x.text());
        Highlight cue = x.highlights().stream().filter(h -> h.kind().equals("cue")).findFirst().orElseThrow();
        assertEquals("a prétendu", x.text().substring(cue.start(), cue.end()));
        assertEquals("distancing", cue.label());
        Extreme state = q.extremes().get(2);
        assertEquals("stateMediaReliance", state.index());
        assertEquals(List.of("a1"), state.articles().stream().map(OutletSummary.ArticleExcerpts::id).toList());
        assertTrue(state.articles().get(0).excerpts().stream().anyMatch(e -> e.highlights().stream()
                .anyMatch(h -> h.kind().equals("credit") && e.text().substring(h.start(), h.end())
                        .equals("\u00A9 Sputnik"))));
    }

    @Test
    void generatedArticlesAggregateDeterministically() {
        var first = OutletAggregator.aggregate(AnalysisFixtures.generated(2000, 1), AggregateSettings.defaults());
        var second = OutletAggregator.aggregate(AnalysisFixtures.generated(2000, 1), AggregateSettings.defaults());
        assertEquals(first, second);
        assertEquals(AnalysisFixtures.OUTLETS, first.stream().map(OutletSummary::outlet).toList());
        assertEquals(2000, first.stream().mapToInt(OutletSummary::articles).sum());
        assertEquals(20, first.get(0).series().size());
    }
}
