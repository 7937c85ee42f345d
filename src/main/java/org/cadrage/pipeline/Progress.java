package org.cadrage.pipeline;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar (articles done, tokens/s, ETA by bytes of text processed) redrawn at most twice a
 * second. Thread-safe; prints nothing when disabled.
 */
final class Progress {
    private final PrintStream out;
    private final boolean enabled;
    private final long totalChars;
    private final long startNanos = System.nanoTime();
    private long lastDraw;
    private int articles;
    private long tokens;
    private long chars;

    Progress(PrintStream out, boolean enabled, long totalChars) {
        this.out = out;
        this.enabled = enabled;
        this.totalChars = Math.max(1, totalChars);
    }

    synchronized void done(int tokenCount, int charCount) {
        articles++;
        tokens += tokenCount;
        chars += charCount;
        long now = System.nanoTime();
        if (enabled && now - lastDraw > 500_000_000L) {
            lastDraw = now;
            draw(now);
        }
    }

    synchronized void finish() {
        if (enabled) {
            draw(System.nanoTime());
            out.println();
        }
    }

    private void draw(long now) {
        double secs = Math.max(1e-9, (now - startNanos) / 1e9);
        double frac = Math.min(1.0, (double) chars / totalChars);
        int width = 30;
        int filled = (int) Math.round(frac * width);
        long eta = frac > 0 ? Math.round(secs / frac - secs) : 0;
        out.printf(Locale.ROOT, "\r[%s%s] %3.0f%% %d articles, %.0f tokens/s, ETA %d:%02d ",
                "#".repeat(filled), ".".repeat(width - filled), frac * 100, articles, tokens / secs,
                eta / 60, eta % 60);
        out.flush();
    }
}
