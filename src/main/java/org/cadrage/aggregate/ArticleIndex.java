package org.cadrage.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.Camp;
import org.cadrage.model.SourcingIndices;
import org.cadrage.model.TaskScores;
import org.cadrage.model.UnitScore;

/**
 * One number per article that reports, comparisons and exports aggregate: a sourcing index, a hedging rate, a camp's
 * voice share or a framing model's probability. The catalogue ({@link #catalogue}) is the single list every output
 * uses, so that a column, a chart and a comparison row of the same name always mean the same thing.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id          stable identifier used in JSON, CSV headers and the CLI ({@code sideBalance},
 *                    {@code voiceShare.russia_official}, {@code frames.Economic})
 * @param description one line for README sheets and tooltips
 * @param value       the article's value, or {@code null} when undefined for it (zero denominator, no model)
 */
public record ArticleIndex(String id, String description, Function<ArticleAnalysis, Double> value) {
    public ArticleIndex {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(value, "value");
    }

    /** The value for {@code a}, or {@code null}. */
    public Double of(ArticleAnalysis a) {
        return value.apply(a);
    }

    /** The main indices, in display order: those a report charts and a comparison tests. */
    public static List<ArticleIndex> main() {
        return List.of(
                sourcing("sideBalance", "1 - |R - W| / (R + W); R Russian official + state media, W Ukrainian + Western"
                        + " official attributions", SourcingIndices::sideBalance),
                sourcing("sourceDiversity", "Shannon entropy of the camp distribution / ln(number of camps)",
                        SourcingIndices::sourceDiversity),
                sourcing("anonymityRate", "anonymous attributions / attributions", SourcingIndices::anonymityRate),
                sourcing("stateMediaReliance", "(attributions to state media + state-media credits) / (attributions"
                        + " + credits)", SourcingIndices::stateMediaReliance),
                sourcing("directQuoteShare", "direct quotes / attributions", SourcingIndices::directQuoteShare),
                new ArticleIndex("hedgesPer1000Tokens", "hedges per 1,000 tokens",
                        a -> a.metrics().hedgesPer1000Tokens()),
                new ArticleIndex("narratorHedgesPer1000Tokens", "hedges in the narrator's voice per 1,000 tokens",
                        a -> a.metrics().narratorHedgesPer1000Tokens()));
    }

    /**
     * Every index: {@link #main}, then the other sourcing indices, the voice share of each camp, and for each task of
     * {@code scoredTasks} (article-level tasks: each label's probability; paragraph-level tasks: each label's share of
     * paragraphs predicted with it), labels sorted.
     *
     * @param scoredTasks tasks and their label sets, as found in the analyses (sorted map recommended)
     */
    public static List<ArticleIndex> catalogue(java.util.SortedMap<String, java.util.SortedSet<String>> scoredTasks) {
        List<ArticleIndex> all = new ArrayList<>(main());
        all.add(sourcing("unknownCampShare", "attributions of unknown camp / attributions",
                SourcingIndices::unknownCampShare));
        all.add(sourcing("stanceAsymmetry", "share of distancing verbs for R sources minus that for W sources",
                SourcingIndices::stanceAsymmetry));
        all.add(sourcing("hedgeAsymmetry", "share of R attributions with a hedged content minus that for W",
                SourcingIndices::hedgeAsymmetry));
        all.add(new ArticleIndex("attributions", "number of attributions",
                a -> (double) a.metrics().sourcing().attributions()));
        all.add(new ArticleIndex("stateMediaCreditShare", "state-media credits / credits",
                a -> a.metrics().stateMediaCreditShare()));
        for (Camp c : Camp.values()) {
            all.add(new ArticleIndex("voiceShare." + c.id(), "share of attributions whose source is " + c.id(),
                    a -> a.metrics().sourcing().attributions() == 0 ? null
                            : a.metrics().sourcing().voiceShare().getOrDefault(c.id(), 0.0)));
        }
        scoredTasks.forEach((task, labels) -> {
            for (String label : labels) {
                all.add(new ArticleIndex(task + "." + label, "model " + task + ": probability of " + label
                        + " (paragraph tasks: share of paragraphs predicted " + label + ")", a -> score(a, task, label)));
            }
        });
        return List.copyOf(all);
    }

    private static Double score(ArticleAnalysis a, String task, String label) {
        TaskScores s = a.scores().get(task);
        if (s == null) {
            return null;
        }
        if (!s.perParagraph()) {
            return s.units().get(0).probabilities().get(label);
        }
        long with = s.units().stream().map(UnitScore::predicted).filter(p -> p.contains(label)).count();
        return (double) with / s.units().size();
    }

    private static ArticleIndex sourcing(String id, String description, Function<SourcingIndices, Double> f) {
        return new ArticleIndex(id, description, a -> f.apply(a.metrics().sourcing()));
    }
}
