package org.cadrage.report.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cadrage.aggregate.AnalysisFixtures;

/**
 * Writes a report of generated fixture articles and takes screenshots with headless Chromium. Also the helper
 * {@link ReportBrowserIT} uses to run Chromium. Run: {@code ReportScreenshot <png> [report-dir]}.
 */
public final class ReportScreenshot {
    private ReportScreenshot() {
    }

    /** What a Chromium run printed. */
    record Run(int exit, String stdout, String stderr) {
    }

    /** The Chromium executable: {@code $CHROMIUM}, else the first of chromium, chromium-browser on the PATH. */
    static Path chromium() {
        String env = System.getenv("CHROMIUM");
        if (env != null && Files.isExecutable(Path.of(env))) {
            return Path.of(env);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        throw new IllegalStateException("Chromium not found: install it (apt-get install chromium) or set CHROMIUM"
                + " to its path; the browser test needs it");
    }

    /** Runs headless Chromium on {@code page} with the extra arguments. */
    static Run chromium(Path page, String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("cadrage-chromium");
        List<String> cmd = new ArrayList<>(List.of(chromium().toString(), "--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + profile,
                "--window-size=1280,2000"));
        cmd.addAll(List.of(args));
        cmd.add(page.toUri().toString());
        Path out = Files.createTempFile("chromium", ".out");
        Path err = Files.createTempFile("chromium", ".err");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new IllegalStateException("Chromium did not finish within 120 s: " + cmd);
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            deleteTree(profile);
        }
    }

    /**
     * Deletes the browser profile Chromium wrote (about 2 MB a run), deepest entries first. Best effort: a helper
     * process still writing into it must not fail the test that used the browser.
     */
    private static void deleteTree(Path root) {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("could not delete the Chromium profile " + root + ": " + e);
        }
    }

    /** Writes a fixture report to {@code dir} and returns the page of one outlet. */
    static Path writeReport(Path dir) throws IOException {
        ReportWriter.write(AnalysisFixtures.generated(2000, 11), ReportFixture.settings(dir, null),
                ReportFixture.provenance());
        return dir.resolve("radio-horizon.html");
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ReportScreenshot <png> [report-dir]");
            System.exit(2);
        }
        Path png = Path.of(args[0]).toAbsolutePath();
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("cadrage-report");
        Path page = writeReport(dir);
        Run run = chromium(page, "--screenshot=" + png);
        if (!Files.isRegularFile(png)) {
            throw new UncheckedIOException(new IOException("no screenshot written; Chromium said: " + run.stderr()));
        }
        System.out.println(png + " (" + Files.size(png) + " bytes) of " + page);
    }
}
