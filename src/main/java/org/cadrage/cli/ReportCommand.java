package org.cadrage.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cadrage.aggregate.Bucket;
import org.cadrage.model.Provenance;
import org.cadrage.report.html.ReportSettings;
import org.cadrage.report.html.ReportWriter;
import org.cadrage.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cadrage report}: outlet pages (HTML and JSON) and an index comparing all outlets. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write one self-contained HTML page and JSON file per outlet, and an index of all outlets.")
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptionsMixin ws;

    @Option(names = "--all", description = "All outlets (the default when no --outlet is given).")
    boolean all;

    @Option(names = "--bucket", paramLabel = "day|week|month", description = "Time-series bucket (default: week).")
    String bucket = "week";

    @Option(names = "--event", paramLabel = "DATE", description = "A date marked on the time series (repeatable).")
    List<LocalDate> events;

    @Option(names = "--ratings", paramLabel = "DIR",
            description = "Folder with decodex/ and mbfc-idiap/ reference ratings, shown as external (e.g."
                    + " ../shared/data/outlets).")
    Path ratings;

    @Option(names = "--seed", description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--resamples", description = "Bootstrap replicates (default: ${DEFAULT-VALUE}).")
    int resamples = 1000;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: reports/<workspace name>).")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (all && ws.outlets != null && !ws.outlets.isEmpty()) {
            err.println("cadrage report: give --all or --outlet, not both");
            return 2;
        }
        ReportSettings settings;
        try {
            Path dir = this.out != null ? this.out : Path.of("reports").resolve(ws.workspace.toAbsolutePath()
                    .normalize().getFileName().toString());
            settings = new ReportSettings(ws.outletSet(), ws.from, ws.to, Bucket.fromId(bucket.toLowerCase(
                    Locale.ROOT)), events, ratings, seed, resamples, dir);
        } catch (IllegalArgumentException e) {
            err.println("cadrage report: " + e.getMessage());
            return 2;
        }
        long t0 = System.nanoTime();
        try (Workspace w = ws.open()) {
            long n = w.count(ws.query());
            if (n == 0) {
                err.println("cadrage report: no analysed article in " + w.file() + " matches the filter");
                return 1;
            }
            Provenance provenance = WorkspaceOptionsMixin.provenance(w, settings.describe());
            ReportWriter.ReportResult r = ReportWriter.write(() -> w.analyses(ws.query()), settings, provenance);
            out.printf(Locale.ROOT, "%d articles, %d outlets: wrote %d files to %s in %.1f s%n", n, r.outlets().size(),
                    r.files().size(), settings.outDir(), (System.nanoTime() - t0) / 1e9);
            out.println("Open " + settings.outDir().resolve("index.html"));
        }
        return 0;
    }
}
