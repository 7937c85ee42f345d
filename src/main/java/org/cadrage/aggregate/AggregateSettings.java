package org.cadrage.aggregate;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@link OutletAggregator} keeps and how it estimates.
 *
 * <p>Immutable and thread-safe.
 *
 * @param outlets   outlet names to keep (exact match); empty keeps every outlet
 * @param from      first publication date kept (inclusive), or {@code null} for no lower bound
 * @param to        last publication date kept (inclusive), or {@code null} for no upper bound; with either bound,
 *                  undated articles are dropped
 * @param bucket    the time series' period
 * @param seed      the bootstrap generator's seed
 * @param resamples bootstrap replicates, at least 10
 */
public record AggregateSettings(Set<String> outlets, LocalDate from, LocalDate to, Bucket bucket, long seed,
                                int resamples) {
    /** Default seed. */
    public static final long DEFAULT_SEED = 42;
    /** Default number of bootstrap replicates. */
    public static final int DEFAULT_RESAMPLES = 1000;

    public AggregateSettings {
        outlets = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(outlets == null ? Set.of() : outlets));
        Objects.requireNonNull(bucket, "bucket");
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        if (resamples < 10) {
            throw new IllegalArgumentException("resamples must be >= 10, got " + resamples);
        }
    }

    /** Every outlet, every date, weekly buckets, seed 42, 1,000 replicates. */
    public static AggregateSettings defaults() {
        return new AggregateSettings(Set.of(), null, null, Bucket.WEEK, DEFAULT_SEED, DEFAULT_RESAMPLES);
    }

    /** Whether an article of this outlet and date is kept. */
    public boolean keeps(String outlet, LocalDate published) {
        if (!outlets.isEmpty() && (outlet == null || !outlets.contains(outlet))) {
            return false;
        }
        if (from == null && to == null) {
            return true;
        }
        return published != null && (from == null || !published.isBefore(from)) && (to == null || !published.isAfter(to));
    }
}
