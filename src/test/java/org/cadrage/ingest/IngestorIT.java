package org.cadrage.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cadrage.model.Article;
import org.cadrage.model.Boilerplate;
import org.cadrage.model.BoilerplateKind;
import org.cadrage.model.Span;
import org.junit.jupiter.api.Test;

/** Reads the shared corpora (../shared); nothing from them is stored in the repository. */
class IngestorIT {
    private static final Path SHARED = Path.of(System.getProperty("cadrage.shared", "../shared"));
    private static final Path SEEDS = SHARED.resolve("corpus/seeds");

    private static Set<BoilerplateKind> kinds(Article a) {
        return a.boilerplate().stream().map(Boilerplate::kind).collect(Collectors.toSet());
    }

    private static Article seed(Collected c, String prefix) {
        return c.articles.stream().filter(a -> a.id().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void seedsFolder() throws Exception {
        Collected c = Collected.read(SEEDS);
        assertEquals(5, c.articles.size(), c.issues.toString());
        assertEquals(5, c.ingestor.unitsSeen());
        assertEquals(6, c.ingestor.inputHashes().size(), "5 texts + manifest");
        assertEquals(LocalDate.of(2022, 2, 16), seed(c, "003").published());
        assertEquals("Ô Magazine", seed(c, "003").outlet());
        assertEquals(null, seed(c, "001").outlet(), "unknown -> null");
        assertTrue(seed(c, "000").boilerplate().isEmpty(), seed(c, "000").boilerplate().toString());

        Article a1 = seed(c, "001");
        assertTrue(kinds(a1).containsAll(Set.of(BoilerplateKind.SHARE_WIDGET, BoilerplateKind.SUBSCRIPTION_APPEAL,
                BoilerplateKind.NAVIGATION)), a1.boilerplate().toString());
        String doc1 = a1.document();
        Boilerplate appeal = a1.boilerplate().stream()
                .filter(b -> b.kind() == BoilerplateKind.SUBSCRIPTION_APPEAL).findFirst().orElseThrow();
        assertTrue(appeal.span().start() > doc1.lastIndexOf('\n', appeal.span().start()) + 1,
                "appeal starts inside the long paragraph");
        assertTrue(covered(a1, doc1.indexOf("Stay Connected"), doc1.strip().length()), "the tail of 001");
        assertTrue(covered(a1, doc1.indexOf("Share Post:"), doc1.indexOf("Share Post:") + 11));
        String body1 = a1.analysisText();
        assertTrue(body1.contains("Vladimir Poutine"), "body kept");

        Article a2 = seed(c, "002");
        int promo = a2.document().indexOf("Je rappelle à tous les lecteurs");
        assertTrue(promo > 0);
        assertTrue(covered(a2, promo, a2.document().strip().length()), a2.boilerplate().toString());
        assertTrue(kinds(a2).contains(BoilerplateKind.PROMO_LINKS));
        assertEquals(1, a2.boilerplate().size(), "only the closing block");

        Article a3 = seed(c, "003");
        int comment = a3.document().indexOf("Laisser un commentaire");
        assertTrue(covered(a3, comment, a3.document().strip().length()), a3.boilerplate().toString());
        assertTrue(kinds(a3).containsAll(Set.of(BoilerplateKind.COOKIE_BANNER, BoilerplateKind.RELATED_LINKS)));
        assertTrue(a3.boilerplate().stream().allMatch(b -> b.kind() == BoilerplateKind.RELATED_LINKS
                || b.span().start() >= comment), "nothing of the body but the related link");

        Article a4 = seed(c, "004");
        assertTrue(a4.warnings().stream().anyMatch(w -> w.startsWith("page holds ")), a4.warnings().toString());
        assertTrue(c.warnings().stream().anyMatch(i -> i.reason().contains("use --split-pages")));
    }

    /** Whether every non-space character in [from, to) is inside some boilerplate span. */
    private static boolean covered(Article a, int from, int to) {
        for (int i = from; i < to; i++) {
            int k = i;
            if (!Texts.isSpace(a.document().charAt(i)) && a.boilerplate().stream().noneMatch(b -> b.span().contains(k))) {
                return false;
            }
        }
        return true;
    }

    @Test
    void seedsSplitPages() throws Exception {
        Collected c = Collected.read(new IngestOptions(null, Map.of(), true), SEEDS);
        List<Article> page = c.articles.stream().filter(a -> a.id().startsWith("004_")).toList();
        assertTrue(page.size() >= 8, "segments: " + page.size());
        for (int k = 0; k < page.size(); k++) {
            assertTrue(page.get(k).id().endsWith("#" + (k + 1)));
        }
        for (String prefix : List.of("000", "001", "002", "003")) {
            assertEquals(1, c.articles.stream().filter(a -> a.id().startsWith(prefix)).count(), prefix);
            assertEquals(new Span(0, seed(c, prefix).document().length()), seed(c, prefix).span());
        }
        String doc = page.get(0).document();
        List<Span> spans = page.stream().map(Article::span).toList();
        for (int k = 1; k < spans.size(); k++) {
            assertTrue(spans.get(k - 1).end() <= spans.get(k).start(), "segments in order, not overlapping");
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+$")
                .matcher(doc);
        int signatures = 0;
        while (m.find()) {
            int end = m.end();
            signatures++;
            assertTrue(spans.stream().anyMatch(s -> s.end() == end), "signature ends a segment at " + end);
        }
        assertTrue(signatures >= 2, "signature lines in 004: " + signatures);
        page.forEach(a -> assertNotNull(a.title(), a.id()));
    }

    @Test
    void headlinesCsv() throws Exception {
        Collected c = Collected.read(SHARED.resolve("corpus/headlines-2022"));
        assertEquals(933, c.articles.size() + c.skipped().size(), "every row read or reported");
        assertEquals(933, c.ingestor.unitsSeen());
        assertTrue(c.articles.size() >= 920, "rows read: " + c.articles.size());
        assertEquals(15, c.articles.stream().map(Article::outlet).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new)).size());
        List<LocalDate> dates = c.articles.stream().map(Article::published).filter(Objects::nonNull)
                .sorted(Comparator.naturalOrder()).toList();
        assertEquals(LocalDate.of(2022, 2, 22), dates.get(0));
        assertEquals(LocalDate.of(2022, 4, 25), dates.get(dates.size() - 1));
        for (Article a : c.articles) {
            assertEquals(a.text().strip(), a.text(), "span excludes surrounding whitespace: " + a.id());
            assertTrue(a.id().startsWith("headers2022:"));
        }
        assertEquals(1, c.ingestor.inputHashes().size(), "LICENSE.md and SOURCE.txt are not inputs");
    }

    @Test
    void semevalFolder() throws Exception {
        Collected c = Collected.read(SHARED.resolve("data/semeval2023-fr/train-articles-subtask-1"));
        assertEquals(95, c.articles.size(), c.issues.toString());
        for (Article a : c.articles) {
            assertTrue(a.id().matches("article\\d+"), a.id());
            assertNotNull(a.title(), a.id());
            assertEquals(a.document().strip().lines().findFirst().orElseThrow().strip(), a.title());
        }
    }
}
