package org.cadrage.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.cadrage.aggregate.AnalysisFixtures;
import org.cadrage.aggregate.OutletSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 generated articles, streamed lazily (nothing retained by the source), reported within 60 s in the
 * failsafe JVM's 2 GB heap. The time includes generating the articles.
 */
class ReportScaleIT {
    @TempDir
    Path tmp;

    @Test
    void hundredThousandArticlesInUnderAMinute() throws Exception {
        long start = System.nanoTime();
        ReportWriter.ReportResult r = ReportWriter.write(AnalysisFixtures.generated(100_000, 7),
                ReportFixture.settings(tmp, null).withResamples(1000), ReportFixture.provenance());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "ReportScaleIT: 100,000 articles reported in %.1f s, max heap %d MB%n",
                seconds, Runtime.getRuntime().maxMemory() >> 20);
        assertEquals(100_000, r.outlets().stream().mapToInt(OutletSummary::articles).sum());
        assertEquals(10, r.files().size());
        assertTrue(seconds < 60, "took " + seconds + " s");
    }
}
