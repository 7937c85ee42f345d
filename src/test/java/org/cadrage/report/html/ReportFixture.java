package org.cadrage.report.html;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cadrage.aggregate.AnalysisFixtures;
import org.cadrage.aggregate.Bucket;
import org.cadrage.model.Provenance;

/** Settings and provenance for reports of {@link AnalysisFixtures#generated} articles. */
final class ReportFixture {
    static final LocalDate EVENT = LocalDate.of(2022, 2, 24);

    private ReportFixture() {
    }

    static ReportSettings settings(Path out, Path ratings) {
        return new ReportSettings(Set.of(), null, null, Bucket.WEEK, List.of(EVENT), ratings, 42, 200, out);
    }

    static Provenance provenance() {
        return new Provenance("cadrage", "0.1.0-test", "abc123", "fixture", "pipeline-xyz",
                Map.of("commons-math3", "3.6.1"), Map.of("lexicons", "default"),
                new TreeMap<>(Map.of("fixture.jsonl", "0".repeat(64))));
    }
}
