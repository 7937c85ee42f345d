package org.cadrage.report.export;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.cadrage.model.Article;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.Attribution;
import org.cadrage.model.Camp;
import org.cadrage.model.Evidence;
import org.cadrage.model.Hedge;
import org.cadrage.model.HedgeKind;
import org.cadrage.model.Scope;

/**
 * Manual benchmark, not a test: exports N generated articles (5 evidence rows each) to XLSX and CSV and prints the
 * wall and CPU time and the peak heap. Run with {@code java -Xmx2g -cp target/classes:target/test-classes:<deps>
 * org.cadrage.report.export.ExportBenchmark 100000 /tmp/bench}.
 */
public final class ExportBenchmark {
    private static final String[] OUTLETS = {"L'Écho du Nord", "La Gazette", "Le Quotidien", "Midi Matin",
        "Radio Plaine"};
    private static final String PARAGRAPH = "Selon le ministère, les frappes auraient visé un dépôt. « Nous tiendrons »,"
            + " a déclaré le maire, qui se serait réfugié à l’abri. Photo : © Sputnik. ";

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path dir = Files.createDirectories(Path.of(args[1]));
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        ExportSummary s = new Exporter().exportXlsx(() -> IntStream.range(0, n).mapToObj(ExportBenchmark::make),
                ExportFixtures.provenance(), Map.of(), dir.resolve("bench.xlsx"));
        long t1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
        new Exporter().exportCsv(() -> IntStream.range(0, n).mapToObj(ExportBenchmark::make),
                ExportFixtures.provenance(), Map.of(), dir.resolve("csv"));
        long t2 = System.nanoTime();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "rows %s%nxlsx %.1f s wall, %.1f s cpu (%d MB), csv %.1f s wall,"
                + " peak heap (sum of pools) %d MB%n", s.rows(), (t1 - t0) / 1e9, (c1 - c0) / 1e9,
                Files.size(dir.resolve("bench.xlsx")) >> 20, (t2 - t1) / 1e9, peak >> 20);
    }

    /** Article {@code i}: the fixture's scores and metrics on a generated 2,000-character document. */
    static ArticleAnalysis make(int i) {
        ArticleAnalysis f = ExportFixtures.first();
        String doc = (PARAGRAPH.repeat(14) + i).substring(0, 2000);
        Article a = new Article(String.format(Locale.ROOT, "a-%06d", i), f.article().source(), doc,
                new org.cadrage.model.Span(0, doc.length()), OUTLETS[i % OUTLETS.length],
                LocalDate.of(2021, 1, 1).plusDays(i % 1000), "Titre " + i, "https://example.org/" + i, Map.of(),
                Map.of(), List.of(), List.of());
        int p = PARAGRAPH.length();
        Attribution said = new Attribution("direct", ExportFixtures.ts(doc, "le maire"), null,
                ExportFixtures.ts(doc, "a déclaré"), "déclarer", "neutral", ExportFixtures.span(doc, "Nous tiendrons"),
                Camp.UKRAINE_OFFICIAL.id(), false, false, null, null);
        Attribution selon = new Attribution("according_to", ExportFixtures.ts(doc, "le ministère"), null,
                ExportFixtures.ts(doc, "Selon"), null, null, new org.cadrage.model.Span(p + 20, p + 55),
                Camp.RUSSIA_OFFICIAL.id(), false, false, null, null);
        Hedge h1 = ExportFixtures.hedge(doc, "auraient visé", HedgeKind.CONDITIONAL, Scope.ATTRIBUTED, "c:auraient");
        Hedge h2 = ExportFixtures.hedge(doc, "se serait réfugié", HedgeKind.CONDITIONAL, Scope.NARRATOR, "c:serait");
        return new ArticleAnalysis(a, new Evidence(List.of(h1, h2), f.evidence().credits().stream()
                .map(c -> ExportFixtures.credit(doc, c.text(), c.kind(), c.outlet(), c.stateAffiliated(),
                        c.country())).toList(), List.of(said, selon), List.of()), f.metrics(), f.scores());
    }
}
