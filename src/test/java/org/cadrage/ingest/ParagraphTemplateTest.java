package org.cadrage.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParagraphTemplateTest {
    @TempDir
    Path dir;

    private Path write(String content) throws Exception {
        return Files.writeString(dir.resolve("test.template"), content, StandardCharsets.UTF_8);
    }

    @Test
    void paragraphsGoBackToTheirLinesWithBlankLinesBetween() throws Exception {
        Path t = write("""
                12\t1\tL’OTAN s’inquiète – porte-parole
                12\t3\t« Rien n’est exclu », a-t-il déclaré.\tfin
                7\t2\tDeuxième ligne seule.
                12\t4\tSuite immédiate.
                """);
        SortedMap<String, String> articles = ParagraphTemplate.read(t);
        assertEquals(List.of("12", "7"), List.copyOf(articles.keySet()));
        assertEquals("L’OTAN s’inquiète – porte-parole\n\n« Rien n’est exclu », a-t-il déclaré.\tfin\n"
                + "Suite immédiate.\n", articles.get("12"));
        assertEquals("\nDeuxième ligne seule.\n", articles.get("7"));

        Path out = ParagraphTemplate.writeArticles(t, dir.resolve("out"));
        assertEquals(articles.get("12"), Files.readString(out.resolve("article12.txt")));
        assertEquals(articles.get("7"), Files.readString(out.resolve("article7.txt")));
    }

    @Test
    void malformedLinesNameTheFileAndLine() throws Exception {
        assertRejected("3\t1\tTitre\n3\tdeux\tTexte\n", "test.template, line 2: line number 'deux' is not an integer");
        assertRejected("3\t1\tTitre\n\n3 sans tabulation\n", "line 3: expected articleId<TAB>lineNumber<TAB>text");
        assertRejected("3\t1\tTitre\n3\t1\tAutre titre\n", "line 2: article 3 already has a paragraph 1");
        assertRejected("3\t0\tTitre\n", "line 1: line number 0 is not between 1 and 100000");
        assertRejected("3\t100001\tTexte\n", "line 1: line number 100001 is not between 1 and 100000");
        assertRejected("../x\t1\tTexte\n", "line 1: article id '../x' is not letters, digits, - or _");
    }

    private void assertRejected(String content, String message) throws Exception {
        Path t = write(content);
        InputException e = assertThrows(InputException.class, () -> ParagraphTemplate.read(t));
        assertTrue(e.getMessage().endsWith(message), e.getMessage());
    }
}
