package org.cadrage.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the extractors' data files (lexicons, gazetteers, registries): UTF-8 text, one entry per line, blank lines
 * and lines starting with {@code #} ignored. Stateless and thread-safe.
 */
public final class DataFile {
    private DataFile() {
    }

    /** An entry line: its text, its 1-based number, and « source line N » for error messages. */
    public record Line(String text, int number, String where) {
    }

    /** The content of a resource beside {@code anchor}; fails clearly when it is missing. */
    public static String read(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " beside " + anchor.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The entry lines of {@code content}, in order; {@code source} names the file in {@link Line#where()}. */
    public static List<Line> lines(String content, String source) {
        List<Line> out = new ArrayList<>();
        String[] lines = content.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            if (!lines[n].isBlank() && !lines[n].startsWith("#")) {
                out.add(new Line(lines[n], n + 1, source + " line " + (n + 1)));
            }
        }
        return out;
    }
}
