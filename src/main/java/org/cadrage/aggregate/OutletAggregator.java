package org.cadrage.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.cadrage.model.ArticleAnalysis;

/**
 * Summarises analysed articles per outlet in one streaming pass ({@link OutletSummary}). Of each article it keeps a
 * few dozen numbers (the main indices, camp and hedge counts, framing-model outputs), counters (sources, verbs,
 * credits) and, for the few most extreme articles, the analysis itself to quote from; documents are not retained
 * otherwise. Articles are filtered by {@link AggregateSettings}; articles without an outlet are grouped under
 * {@link #UNKNOWN_OUTLET}.
 *
 * <p>Stateless and thread-safe (the bootstrap runs replicates in parallel but deterministically); null arguments
 * are rejected.
 */
public final class OutletAggregator {
    /** The outlet name given to articles whose outlet is unknown. */
    public static final String UNKNOWN_OUTLET = "(unknown outlet)";

    private OutletAggregator() {
    }

    /**
     * Aggregates the stream {@code analyses} supplies (opened once and closed) into one summary per outlet, sorted by
     * outlet name.
     */
    public static List<OutletSummary> aggregate(Supplier<Stream<ArticleAnalysis>> analyses,
                                                AggregateSettings settings) {
        Objects.requireNonNull(analyses, "analyses");
        Objects.requireNonNull(settings, "settings");
        Map<String, OutletAccumulator> outlets = new TreeMap<>();
        try (Stream<ArticleAnalysis> stream = analyses.get()) {
            stream.forEach(a -> {
                String outlet = a.article().outlet() == null || a.article().outlet().isBlank() ? UNKNOWN_OUTLET
                        : a.article().outlet();
                if (settings.keeps(a.article().outlet(), a.article().published())) {
                    outlets.computeIfAbsent(outlet, o -> new OutletAccumulator(o, settings)).add(a);
                }
            });
        }
        List<OutletSummary> out = new ArrayList<>();
        for (OutletAccumulator acc : outlets.values()) {
            out.add(acc.summary());
        }
        return out;
    }
}
