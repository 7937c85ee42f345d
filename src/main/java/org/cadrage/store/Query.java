package org.cadrage.store;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which current articles to read from a {@link Workspace}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param outlets outlets to include; empty means every outlet (including articles without outlet). {@code null} is
 *                read as empty.
 * @param from    first publication date included, or {@code null} for no lower bound; when set, articles without a
 *                date are excluded
 * @param to      last publication date included, or {@code null} for no upper bound; when set, articles without a
 *                date are excluded
 */
public record Query(Set<String> outlets, LocalDate from, LocalDate to) {
    public Query {
        outlets = Set.copyOf(new TreeSet<>(outlets == null ? Set.of() : outlets));
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("query from " + from + " is after to " + to);
        }
    }

    /** Every current article. */
    public static Query all() {
        return new Query(Set.of(), null, null);
    }
}
