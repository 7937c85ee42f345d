package org.cadrage.aggregate;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.cadrage.model.Article;

/**
 * What {@link Comparison#compute} compares: two groups of articles (A and B) and the test settings.
 *
 * <p>Three forms, built with the factories:
 * <ul>
 *   <li>{@link #periods}: one outlet, A = published before {@code before} ({@code published < before}), B = published
 *       on or after {@code after} ({@code published >= after}); the two dates may be equal (a split) or leave a gap
 *       (articles in the gap are counted as outside the period); undated articles are excluded and counted;</li>
 *   <li>{@link #outlets}: outlet A against outlet B;</li>
 *   <li>{@link #groups}: named group A of outlets against named group B (disjoint).</li>
 * </ul>
 * For the two outlet forms, {@code before} and {@code after} are an optional window: when given, only articles with
 * {@code after <= published < before} are kept and undated articles are excluded and counted; when both are
 * {@code null}, dates are ignored (undated articles are compared, but have no place in a trend).
 *
 * <p>Outlet names match {@link Article#outlet()} exactly. Immutable and thread-safe; {@code null} is allowed only
 * for the dates, as described.
 *
 * @param mode      the form
 * @param labelA    group A's name in outputs (the outlet, the group name, or the period)
 * @param outletsA  group A's outlets, sorted
 * @param labelB    group B's name in outputs
 * @param outletsB  group B's outlets, sorted (equal to {@code outletsA} for {@link Mode#PERIODS})
 * @param before    see above
 * @param after     see above
 * @param seed      seed of the bootstrap generator (default {@value #DEFAULT_SEED})
 * @param resamples number of bootstrap replicates, at least 100 (default {@value #DEFAULT_RESAMPLES})
 * @param alpha     significance level, in (0, 0.5); the confidence intervals have level {@code 1 - alpha}
 */
public record CompareSpec(Mode mode, String labelA, SortedSet<String> outletsA, String labelB,
                          SortedSet<String> outletsB, LocalDate before, LocalDate after, long seed, int resamples,
                          double alpha) {
    public static final long DEFAULT_SEED = 42;
    public static final int DEFAULT_RESAMPLES = 2000;
    public static final double DEFAULT_ALPHA = 0.05;

    /** The three forms of comparison. */
    public enum Mode { PERIODS, OUTLETS, GROUPS }

    public CompareSpec {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(labelA, "labelA");
        Objects.requireNonNull(labelB, "labelB");
        outletsA = sortedCopy("A", outletsA);
        outletsB = sortedCopy("B", outletsB);
        if (mode == Mode.PERIODS) {
            if (!outletsA.equals(outletsB) || outletsA.size() != 1) {
                throw new IllegalArgumentException("a period comparison needs one outlet, got " + outletsA + " and "
                        + outletsB);
            }
            if (before == null || after == null) {
                throw new IllegalArgumentException("a period comparison needs both dates, got before=" + before
                        + " after=" + after);
            }
            if (before.isAfter(after)) {
                throw new IllegalArgumentException("the periods overlap: before " + before + " is later than after "
                        + after);
            }
        } else {
            for (String o : outletsA) {
                if (outletsB.contains(o)) {
                    throw new IllegalArgumentException("outlet '" + o + "' is in both groups");
                }
            }
            if (before != null && after != null && !after.isBefore(before)) {
                throw new IllegalArgumentException("empty window: after " + after + " is not earlier than before "
                        + before);
            }
        }
        if (labelA.equals(labelB)) {
            throw new IllegalArgumentException("both groups are named '" + labelA + "'");
        }
        if (resamples < 100) {
            throw new IllegalArgumentException("resamples must be >= 100, got " + resamples);
        }
        if (!(alpha > 0 && alpha < 0.5)) {
            throw new IllegalArgumentException("alpha must be in (0, 0.5), got " + alpha);
        }
    }

    private static SortedSet<String> sortedCopy(String group, Set<String> outlets) {
        Objects.requireNonNull(outlets, "outlets" + group);
        TreeSet<String> copy = new TreeSet<>();
        for (String o : outlets) {
            if (o == null || o.isBlank()) {
                throw new IllegalArgumentException("group " + group + ": blank outlet name in " + outlets);
            }
            copy.add(o);
        }
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("group " + group + " has no outlet");
        }
        return Collections.unmodifiableSortedSet(copy);
    }

    /** One outlet before {@code before} (A) against on or after {@code after} (B); default seed, resamples, alpha. */
    public static CompareSpec periods(String outlet, LocalDate before, LocalDate after) {
        SortedSet<String> one = outlet == null ? new TreeSet<>() : new TreeSet<>(Set.of(outlet));
        return new CompareSpec(Mode.PERIODS, "published < " + before, one, "published >= " + after, one, before,
                after, DEFAULT_SEED, DEFAULT_RESAMPLES, DEFAULT_ALPHA);
    }

    /** Outlet {@code a} against outlet {@code b}, all dates; default seed, resamples, alpha. */
    public static CompareSpec outlets(String a, String b) {
        return new CompareSpec(Mode.OUTLETS, a, new TreeSet<>(Set.of(a)), b, new TreeSet<>(Set.of(b)), null, null,
                DEFAULT_SEED, DEFAULT_RESAMPLES, DEFAULT_ALPHA);
    }

    /** Group {@code nameA} of outlets against group {@code nameB}, all dates; default seed, resamples, alpha. */
    public static CompareSpec groups(String nameA, Set<String> a, String nameB, Set<String> b) {
        return new CompareSpec(Mode.GROUPS, nameA, new TreeSet<>(a), nameB, new TreeSet<>(b), null, null,
                DEFAULT_SEED, DEFAULT_RESAMPLES, DEFAULT_ALPHA);
    }

    /** This outlet or group comparison restricted to {@code after <= published < before}; either may be null. */
    public CompareSpec within(LocalDate after, LocalDate before) {
        if (mode == Mode.PERIODS) {
            throw new IllegalArgumentException("a period comparison has no window; its dates are the periods");
        }
        return new CompareSpec(mode, labelA, outletsA, labelB, outletsB, before, after, seed, resamples, alpha);
    }

    /** This comparison with another seed and number of replicates. */
    public CompareSpec withBootstrap(long newSeed, int newResamples) {
        return new CompareSpec(mode, labelA, outletsA, labelB, outletsB, before, after, newSeed, newResamples, alpha);
    }

    /** This comparison with another significance level. */
    public CompareSpec withAlpha(double newAlpha) {
        return new CompareSpec(mode, labelA, outletsA, labelB, outletsB, before, after, seed, resamples, newAlpha);
    }

    /** Whether dates matter: a period comparison, or a window. */
    public boolean dated() {
        return before != null || after != null;
    }

    /** Where an article falls: group A, group B, or why it is left out. */
    public enum Placement { A, B, OTHER_OUTLET, UNDATED, OUTSIDE_PERIOD }

    /** Where {@code a} falls; an article without outlet is {@link Placement#OTHER_OUTLET}. */
    public Placement place(Article a) {
        String outlet = a.outlet();
        LocalDate d = a.published();
        if (outlet == null || (!outletsA.contains(outlet) && !outletsB.contains(outlet))) {
            return Placement.OTHER_OUTLET;
        }
        if (dated() && d == null) {
            return Placement.UNDATED;
        }
        if (mode == Mode.PERIODS) {
            return d.isBefore(before) ? Placement.A : d.isBefore(after) ? Placement.OUTSIDE_PERIOD : Placement.B;
        }
        if ((after != null && d.isBefore(after)) || (before != null && !d.isBefore(before))) {
            return Placement.OUTSIDE_PERIOD;
        }
        return outletsA.contains(outlet) ? Placement.A : Placement.B;
    }
}
