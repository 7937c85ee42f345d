package org.cadrage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps each third-party library in its one package and imports pointing down the pipeline. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/cadrage");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);

    /** Library prefix → the only package (prefix) allowed to import it. */
    private static final Map<String, List<String>> OWNERS = Map.of(
            "edu.stanford.", List.of("org.cadrage.nlp.corenlp"),
            "weka.", List.of("org.cadrage.classify.weka"),
            "org.apache.lucene.", List.of("org.cadrage.classify.weka"),
            "java.sql.", List.of("org.cadrage.store"),
            "org.apache.poi.", List.of("org.cadrage.report.export"),
            "org.duckdb.", List.of("org.cadrage.store"),
            "picocli.", List.of("org.cadrage.cli"),
            "com.fasterxml.jackson.", List.of("org.cadrage.report", "org.cadrage.ingest", "org.cadrage.classify",
                    "org.cadrage.pipeline", "org.cadrage.store"));

    /** The pipeline stages in order; a stage may import only itself and earlier stages. */
    private static final List<String> STAGES = List.of("model", "ingest", "nlp", "extract", "score", "classify",
            "store", "aggregate", "report", "pipeline", "cli");

    @Test
    void thirdPartyLibrariesStayInTheirPackage() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = packageOf(file);
            for (String imp : imports(file)) {
                for (Map.Entry<String, List<String>> e : OWNERS.entrySet()) {
                    if (imp.startsWith(e.getKey()) && e.getValue().stream().noneMatch(pkg::startsWith)) {
                        violations.add(file + " imports " + imp);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void stagesImportOnlyEarlierStages() throws IOException {
        List<String> violations = new ArrayList<>();
        int checked = 0;
        for (Path file : sources()) {
            int own = STAGES.indexOf(packageOf(file).replace("org.cadrage.", "").split("\\.")[0]);
            for (String imp : imports(file)) {
                if (imp.startsWith("org.cadrage.") && imp.split("\\.").length > 3) {
                    int other = STAGES.indexOf(imp.split("\\.")[2]);
                    checked++;
                    if (own >= 0 && other > own) {
                        violations.add(file + " imports later stage " + imp);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
        assertTrue(checked > 10, "imports were checked");
    }

    @Test
    void modelImportsNothingButTheJdk() throws IOException {
        for (Path file : sources()) {
            if (packageOf(file).equals("org.cadrage.model")) {
                for (String imp : imports(file)) {
                    assertTrue(imp.startsWith("java."), file + " imports " + imp);
                }
            }
        }
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String packageOf(Path file) {
        return MAIN.getParent().getParent().relativize(file.getParent()).toString().replace('/', '.');
    }

    private static List<String> imports(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        Matcher m = IMPORT.matcher(Files.readString(file));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
