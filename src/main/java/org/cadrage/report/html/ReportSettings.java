package org.cadrage.report.html;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cadrage.aggregate.AggregateSettings;
import org.cadrage.aggregate.Bucket;

/**
 * What {@link ReportWriter} reports on and where it writes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param outlets    outlet names to report on (exact); empty for all
 * @param from       first publication date kept (inclusive), or {@code null}
 * @param to         last publication date kept (inclusive), or {@code null}
 * @param bucket     the time series' period
 * @param events     dates marked on the time series (sorted, duplicates removed)
 * @param ratingsDir folder holding {@code decodex/} and {@code mbfc-idiap/} (external ratings), or {@code null}
 * @param seed       the bootstrap's seed
 * @param resamples  bootstrap replicates
 * @param outDir     the folder written to (created when missing)
 */
public record ReportSettings(Set<String> outlets, LocalDate from, LocalDate to, Bucket bucket, List<LocalDate> events,
                             Path ratingsDir, long seed, int resamples, Path outDir) {
    public ReportSettings {
        outlets = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(outlets == null ? Set.of() : outlets));
        events = List.copyOf(new TreeSet<>(events == null ? List.of() : events));
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(outDir, "outDir");
        aggregateSettings(outlets, from, to, bucket, seed, resamples);
    }

    /** All outlets and dates, weekly, no events, no ratings, seed 42, 1,000 replicates, written to {@code outDir}. */
    public static ReportSettings defaults(Path outDir) {
        return new ReportSettings(Set.of(), null, null, Bucket.WEEK, List.of(), null, AggregateSettings.DEFAULT_SEED,
                AggregateSettings.DEFAULT_RESAMPLES, outDir);
    }

    /** These settings with another number of bootstrap replicates. */
    public ReportSettings withResamples(int n) {
        return new ReportSettings(outlets, from, to, bucket, events, ratingsDir, seed, n, outDir);
    }

    /** The aggregation part of these settings. */
    public AggregateSettings aggregateSettings() {
        return aggregateSettings(outlets, from, to, bucket, seed, resamples);
    }

    private static AggregateSettings aggregateSettings(Set<String> outlets, LocalDate from, LocalDate to,
                                                       Bucket bucket, long seed, int resamples) {
        return new AggregateSettings(outlets, from, to, bucket, seed, resamples);
    }

    /**
     * These settings as sorted strings for provenance (the ratings folder as given, the output folder left out so
     * that the same report written elsewhere is byte-identical).
     */
    public Map<String, String> describe() {
        Map<String, String> m = new TreeMap<>();
        m.put("outlets", outlets.isEmpty() ? "all" : String.join(", ", outlets));
        m.put("from", from == null ? "" : from.toString());
        m.put("to", to == null ? "" : to.toString());
        m.put("bucket", bucket.id());
        m.put("events", events.stream().map(LocalDate::toString).collect(Collectors.joining(", ")));
        m.put("ratings", ratingsDir == null ? "" : ratingsDir.toString());
        m.put("seed", Long.toString(seed));
        m.put("resamples", Integer.toString(resamples));
        m.put("interval", "95% percentile bootstrap, articles resampled");
        return m;
    }
}
