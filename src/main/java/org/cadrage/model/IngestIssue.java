package org.cadrage.model;

import java.util.Objects;

/**
 * An input unit that was not analysed (or was analysed with a caveat), with the reason.
 *
 * @param source   the input path as given
 * @param location line, record or article id inside the source, or {@code null} for the whole file
 * @param reason   a human-readable reason
 * @param skipped  {@code true} when the unit was not analysed, {@code false} for a warning on an analysed unit
 */
public record IngestIssue(String source, String location, String reason, boolean skipped) {
    public IngestIssue {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }

    public static IngestIssue skipped(String source, String location, String reason) {
        return new IngestIssue(source, location, reason, true);
    }

    public static IngestIssue warning(String source, String location, String reason) {
        return new IngestIssue(source, location, reason, false);
    }
}
