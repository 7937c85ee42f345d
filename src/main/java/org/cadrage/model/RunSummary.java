package org.cadrage.model;

import java.util.List;

/**
 * What a run did. Every input unit is either analysed or skipped: {@code unitsSeen == analysed + skipped}.
 *
 * @param unitsSeen input units met (articles, records, page segments, skipped files)
 * @param issues    every skipped unit and every warning, in input order
 */
public record RunSummary(Provenance provenance, int unitsSeen, int analysed, int skipped, int warnings, long tokens,
                         double seconds, List<IngestIssue> issues) {
    public RunSummary {
        issues = List.copyOf(issues);
    }
}
