package org.cadrage.report.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.Provenance;

/**
 * Exports analyses as one XLSX workbook or as CSV files, one per sheet: {@code Articles} (one row per article with
 * every index of {@link org.cadrage.aggregate.ArticleIndex#catalogue}), {@code Attributions}, {@code Hedges},
 * {@code Credits} (one row per piece of evidence), {@code Outlets} and {@code OutletPeriods} (means per outlet and per
 * outlet and calendar month) and {@code README} (a definition of every column, format notes and the provenance).
 *
 * <p>The analyses are read twice (once to find the framing tasks and their labels, once to write), each time from a
 * fresh stream of {@code analyses}, which is closed after use; rows follow the stream's order. Memory stays bounded:
 * only the per-outlet and per-month sums are kept. The output holds no timestamp: the same input gives the same CSV
 * bytes and the same workbook cells.
 *
 * <p>Thread-safe (no mutable state); arguments must not be {@code null}.
 */
public final class Exporter {
    /** Excel's rows per sheet, header included. */
    static final int EXCEL_MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final int maxRowsPerSheet;

    /** An exporter using Excel's full sheet size. */
    public Exporter() {
        this(EXCEL_MAX_ROWS);
    }

    /** @param maxRowsPerSheet rows per XLSX sheet, header included, before a table continues on the next sheet */
    Exporter(int maxRowsPerSheet) {
        if (maxRowsPerSheet < 2 || maxRowsPerSheet > EXCEL_MAX_ROWS) {
            throw new IllegalArgumentException("maxRowsPerSheet must be in [2, " + EXCEL_MAX_ROWS + "], got "
                    + maxRowsPerSheet);
        }
        this.maxRowsPerSheet = maxRowsPerSheet;
    }

    /**
     * Writes {@code file} as an XLSX workbook (replacing it; written to {@code file.part} first and then moved).
     *
     * @param analyses   a fresh stream of the analyses on each call
     * @param provenance what produced the analyses, copied into the README sheet
     * @param settings   the export's own settings, copied into the README sheet as {@code export.<key>}
     * @throws IllegalArgumentException when an analysis is inconsistent (evidence outside its document)
     */
    public ExportSummary exportXlsx(Supplier<Stream<ArticleAnalysis>> analyses, Provenance provenance,
                                    Map<String, String> settings, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (XlsxSink sink = new XlsxSink(file, maxRowsPerSheet)) {
            return export(analyses, provenance, settings, sink);
        }
    }

    /**
     * Writes the CSV files {@code articles.csv}, {@code attributions.csv}, {@code hedges.csv}, {@code credits.csv},
     * {@code outlets.csv}, {@code outlet_periods.csv} and {@code readme.csv} into {@code dir} (created if needed,
     * files replaced).
     *
     * @see #exportXlsx
     */
    public ExportSummary exportCsv(Supplier<Stream<ArticleAnalysis>> analyses, Provenance provenance,
                                   Map<String, String> settings, Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        try (CsvSink sink = new CsvSink(dir)) {
            return export(analyses, provenance, settings, sink);
        }
    }

    private static ExportSummary export(Supplier<Stream<ArticleAnalysis>> analyses, Provenance provenance,
                                        Map<String, String> settings, TableSink sink) throws IOException {
        Objects.requireNonNull(analyses, "analyses");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(settings, "settings");
        SortedMap<String, SortedSet<String>> tasks = new TreeMap<>();
        try (Stream<ArticleAnalysis> s = analyses.get()) {
            s.forEach(a -> ExportTables.collectTasks(a, tasks));
        }
        ExportTables tables = new ExportTables(tasks);
        TableSink.Table articles = sink.open(tables.articles());
        TableSink.Table attributions = sink.open(tables.attributions());
        TableSink.Table hedges = sink.open(tables.hedges());
        TableSink.Table credits = sink.open(tables.credits());
        try (Stream<ArticleAnalysis> s = analyses.get()) {
            Iterator<ArticleAnalysis> it = s.iterator();
            while (it.hasNext()) {
                tables.add(it.next(), articles, attributions, hedges, credits);
            }
        }
        TableSink.Table outlets = sink.open(tables.outlets());
        TableSink.Table periods = sink.open(tables.periods());
        tables.writeOutlets(outlets, periods);
        TableSink.Table readme = sink.open(tables.readme());
        for (List<Object> row : tables.readmeRows(sink, sink.notes(), provenance, settings)) {
            readme.row(row);
        }
        List<TableSink.Table> all = List.of(articles, attributions, hedges, credits, outlets, periods, readme);
        Map<String, Long> rows = new LinkedHashMap<>();
        List<String> outputs = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            rows.put(tables.specs().get(i).name(), all.get(i).rows());
            outputs.addAll(all.get(i).parts());
        }
        sink.finish();
        return new ExportSummary(rows, outputs);
    }
}
