package org.cadrage.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a generated report in headless Chromium: the page renders (screenshot), the charts are in the DOM after the
 * scripts ran, the index table sorts on a header click, and no script error or console message is logged. Fails
 * when Chromium is missing.
 */
class ReportBrowserIT {
    private static final Pattern SVG = Pattern.compile("<svg class=\"(chart-[a-z]+)\"[^>]*?width=\"(\\d+)\""
            + " height=\"(\\d+)\"[^>]*>(.*?)</svg>", Pattern.DOTALL);

    @TempDir
    Path tmp;

    @Test
    void reportRendersInChromium() throws Exception {
        ReportScreenshot.chromium();
        Path page = ReportScreenshot.writeReport(tmp.resolve("report"));
        Path png = tmp.resolve("page.png");
        ReportScreenshot.Run shot = ReportScreenshot.chromium(page, "--screenshot=" + png);
        assertTrue(Files.isRegularFile(png), "no screenshot; Chromium said: " + shot.stderr());
        assertTrue(Files.size(png) > 50_000, "screenshot of " + Files.size(png) + " bytes is too small");

        ReportScreenshot.Run dom = ReportScreenshot.chromium(page, "--enable-logging=stderr", "--v=0", "--dump-dom");
        assertEquals(0, dom.exit(), dom.stderr());
        assertEquals(List.of(), consoleLines(dom.stderr()), "console messages or script errors");
        Matcher m = SVG.matcher(dom.stdout());
        int stacked = 0;
        int series = 0;
        int bars = 0;
        while (m.find()) {
            assertTrue(Integer.parseInt(m.group(2)) > 0 && Integer.parseInt(m.group(3)) > 0, m.group());
            String body = m.group(4);
            assertTrue(body.contains("<rect") || body.contains("<path") || body.contains("<polyline"), m.group(1));
            switch (m.group(1)) {
                case "chart-stacked" -> stacked++;
                case "chart-series" -> {
                    series++;
                    assertTrue(body.contains("<polyline class=\"line\""), "series line");
                    assertTrue(body.contains("<path class=\"band\""), "interval band");
                    assertTrue(body.contains("<line class=\"event\"") && body.contains(">2022-02-24</text>"),
                            "event line with its date");
                }
                case "chart-bars" -> bars++;
                default -> throw new AssertionError("unexpected chart " + m.group(1));
            }
        }
        assertEquals(1, stacked);
        assertEquals(7, series);
        assertEquals(1, bars);
    }

    @Test
    void indexTableSortsOnHeaderClick() throws Exception {
        ReportScreenshot.writeReport(tmp.resolve("report"));
        String index = Files.readString(tmp.resolve("report/index.html"));
        String probe = "<script>var th = document.querySelectorAll('#outlets thead th');"
                + "th[0].click(); th[0].click();"
                + "document.body.setAttribute('data-desc', document.querySelector('#outlets tbody td').textContent);"
                + "th[0].click();"
                + "document.body.setAttribute('data-asc', document.querySelector('#outlets tbody td').textContent);"
                + "</script></body>";
        Path probed = tmp.resolve("report/probe.html");
        Files.writeString(probed, index.replace("</body>", probe));
        ReportScreenshot.Run dom = ReportScreenshot.chromium(probed, "--enable-logging=stderr", "--v=0", "--dump-dom");
        assertEquals(List.of(), consoleLines(dom.stderr()));
        assertTrue(dom.stdout().contains("data-desc=\"Radio Horizon\""), "descending by outlet: " + body(dom));
        assertTrue(dom.stdout().contains("data-asc=\"Journal &lt;Test&gt; &amp; &quot;Cie&quot;\""), body(dom));
    }

    @Test
    void consoleErrorsAreDetected() throws Exception {
        Path bad = tmp.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html><body><script>notDefined();</script></body></html>");
        ReportScreenshot.Run dom = ReportScreenshot.chromium(bad, "--enable-logging=stderr", "--v=0", "--dump-dom");
        assertEquals(1, consoleLines(dom.stderr()).size(), dom.stderr());
        assertTrue(consoleLines(dom.stderr()).get(0).contains("Uncaught ReferenceError"));
    }

    private static List<String> consoleLines(String stderr) {
        return stderr.lines().filter(l -> l.contains(":CONSOLE") || l.contains("Uncaught")).toList();
    }

    private static String body(ReportScreenshot.Run dom) {
        int i = dom.stdout().indexOf("<body");
        return dom.stdout().substring(i, Math.min(dom.stdout().length(), i + 200));
    }
}
