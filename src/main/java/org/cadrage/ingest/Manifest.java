package org.cadrage.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A {@code manifest.csv} beside plain-text articles: columns {@code file, outlet, published, url, title} (any order;
 * only {@code file} required), other columns kept as metadata. Entries naming a missing file, or a path that
 * escapes the manifest's folder (absolute, {@code ..}), are reported and never read; entries naming a file in a
 * subfolder are reported as not applied (a manifest describes the files beside it). Immutable once loaded.
 */
final class Manifest {
    /** Metadata for one file; values are as written, {@code null} when blank. */
    record Entry(int line, String outlet, String published, String url, String title, Map<String, String> metadata) {
    }

    static final String FILE_NAME = "manifest.csv";
    private static final List<String> KNOWN = List.of("file", "outlet", "published", "url", "title");

    private final Map<String, Entry> entries;

    private Manifest(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** A manifest without entries. */
    static Manifest empty() {
        return new Manifest(Map.of());
    }

    /** The entry for a file beside the manifest, or {@code null}. */
    Entry get(String fileName) {
        return entries.get(fileName);
    }

    /** File names with an entry, in manifest order. */
    List<String> fileNames() {
        return List.copyOf(entries.keySet());
    }

    /**
     * Loads {@code dir/manifest.csv}; an absent manifest is empty. Issues go to {@code out}; the manifest's SHA-256
     * is added to {@code hashes}.
     */
    static Manifest load(Path dir, Emitter out, SortedMap<String, String> hashes) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        String display = file.toString();
        Map<String, Entry> entries = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return new Manifest(entries);
        }
        TextDecoder.Probe probe = TextDecoder.probe(file);
        hashes.put(display, probe.sha256());
        if (probe.problem() != null) {
            out.warning(display, null, "manifest ignored: " + probe.problem());
            return new Manifest(entries);
        }
        try (BufferedReader reader = TextDecoder.open(file, probe)) {
            CsvParser parser = new CsvParser(reader, ',');
            CsvParser.Record header = parser.next();
            List<String> names = new ArrayList<>();
            header.fields().forEach(h -> names.add(Texts.matchKey(h)));
            int fileColumn = names.indexOf("file");
            if (fileColumn < 0) {
                out.warning(display, "line 1", "manifest ignored: no 'file' column in header " + header.fields());
                return new Manifest(entries);
            }
            parser.expectFields(names.size());
            for (CsvParser.Record r = parser.next(); r != null; r = parser.next()) {
                String location = "line " + r.line();
                if (r.fields().size() != names.size()) {
                    out.warning(display, location, "manifest line ignored: expected " + names.size()
                            + " fields, found " + r.fields().size());
                    continue;
                }
                String name = r.fields().get(fileColumn).strip();
                String problem = checkPath(dir, name);
                if (problem != null) {
                    out.skipped(display, location, problem);
                    continue;
                }
                if (Path.of(name).getNameCount() > 1) {
                    out.warning(display, location, "entry '" + name + "' not applied: a manifest describes only the"
                            + " files beside it");
                    continue;
                }
                Map<String, String> metadata = new TreeMap<>();
                for (int i = 0; i < names.size(); i++) {
                    if (!KNOWN.contains(names.get(i)) && !r.fields().get(i).isBlank()) {
                        metadata.put(header.fields().get(i).strip(), r.fields().get(i));
                    }
                }
                entries.put(name, new Entry(r.line(), column(r, names, "outlet"), column(r, names, "published"),
                        column(r, names, "url"), column(r, names, "title"), metadata));
            }
        }
        return new Manifest(entries);
    }

    /** Why the entry cannot be read, or {@code null} when it names an existing file inside {@code dir}. */
    private static String checkPath(Path dir, String name) {
        if (name.isEmpty()) {
            return "empty 'file' value";
        }
        Path p;
        try {
            p = Path.of(name);
        } catch (InvalidPathException e) {
            return "refused: invalid path '" + name + "'";
        }
        Path base = dir.toAbsolutePath().normalize();
        Path resolved = base.resolve(p).normalize();
        if (p.isAbsolute() || name.startsWith("/") || name.startsWith("\\") || name.matches("[A-Za-z]:.*")
                || !resolved.startsWith(base) || resolved.equals(base)) {
            return "refused: path '" + name + "' escapes the manifest's folder";
        }
        if (!Files.isRegularFile(resolved)) {
            return "file '" + name + "' named by the manifest does not exist";
        }
        return null;
    }

    private static String column(CsvParser.Record r, List<String> names, String column) {
        int i = names.indexOf(column);
        return i < 0 ? null : Texts.blankToNull(r.fields().get(i));
    }
}
