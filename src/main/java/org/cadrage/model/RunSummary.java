package org.cadrage.model;

import java.util.List;

/**
 * What a run did. Every input unit is analysed, unchanged or skipped:
 * {@code unitsSeen == analysed + unchanged + skipped}.
 *
 * @param unitsSeen input units met (articles, records, page segments, skipped files)
 * @param unchanged units not analysed because the workspace already holds the same id with the same text
 * @param issues    every skipped unit and every warning, in input order
 */
public record RunSummary(Provenance provenance, int unitsSeen, int analysed, int unchanged, int skipped,
                         int warnings, long tokens, double seconds, List<IngestIssue> issues) {
    public RunSummary {
        issues = List.copyOf(issues);
    }
}
