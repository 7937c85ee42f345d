package org.cadrage.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cadrage.model.Article;
import org.cadrage.model.IngestIssue;
import org.cadrage.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private static boolean has(List<IngestIssue> issues, String location, String reasonPart) {
        return issues.stream().anyMatch(i -> java.util.Objects.equals(i.location(), location)
                && i.reason().contains(reasonPart));
    }

    @Test
    void textFilesWithManifest() throws Exception {
        write("corpus/a.txt", "Kiev sous tension\n\nLe gouvernement a réagi mardi.\n");
        write("corpus/b.txt", "Une phrase qui finit par un point.\nSuite.\n");
        write("corpus/manifest.csv", "file,outlet,published,url,notes\n"
                + "a.txt,Le Quotidien,2022-02-24,https://exemple.fr/a,relu\n"
                + "b.txt,unknown,24/02/2022,,\n"
                + "absent.txt,N/A,,,\n"
                + "../../etc/passwd,X,,,\n"
                + "/etc/passwd,X,,,\n");
        write("corpus/README.md", "documentation");
        write("corpus/.cache", "caché");
        write("corpus/image.png", "pas une image");
        Collected c = Collected.read(dir.resolve("corpus"));
        assertEquals(List.of("a", "b"), c.articles.stream().map(Article::id).toList());
        Article a = c.article("a");
        assertEquals("Le Quotidien", a.outlet());
        assertEquals(LocalDate.of(2022, 2, 24), a.published());
        assertEquals("https://exemple.fr/a", a.url());
        assertEquals("Kiev sous tension", a.title());
        assertEquals(Map.of("notes", "relu"), a.metadata());
        assertEquals(new Span(0, a.document().length()), a.span());
        assertEquals("Kiev sous tension\n\nLe gouvernement a réagi mardi.\n", a.document());
        assertEquals(dir.resolve("corpus/a.txt").toString(), a.source().path());
        Article b = c.article("b");
        assertNull(b.outlet());
        assertNull(b.title(), "first line ends with a period");
        assertEquals(LocalDate.of(2022, 2, 24), b.published());
        String manifest = dir.resolve("corpus/manifest.csv").toString();
        assertTrue(has(c.skipped(), "line 4", "does not exist"), c.issues.toString());
        assertTrue(has(c.skipped(), "line 5", "escapes"), c.issues.toString());
        assertTrue(has(c.skipped(), "line 6", "escapes"), c.issues.toString());
        assertTrue(c.skipped().stream().filter(i -> i.reason().contains("escapes"))
                .allMatch(i -> i.source().equals(manifest)));
        assertTrue(has(c.skipped(), null, "unsupported format '.png'"), c.issues.toString());
        assertEquals(4, c.skipped().size(), c.issues.toString());
        assertEquals(6, c.ingestor.unitsSeen());
        assertEquals(List.of(dir.resolve("corpus/a.txt").toString(), dir.resolve("corpus/b.txt").toString(),
                manifest).stream().sorted().toList(),
                List.copyOf(c.ingestor.inputHashes().keySet()));
    }

    @Test
    void badTextFilesAreSkippedWithReasons() throws Exception {
        write("in/1-empty.txt", "");
        write("in/2-blank.txt", " \n\u00A0\n");
        Files.write(dir.resolve("in/3-binary.txt"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 0});
        Files.write(dir.resolve("in/4-cp1252.txt"),
                new byte[] {'L', (byte) 0x92, 'a', 'r', 'm', (byte) 0xE9, 'e', ' ', 'a', ' ', 'd', 'i', 't', '.'});
        Collected c = Collected.read(dir.resolve("in"));
        assertTrue(has(c.skipped(), null, "empty file"));
        assertEquals(1, c.articles.size(), c.issues.toString());
        Article a = c.article("4-cp1252");
        assertEquals("L’armée a dit.", a.document());
        assertEquals(List.of(TextDecoder.FALLBACK_WARNING), a.warnings());
        assertTrue(c.warnings().stream().anyMatch(i -> i.reason().equals(TextDecoder.FALLBACK_WARNING)
                && i.source().endsWith("4-cp1252.txt")));
        assertEquals(3, c.skipped().size(), c.issues.toString());
        assertTrue(c.skipped().stream().anyMatch(i -> i.source().endsWith("2-blank.txt")
                && i.reason().equals("whitespace-only file")), c.issues.toString());
        assertTrue(c.skipped().stream().anyMatch(i -> i.source().endsWith("3-binary.txt")
                && i.reason().startsWith("binary file")), c.issues.toString());
    }

    @Test
    void jsonLines() throws Exception {
        Path f = write("lot.jsonl", "{\"id\":\"x1\",\"outlet\":\"Le Quotidien\",\"published\":\"2022-03-01T10:00:00+01:00\","
                + "\"title\":\"Titre\",\"text\":\"  Le texte du premier article.\\n\",\"labels\":{\"genre\":\"opinion\","
                + "\"frames\":[\"Security\",\"Politics\"]},\"lang\":\"fr\"}\n"
                + "{\"title\": \"Seulement un titre\", \"published\": \"demain\"}\n"
                + "\n"
                + "{\"text\": \"cassé\", }\n"
                + "{\"outlet\": \"sans texte\"}\n"
                + "[1, 2]\n");
        Collected c = Collected.read(f);
        assertEquals(2, c.articles.size());
        Article x = c.article("x1");
        assertEquals("  Le texte du premier article.\n", x.document());
        assertEquals("Le texte du premier article.", x.text());
        assertEquals(LocalDate.of(2022, 3, 1), x.published());
        assertEquals(Map.of("genre", List.of("opinion"), "frames", List.of("Security", "Politics")), x.labels());
        assertEquals(Map.of("lang", "fr"), x.metadata());
        assertEquals(1, x.source().line());
        Article t = c.article("lot:2");
        assertEquals("Seulement un titre", t.document());
        assertNull(t.published());
        assertEquals(1, t.warnings().size());
        assertTrue(has(c.warnings(), "line 2", "unparseable date 'demain'"));
        assertTrue(has(c.skipped(), "line 4", "malformed JSON: Unexpected character ('}'"), c.issues.toString());
        assertTrue(has(c.skipped(), "line 5", "no text or title"));
        assertTrue(has(c.skipped(), "line 6", "not a JSON object"));
        assertEquals(5, c.ingestor.unitsSeen());
    }

    @Test
    void csvWithAutoMappingFrenchDatesAndBrokenQuote() throws Exception {
        Path f = write("titres.csv", "\uFEFFDate;Média;Titre;Lien\n"
                + "24/02/2022;Le Quotidien; L’armée entre en scène ;https://exemple.fr/1\n"
                + "25/02/2022;Le Soir;\"Un titre « cité » qui ne ferme pas;https://exemple.fr/2\n"
                + "26/02/2022;Le Matin;Titre correct;\n"
                + "26/02/2022;Le Matin;Titre;trop;de;champs\n"
                + "jeudi;L'Hebdo;Titre sans date;\n"
                + "27/02/2022;;;\n");
        Collected c = Collected.read(f);
        assertEquals(4, c.articles.size(), c.issues.toString());
        Article a = c.article("titres:2");
        assertEquals(" L’armée entre en scène ", a.document());
        assertEquals("L’armée entre en scène", a.text());
        assertEquals("L’armée entre en scène", a.title());
        assertEquals("Le Quotidien", a.outlet());
        assertEquals(LocalDate.of(2022, 2, 24), a.published());
        assertEquals("https://exemple.fr/1", a.url());
        assertEquals(2, a.source().line());
        Article broken = c.article("titres:3");
        assertEquals("Un titre « cité » qui ne ferme pas", broken.document());
        assertEquals("https://exemple.fr/2", broken.url());
        assertTrue(has(c.warnings(), "line 3", "never closes"), c.issues.toString());
        assertEquals("Titre correct", c.article("titres:4").document());
        assertTrue(has(c.skipped(), "line 5", "expected 4 fields, found 6"), c.issues.toString());
        Article undated = c.article("titres:6");
        assertNull(undated.published());
        assertEquals("L'Hebdo", undated.outlet());
        assertTrue(has(c.warnings(), "line 6", "unparseable date 'jeudi'"));
        assertTrue(has(c.skipped(), "line 7", "no text or title"));
        assertEquals(6, c.ingestor.unitsSeen());
    }

    @Test
    void csvWithGivenDelimiterAndColumns() throws Exception {
        Path f = write("export.csv", "ref|nom du journal|corps|quand\n"
                + "A7|Le Quotidien|Le ministre a parlé.|2022-02-28\n");
        Collected c = Collected.read(new IngestOptions('|', Map.of("id", "REF", "outlet", "Nom du journal",
                "text", "corps", "published", "quand"), false), f);
        Article a = c.article("A7");
        assertEquals("Le ministre a parlé.", a.document());
        assertEquals("Le Quotidien", a.outlet());
        assertEquals(LocalDate.of(2022, 2, 28), a.published());
        assertNull(a.title());
        Collected missing = Collected.read(new IngestOptions(null, Map.of("text", "contenu"), false), f);
        assertTrue(missing.articles.isEmpty());
        assertTrue(has(missing.skipped(), null, "'contenu'"), missing.issues.toString());
    }

    @Test
    void semevalFolder() throws Exception {
        write("train/article111.txt", "Un titre d’article\n\nLe corps de l’article.\n");
        write("train/article222.txt", "Autre titre qui se termine par un point.\n\nCorps.\n");
        Collected c = Collected.read(dir.resolve("train"));
        assertEquals(List.of("article111", "article222"), c.articles.stream().map(Article::id).toList());
        assertEquals("Autre titre qui se termine par un point.", c.article("article222").title());
    }

    @Test
    void foldersAreReadRecursivelyInNameOrder() throws Exception {
        write("r/b.txt", "B\n\nTexte b.");
        write("r/a/z.txt", "Z\n\nTexte z.");
        write("r/c.jsonl", "{\"text\":\"Texte c.\"}\n");
        Collected c = Collected.read(dir.resolve("r"));
        assertEquals(List.of("z", "b", "c:1"), c.articles.stream().map(Article::id).toList());
    }

    @Test
    void pathProblemsFailFast() throws Exception {
        InputException missing = assertThrows(InputException.class, () -> Collected.read(dir.resolve("nope.txt")));
        assertEquals("input not found: " + dir.resolve("nope.txt"), missing.getMessage());
        Path doc = write("rapport.docx", "x");
        InputException unknown = assertThrows(InputException.class, () -> Collected.read(doc));
        assertTrue(unknown.getMessage().startsWith("unknown format of " + doc), unknown.getMessage());
        assertFalse(unknown.getMessage().contains("\n"));
    }

    @Test
    void readsOnlyOnce() throws Exception {
        Ingestor ingestor = new Ingestor(IngestOptions.defaults());
        ingestor.read(List.of(), a -> { }, i -> { });
        assertThrows(IllegalStateException.class, () -> ingestor.read(List.of(), a -> { }, i -> { }));
    }

    @Test
    void optionsValidate() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new IngestOptions(null, Map.of("auteur", "x"), false));
        assertTrue(e.getMessage().contains("'auteur'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new IngestOptions('"', Map.of(), false));
    }
}
