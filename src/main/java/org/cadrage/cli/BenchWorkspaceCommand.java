package org.cadrage.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.Provenance;
import org.cadrage.report.export.ExportSummary;
import org.cadrage.report.export.Exporter;
import org.cadrage.report.html.ReportSettings;
import org.cadrage.report.html.ReportWriter;
import org.cadrage.store.Query;
import org.cadrage.store.SyntheticAnalyses;
import org.cadrage.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cadrage bench-workspace}: fills a fresh workspace with seeded synthetic analysed articles (no NLP) and times
 * {@code report --all} and {@code export --format xlsx} on it, printing wall times and the peak heap.
 */
@Command(name = "bench-workspace", mixinStandardHelpOptions = true,
        description = "Time loading, report --all and export --format xlsx on N synthetic analysed articles.")
final class BenchWorkspaceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--articles", description = "Synthetic articles (default: ${DEFAULT-VALUE}).")
    int articles = 100_000;

    @Option(names = "--seed", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Scratch folder, kept afterwards (default: a temporary folder, deleted at the end).")
    Path dir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path scratch = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("cadrage-bench");
        out.printf(Locale.ROOT, "bench-workspace: %d synthetic articles (seed %d) in %s, max heap %d MB%n", articles,
                seed, scratch, Runtime.getRuntime().maxMemory() >> 20);
        try {
            run(out, scratch);
        } finally {
            if (dir == null) {
                deleteTree(scratch); // the workspace and export of 100,000 articles weigh about 600 MB
            }
        }
        return 0;
    }

    private void run(PrintWriter out, Path scratch) throws Exception {
        try (Workspace w = Workspace.open(scratch.resolve("workspace"))) {
            Provenance p = WorkspaceOptionsMixin.provenance(w, Map.of("bench", "synthetic"));
            long t0 = System.nanoTime();
            String run = w.beginRun(p, Map.of("generator", "SyntheticAnalyses", "seed", Long.toString(seed)));
            try (Stream<ArticleAnalysis> s = SyntheticAnalyses.generate(articles, seed)) {
                Iterator<ArticleAnalysis> it = s.iterator();
                List<ArticleAnalysis> batch = new ArrayList<>();
                while (it.hasNext()) {
                    batch.add(it.next());
                    if (batch.size() == 5_000 || !it.hasNext()) {
                        w.putAll(batch, run);
                        batch.clear();
                    }
                }
            }
            line(out, "load", t0, w.count(Query.all()) + " articles stored");
            resetPeaks();
            t0 = System.nanoTime();
            ReportWriter.ReportResult r = ReportWriter.write(() -> w.analyses(Query.all()),
                    ReportSettings.defaults(scratch.resolve("reports")), p);
            line(out, "report --all", t0, r.outlets().size() + " outlets, " + r.files().size() + " files");
            resetPeaks();
            t0 = System.nanoTime();
            ExportSummary x = new Exporter().exportXlsx(() -> w.analyses(Query.all()), p, Map.of("format", "xlsx"),
                    scratch.resolve("export.xlsx"));
            line(out, "export --format xlsx", t0, x.rows("Articles") + " article rows, "
                    + (Files.size(scratch.resolve("export.xlsx")) >> 20) + " MB");
        }
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void line(PrintWriter out, String what, long t0, String detail) {
        out.printf(Locale.ROOT, "  %-22s %7.1f s   peak heap %5d MB   %s%n", what, (System.nanoTime() - t0) / 1e9,
                peakHeapMb(), detail);
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }
}
