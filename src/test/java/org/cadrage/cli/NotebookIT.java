package org.cadrage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code notebooks/framing-over-time.ipynb} executed headless (Jupyter nbconvert, pandas, matplotlib, installed by
 * {@code .ci/run}) on the CSV export of the demo corpus; fails when any cell fails.
 */
class NotebookIT {
    @Test
    void theNotebookRunsOnTheDemoExport(@TempDir Path dir) throws Exception {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        Path ws = dir.resolve("ws");
        int code = Main.execute(new String[] {"analyze", "examples/corpus", "--out", dir.resolve("out").toString(),
            "--workspace", ws.toString(), "--no-progress"}, new PrintWriter(o, true), new PrintWriter(e, true));
        assertEquals(0, code, o + "\n" + e);
        Path export = dir.resolve("export");
        code = Main.execute(new String[] {"export", "--workspace", ws.toString(), "--format", "csv", "--out",
            export.toString()}, new PrintWriter(o, true), new PrintWriter(e, true));
        assertEquals(0, code, o + "\n" + e);

        Process p = new ProcessBuilder("bash", "notebooks/run.sh", export.toString()).redirectErrorStream(true)
                .start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "notebook timed out");
        assertEquals(0, p.exitValue(), "notebook failed (needs jupyter-nbconvert, python3-pandas, "
                + "python3-matplotlib; .ci/run installs them):\n" + log);
        assertTrue(Files.exists(export.resolve("before_after_2022-02-24.csv")), log);
        try (var s = Files.list(export)) {
            assertTrue(s.anyMatch(f -> f.getFileName().toString().endsWith(".png")), "figures written: " + log);
        }
    }
}
