package org.cadrage.aggregate;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything a report says about one outlet, as computed by {@link OutletAggregator}: means of the per-article
 * indices with bootstrap intervals, pooled voice shares and hedging rates, framing-model distributions, a time series,
 * the most cited sources, state-media credits, stance verbs per camp and evidence excerpts of extreme articles.
 * Definitions are in the report documentation (docs-report.md).
 *
 * <p>Immutable and thread-safe. Nullable fields say so.
 *
 * @param outlet          the outlet name as in the articles ({@link OutletAggregator#UNKNOWN_OUTLET} for none)
 * @param articles        articles aggregated
 * @param undated         of those, articles without a publication date (left out of the time series)
 * @param firstPublished  earliest publication date, or {@code null} when none is dated
 * @param lastPublished   latest publication date, or {@code null}
 * @param domain          the most frequent host of the articles' urls ({@code www.} removed), or {@code null}
 * @param attributions    attributions over all articles
 * @param indices         mean of each {@link ArticleIndex#main()} index, in that order
 * @param voiceShare      pooled share of attributions per camp, in {@link org.cadrage.model.Camp} order
 * @param hedging         pooled hedging rates per 1,000 tokens: all, narrator, then per hedge kind
 * @param tasks           framing models' distributions, by task name
 * @param series          the time series, by bucket start
 * @param topSources      most cited sources, most cited first
 * @param stateMediaCredits credits to state-affiliated outlets by outlet and kind, most frequent first
 * @param stanceVerbs     reporting verbs of distancing, evaluative or denial stance per camp
 * @param extremes        excerpts from the articles with the most extreme scores
 */
public record OutletSummary(String outlet, int articles, int undated, LocalDate firstPublished,
                            LocalDate lastPublished, String domain, long attributions, List<Figure> indices,
                            List<Figure> voiceShare, List<Figure> hedging, List<TaskDistribution> tasks,
                            List<TimePoint> series, List<SourceCount> topSources,
                            List<CreditCount> stateMediaCredits, List<VerbCount> stanceVerbs,
                            List<Extreme> extremes) {
    public OutletSummary {
        Objects.requireNonNull(outlet, "outlet");
        indices = List.copyOf(indices);
        voiceShare = List.copyOf(voiceShare);
        hedging = List.copyOf(hedging);
        tasks = List.copyOf(tasks);
        series = List.copyOf(series);
        topSources = List.copyOf(topSources);
        stateMediaCredits = List.copyOf(stateMediaCredits);
        stanceVerbs = List.copyOf(stanceVerbs);
        extremes = List.copyOf(extremes);
    }

    /** The figure named {@code id} in {@link #indices}, or {@code null}. */
    public Figure index(String id) {
        return indices.stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
    }

    /**
     * A point estimate with its 95% bootstrap percentile interval.
     *
     * @param value the estimate, or {@code null} when undefined (no article where it is defined)
     * @param low   the interval's lower bound, or {@code null} when {@code n < 2}
     * @param high  the interval's upper bound, or {@code null} when {@code n < 2}
     * @param n     the number of articles where the figure is defined (those that weigh in it)
     */
    public record Estimate(Double value, Double low, Double high, int n) {
        public Estimate {
            if ((low == null) != (high == null)) {
                throw new IllegalArgumentException("interval needs both bounds, got [" + low + ", " + high + "]");
            }
            if (low != null && !(low <= high)) {
                throw new IllegalArgumentException("interval [" + low + ", " + high + "] is not ordered");
            }
            if (n < 0) {
                throw new IllegalArgumentException("n must be >= 0, got " + n);
            }
        }
    }

    /** A named estimate: an index id, a camp id, a hedge kind or a model label, with a one-line description. */
    public record Figure(String id, String description, Estimate estimate) {
        public Figure {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(estimate, "estimate");
        }
    }

    /**
     * What one framing model says over the outlet's articles.
     *
     * @param task          the task ({@code genre}, {@code frames}, ...)
     * @param perParagraph  whether the model scores paragraphs
     * @param articles      articles the model scored
     * @param predictedShare per label, share of scored articles with the label predicted (for paragraph tasks: in
     *                      at least one paragraph)
     * @param meanIndex     per label, mean of the catalogue index {@code task.label} (article tasks: probability;
     *                      paragraph tasks: share of paragraphs predicted with it)
     */
    public record TaskDistribution(String task, boolean perParagraph, int articles, List<Figure> predictedShare,
                                   List<Figure> meanIndex) {
        public TaskDistribution {
            Objects.requireNonNull(task, "task");
            predictedShare = List.copyOf(predictedShare);
            meanIndex = List.copyOf(meanIndex);
        }
    }

    /** One bucket of the time series: its label, first day, article count and the main indices' means. */
    public record TimePoint(String bucket, LocalDate start, int articles, List<Figure> indices) {
        public TimePoint {
            Objects.requireNonNull(bucket, "bucket");
            Objects.requireNonNull(start, "start");
            indices = List.copyOf(indices);
        }
    }

    /** A source (normalised speaker), its most frequent camp and its number of attributions. */
    public record SourceCount(String source, String camp, int count) {
    }

    /** Credits to a state-affiliated outlet of one kind ({@code photo}, {@code dateline}, ...). */
    public record CreditCount(String outlet, String kind, int count) {
    }

    /** How often a reporting verb of a stance introduced sources of a camp. */
    public record VerbCount(String camp, String stance, String lemma, int count) {
    }

    /**
     * The articles with the most extreme values of one index.
     *
     * @param index     the index id ({@code sideBalance})
     * @param direction {@code lowest} or {@code highest}
     * @param articles  the articles, most extreme first
     */
    public record Extreme(String index, String direction, List<ArticleExcerpts> articles) {
        public Extreme {
            articles = List.copyOf(articles);
        }
    }

    /** One article's value and excerpts around its evidence. */
    public record ArticleExcerpts(String id, String title, String url, LocalDate published, double value,
                                  List<Excerpt> excerpts) {
        public ArticleExcerpts {
            Objects.requireNonNull(id, "id");
            excerpts = List.copyOf(excerpts);
        }
    }

    /**
     * A window of the source document around some evidence.
     *
     * @param start      the window's start offset in the source document
     * @param text       the window's characters, {@code document.substring(start, start + text.length())}
     * @param highlights spans to highlight, offsets relative to {@code text}
     */
    public record Excerpt(int start, String text, List<Highlight> highlights) {
        public Excerpt {
            Objects.requireNonNull(text, "text");
            highlights = List.copyOf(highlights);
            for (Highlight h : highlights) {
                if (h.end() > text.length()) {
                    throw new IllegalArgumentException("highlight [" + h.start() + ", " + h.end()
                            + ") exceeds excerpt length " + text.length());
                }
            }
        }
    }

    /**
     * A span to highlight in an excerpt.
     *
     * @param kind  {@code speaker}, {@code cue}, {@code content}, {@code hedge} or {@code credit}
     * @param label what it is (camp, stance, hedge kind, credited outlet)
     */
    public record Highlight(int start, int end, String kind, String label) {
        public Highlight {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("invalid highlight [" + start + ", " + end + ")");
            }
            Objects.requireNonNull(kind, "kind");
        }
    }
}
