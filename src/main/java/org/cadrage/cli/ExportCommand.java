package org.cadrage.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.cadrage.model.Provenance;
import org.cadrage.report.export.ExportSummary;
import org.cadrage.report.export.Exporter;
import org.cadrage.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cadrage export}: every article, attribution, hedge, credit and outlet figure to XLSX or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the workspace to a spreadsheet (XLSX, streaming) or CSV files (UTF-8 with BOM).")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptionsMixin ws;

    @Option(names = "--format", required = true, paramLabel = "xlsx|csv", description = "Output format.")
    String format;

    @Option(names = "--out", paramLabel = "PATH",
            description = "XLSX file or CSV folder (default: cadrage-export.xlsx or cadrage-export/).")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String f = format.toLowerCase(Locale.ROOT);
        if (!f.equals("xlsx") && !f.equals("csv")) {
            err.println("cadrage export: --format must be xlsx or csv, got '" + format + "'");
            return 2;
        }
        Path target = this.out != null ? this.out : Path.of(f.equals("xlsx") ? "cadrage-export.xlsx"
                : "cadrage-export");
        long t0 = System.nanoTime();
        try (Workspace w = ws.open()) {
            long n = w.count(ws.query());
            if (n == 0) {
                err.println("cadrage export: no analysed article in " + w.file() + " matches the filter");
                return 1;
            }
            Map<String, String> settings = new TreeMap<>();
            settings.put("format", f);
            settings.put("outlets", ws.outletSet().isEmpty() ? "all" : String.join(", ", ws.outletSet()));
            settings.put("from", ws.from == null ? "" : ws.from.toString());
            settings.put("to", ws.to == null ? "" : ws.to.toString());
            Provenance p = WorkspaceOptionsMixin.provenance(w, settings);
            ExportSummary s = f.equals("xlsx")
                    ? new Exporter().exportXlsx(() -> w.analyses(ws.query()), p, settings, target)
                    : new Exporter().exportCsv(() -> w.analyses(ws.query()), p, settings, target);
            out.printf(Locale.ROOT, "Exported %d articles to %s in %.1f s: %s%n", s.rows("Articles"), target,
                    (System.nanoTime() - t0) / 1e9, s.rows());
            if (s.rows("Articles") != n) {
                err.printf(Locale.ROOT, "cadrage export: %d articles in the workspace but %d exported%n", n,
                        s.rows("Articles"));
                return 1;
            }
        }
        return 0;
    }
}
