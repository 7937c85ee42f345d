package org.cadrage.report.html;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.cadrage.aggregate.OutletAggregator;
import org.cadrage.aggregate.OutletSummary;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.Provenance;

/**
 * Writes outlet reports: for each outlet {@code <slug>.html} and {@code <slug>.json}, and {@code index.html} and
 * {@code index.json} comparing all outlets, into {@link ReportSettings#outDir}. Pages are self-contained (inline CSS,
 * SVG and script; no network), every article and outlet text is HTML-escaped, and output is deterministic: no
 * timestamps, sorted keys, {@link Locale#ROOT} numbers, seeded bootstrap. Each page and JSON file ends with the
 * provenance (tool, commit, pipeline, analysis settings, input hashes) and the report settings.
 *
 * <p>Stateless and thread-safe; null arguments are rejected.
 */
public final class ReportWriter {
    /** The JSON files' format identifier. */
    public static final String FORMAT = "cadrage-outlet-report/1";
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private ReportWriter() {
    }

    /**
     * What was written.
     *
     * @param outlets the summaries, sorted by outlet
     * @param slugs   outlet → file name stem
     * @param files   the files written, index first
     */
    public record ReportResult(List<OutletSummary> outlets, Map<String, String> slugs, List<Path> files) {
        public ReportResult {
            outlets = List.copyOf(outlets);
            slugs = java.util.Collections.unmodifiableMap(new TreeMap<>(slugs));
            files = List.copyOf(files);
        }
    }

    /**
     * Aggregates the analyses {@code analyses} supplies (one pass) and writes the reports.
     *
     * @throws IOException when the ratings folder cannot be read or a file cannot be written
     */
    public static ReportResult write(Supplier<Stream<ArticleAnalysis>> analyses, ReportSettings settings,
                                     Provenance provenance) throws IOException {
        Objects.requireNonNull(analyses, "analyses");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(provenance, "provenance");
        ExternalRatings ratings = settings.ratingsDir() == null ? ExternalRatings.none()
                : ExternalRatings.load(settings.ratingsDir());
        List<OutletSummary> summaries = OutletAggregator.aggregate(analyses, settings.aggregateSettings());
        return write(summaries, ratings, settings, provenance);
    }

    /** Writes the reports of summaries already computed, sorted by outlet. */
    public static ReportResult write(List<OutletSummary> summaries, ExternalRatings ratings, ReportSettings settings,
                                     Provenance provenance) throws IOException {
        Path dir = settings.outDir();
        Files.createDirectories(dir);
        boolean loaded = settings.ratingsDir() != null;
        Map<String, String> slugs = slugs(summaries.stream().map(OutletSummary::outlet).toList());
        Map<String, ExternalRatings.OutletRating> found = new TreeMap<>();
        List<Path> files = new ArrayList<>(List.of(dir.resolve("index.html"), dir.resolve("index.json")));
        for (OutletSummary s : summaries) {
            ExternalRatings.OutletRating r = s.outlet().equals(OutletAggregator.UNKNOWN_OUTLET) ? null
                    : ratings.find(s.outlet(), s.domain());
            if (r != null) {
                found.put(s.outlet(), r);
            }
            String slug = slugs.get(s.outlet());
            Path html = dir.resolve(slug + ".html");
            Path json = dir.resolve(slug + ".json");
            Files.writeString(html, HtmlPages.outlet(s, r, loaded, settings, provenance), StandardCharsets.UTF_8);
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("format", FORMAT);
            doc.put("summary", s);
            doc.put("externalRatings", externalNode(r, loaded));
            doc.put("report", settings.describe());
            doc.put("provenance", provenance);
            writeJson(json, doc);
            files.add(html);
            files.add(json);
        }
        Files.writeString(files.get(0), HtmlPages.index(summaries, slugs, found, loaded, settings, provenance),
                StandardCharsets.UTF_8);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (OutletSummary s : summaries) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("outlet", s.outlet());
            row.put("file", slugs.get(s.outlet()) + ".html");
            row.put("articles", s.articles());
            row.put("firstPublished", s.firstPublished());
            row.put("lastPublished", s.lastPublished());
            row.put("indices", s.indices());
            row.put("voiceShare", s.voiceShare());
            row.put("externalRatings", externalNode(found.get(s.outlet()), loaded));
            rows.add(row);
        }
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("format", FORMAT);
        index.put("outlets", rows);
        index.put("report", settings.describe());
        index.put("provenance", provenance);
        writeJson(files.get(1), index);
        return new ReportResult(summaries, slugs, files);
    }

    private static Object externalNode(ExternalRatings.OutletRating r, boolean loaded) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("note", loaded ? "published by others, not measured by Cadrage" : "no ratings folder given");
        m.put("decodex", r == null ? null : r.decodex());
        m.put("mbfc", r == null ? null : r.mbfc());
        return m;
    }

    private static void writeJson(Path file, Object value) throws IOException {
        Files.writeString(file, JSON.writeValueAsString(value) + "\n", StandardCharsets.UTF_8);
    }

    /**
     * A file name stem per outlet: lower case, accents removed, runs of other characters as {@code -}; {@code outlet}
     * when nothing is left; {@code index} and repeats get {@code -2}, {@code -3}, ... in outlet order.
     */
    static Map<String, String> slugs(List<String> outlets) {
        Map<String, String> out = new TreeMap<>();
        Set<String> used = new HashSet<>(Set.of("index"));
        for (String o : outlets.stream().sorted().toList()) {
            String base = Normalizer.normalize(o.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}+", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            if (base.isEmpty()) {
                base = "outlet";
            }
            String slug = base;
            for (int i = 2; !used.add(slug); i++) {
                slug = base + "-" + i;
            }
            out.put(o, slug);
        }
        return out;
    }
}
