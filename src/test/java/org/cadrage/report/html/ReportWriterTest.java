package org.cadrage.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadrage.aggregate.AnalysisFixtures;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.Camp;
import org.cadrage.model.CreditKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
    @TempDir
    Path tmp;

    /** Two articles whose speaker, document, title, url and outlet hold markup and quotes. */
    private static List<ArticleAnalysis> hostile() {
        ArticleAnalysis a = AnalysisFixtures.doc()
                .text("Sous la vidéo <script>alert(1)</script>, ")
                .say("Jean \"Le Dur\" <b>Martin</b>", Camp.RUSSIA_OFFICIAL, "a prétendu", "prétendre", "distancing",
                        "la frappe <img src=x onerror=alert(2)> n'a jamais eu lieu")
                .credit("\u00A9 Sputnik", "Sputnik", true, CreditKind.PHOTO)
                .build("x1", "Le <i>Canard</i> & \"Fils\"", LocalDate.of(2022, 2, 21), 120,
                        "Titre <script>alert(3)</script>", "https://example.org/a?x=\"><script>alert(4)</script>");
        ArticleAnalysis b = AnalysisFixtures.doc()
                .say("Le ministre", Camp.UKRAINE_OFFICIAL, "a déclaré", "déclarer", "neutral", "la ville tient")
                .build("x2", "Le <i>Canard</i> & \"Fils\"", LocalDate.of(2022, 3, 2), 80);
        return List.of(a, b);
    }

    @Test
    void escapesArticleAndOutletText() throws IOException {
        ReportWriter.ReportResult r = ReportWriter.write(() -> hostile().stream(),
                ReportFixture.settings(tmp, null), ReportFixture.provenance());
        assertEquals(Map.of("Le <i>Canard</i> & \"Fils\"", "le-i-canard-i-fils"), r.slugs());
        String html = Files.readString(tmp.resolve("le-i-canard-i-fils.html"));
        assertEquals(1, count(html, "<script"), "only the report's own script");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "document text escaped");
        assertTrue(html.contains("Jean &quot;Le Dur&quot; &lt;b&gt;Martin&lt;/b&gt;"), "speaker escaped");
        assertFalse(html.contains("<img"), "no markup from the article");
        assertFalse(html.contains("<b>Martin"));
        assertTrue(html.contains("<h1>Le &lt;i&gt;Canard&lt;/i&gt; &amp; &quot;Fils&quot;</h1>"));
        assertTrue(html.contains("href=\"https://example.org/a?x=&quot;&gt;&lt;script&gt;alert(4)&lt;/script&gt;\""),
                "attribute value escaped");
        String index = Files.readString(tmp.resolve("index.html"));
        assertEquals(1, count(index, "<script"));
        assertTrue(index.contains(">Le &lt;i&gt;Canard&lt;/i&gt; &amp; &quot;Fils&quot;</a>"));
        JsonNode json = new ObjectMapper().readTree(tmp.resolve("le-i-canard-i-fils.json").toFile());
        assertEquals("Le <i>Canard</i> & \"Fils\"", json.path("summary").path("outlet").asText());
    }

    @Test
    void outletPageHasTheCharts() throws IOException {
        ReportWriter.write(AnalysisFixtures.generated(400, 3), ReportFixture.settings(tmp, null),
                ReportFixture.provenance());
        String html = Files.readString(tmp.resolve("radio-horizon.html"));
        assertEquals(1, count(html, "<svg class=\"chart-stacked\""));
        assertEquals(7, count(html, "<svg class=\"chart-series\""));
        assertEquals(1, count(html, "<svg class=\"chart-bars\""), "the genre model");
        assertEquals(7, count(html, "<polyline class=\"line\""));
        assertTrue(count(html, "<path class=\"band\"") >= 7);
        assertEquals(7, count(html, "<line class=\"event\""));
        assertTrue(html.contains(">2022-02-24</text>"), "event labelled with its date");
        assertTrue(html.contains("External ratings (not measured by Cadrage)"));
        assertTrue(html.contains("<dt>report setting seed</dt><dd>42</dd>"));
        assertTrue(html.contains("<dt>pipeline id</dt><dd>pipeline-xyz</dd>"));
        assertTrue(html.contains("<mark class=\"speaker"), "evidence excerpts highlighted");
        assertFalse(html.contains("http://") && html.contains("src=\"http"), "no external resource");
        String index = Files.readString(tmp.resolve("index.html"));
        assertEquals(4, count(index, "<tr><td data-v="), "one row per outlet");
        assertTrue(index.contains("<table class=\"sortable\" id=\"outlets\">"));
    }

    @Test
    void jsonCarriesFiguresAndProvenance() throws IOException {
        ReportWriter.write(AnalysisFixtures.generated(400, 3), ReportFixture.settings(tmp, null),
                ReportFixture.provenance());
        JsonNode j = new ObjectMapper().readTree(tmp.resolve("radio-horizon.json").toFile());
        assertEquals(ReportWriter.FORMAT, j.path("format").asText());
        assertEquals("Radio Horizon", j.path("summary").path("outlet").asText());
        assertEquals(100, j.path("summary").path("articles").asInt());
        assertEquals("sideBalance", j.path("summary").path("indices").get(0).path("id").asText());
        assertTrue(j.path("summary").path("indices").get(0).path("estimate").path("low").isNumber());
        assertEquals("42", j.path("report").path("seed").asText());
        assertEquals("2022-02-24", j.path("report").path("events").asText());
        assertEquals("abc123", j.path("provenance").path("gitCommit").asText());
        assertEquals("0".repeat(64), j.path("provenance").path("inputs").path("fixture.jsonl").asText());
        JsonNode index = new ObjectMapper().readTree(tmp.resolve("index.json").toFile());
        assertEquals(4, index.path("outlets").size());
    }

    @Test
    void outputIsDeterministic() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        ReportWriter.write(AnalysisFixtures.generated(300, 5), ReportFixture.settings(one, null),
                ReportFixture.provenance());
        ReportWriter.write(AnalysisFixtures.generated(300, 5), ReportFixture.settings(two, null),
                ReportFixture.provenance());
        try (var files = Files.list(one)) {
            for (Path f : files.sorted().toList()) {
                assertEquals(Files.readString(f), Files.readString(two.resolve(f.getFileName())), f.toString());
            }
        }
    }

    @Test
    void slugsAreUniqueAndAvoidIndex() {
        assertEquals(Map.of("INDEX", "index-2", "Index", "index-3", "L'Écho", "l-echo", "***", "outlet"),
                ReportWriter.slugs(List.of("L'Écho", "Index", "INDEX", "***")));
    }

    private static int count(String s, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
