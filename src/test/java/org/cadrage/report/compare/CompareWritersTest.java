package org.cadrage.report.compare;

import static org.cadrage.aggregate.CompareFixtures.analysis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cadrage.aggregate.CompareSpec;
import org.cadrage.aggregate.Comparison;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.Provenance;
import org.junit.jupiter.api.Test;

class CompareWritersTest {
    private static final String HOSTILE = "<script>x</script>";
    private static final String NORD = "Le Courrier du Nord";
    private static final Provenance PROVENANCE = new Provenance("cadrage", "0.1.0", "abc123", "corenlp-fr",
            "pipe-7f3", Map.of("commons-math3", "3.6.1"), Map.of("lexicons", "v2"),
            new TreeMap<>(Map.of("analysis.jsonl", "e3b0c442")));

    private static Comparison comparison() {
        List<ArticleAnalysis> list = new ArrayList<>();
        LocalDate start = LocalDate.of(2023, 3, 1);
        for (int i = 0; i < 30; i++) {
            list.add(analysis("n" + i, NORD, start.plusDays(i), 0.2 + 0.01 * (i % 10), 0.1 * (i % 3), 2.0));
            list.add(analysis("h" + i, HOSTILE, start.plusDays(i), 0.5 + 0.01 * (i % 10), 0.1 * (i % 3), null));
        }
        list.add(analysis("u", NORD, null, 0.5, null, null));
        return Comparison.compute(list::stream, CompareSpec.outlets(NORD, HOSTILE).within(start, null)
                .withBootstrap(42, 500));
    }

    @Test
    void theTableIsAlignedAndUsesCompactPValues() {
        String table = CompareWriters.table(comparison());
        List<String> lines = table.lines().toList();
        assertEquals("Outlets: A = Le Courrier du Nord (30 articles), B = <script>x</script> (30 articles)",
                lines.get(0));
        assertEquals("Window: 2023-03-01 <= published", lines.get(1));
        assertEquals("Articles read: 61; other outlets: 0; undated (excluded): 1; outside the period: 0", lines.get(2));
        assertEquals("Bootstrap: 500 resamples, seed 42, 95% percentile intervals; Mann-Whitney U two-sided;"
                + " alpha 0.05", lines.get(3));
        assertEquals("index                        n A  mean A  n B  mean B  B - A           95% CI       p    p BH"
                + "  delta", lines.get(5));
        assertEquals("sideBalance                   30   0.245   30   0.545  0.300   [0.286, 0.314]  <0.001  <0.001"
                + "  1.000  *", lines.get(6));
        assertEquals("hedgesPer1000Tokens           30   2.000    0       -      -                -       -       -"
                + "      -", lines.get(11));
        assertTrue(table.contains("Trend per 30 days (OLS on the publication date, 95% t-interval)"));
        assertEquals(table, CompareWriters.table(comparison()), "deterministic");
    }

    @Test
    void theJsonCarriesProvenanceSettingsAndEveryField() throws Exception {
        String json = CompareWriters.json(comparison(), PROVENANCE);
        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals(1, root.get("schemaVersion").asInt());
        JsonNode p = root.get("provenance");
        assertEquals("0.1.0", p.get("version").asText());
        assertEquals("abc123", p.get("gitCommit").asText());
        assertEquals("pipe-7f3", p.get("pipelineId").asText());
        assertEquals("e3b0c442", p.get("inputs").get("analysis.jsonl").asText());
        JsonNode s = p.get("compare");
        assertEquals("outlets", s.get("mode").asText());
        assertEquals(42, s.get("seed").asLong());
        assertEquals(500, s.get("resamples").asInt());
        assertEquals(0.05, s.get("alpha").asDouble());
        assertEquals("2023-03-01", s.get("after").asText());
        assertTrue(s.get("before").isNull());
        assertEquals(HOSTILE, s.get("groupB").get("outlets").get(0).asText());
        assertEquals(1, root.get("counts").get("undated").asInt());
        JsonNode first = root.get("indices").get(0);
        assertEquals("sideBalance", first.get("index").asText());
        assertEquals(0.3, first.get("difference").asDouble(), 1e-9);
        assertTrue(first.get("significant").asBoolean());
        for (String field : List.of("nA", "meanA", "nB", "meanB", "ciLow", "ciHigh", "p", "adjustedP", "cliffsDelta",
                "description")) {
            assertTrue(first.has(field), field);
        }
        JsonNode hedges = root.get("indices").get(5);
        assertEquals("hedgesPer1000Tokens", hedges.get("index").asText());
        assertTrue(hedges.get("meanB").isNull());
        assertEquals(2 * 7, root.get("trends").size());
        assertEquals(json, CompareWriters.json(comparison(), PROVENANCE), "deterministic");
    }

    @Test
    void theHtmlIsSelfContainedAndEscapesEveryText() {
        String html = CompareWriters.html(comparison(), PROVENANCE);
        assertFalse(html.contains(HOSTILE), "the outlet name must be escaped");
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"));
        assertTrue(html.contains("&lt;script&gt;x&lt;/script&gt;"));
        assertFalse(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "").contains("http"), "no network access");
        assertTrue(html.contains("<svg"));
        assertEquals(1, count(html, "<rect "), "one significant row highlighted");
        assertEquals(2, count(html, "<circle "), "a point per index with a difference");
        assertTrue(html.contains("pipe-7f3"));
        assertEquals(html, CompareWriters.html(comparison(), PROVENANCE), "deterministic");
    }

    @Test
    void escapeCoversAttributesToo() {
        assertEquals("a&amp;b &lt;i&gt; &quot;q&quot; l&#39;OTAN", CompareWriters.esc("a&b <i> \"q\" l'OTAN"));
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
