package org.cadrage.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.cadrage.model.Article;
import org.cadrage.model.Boilerplate;
import org.cadrage.model.BoilerplateKind;
import org.cadrage.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationCacheTest {
    private static final String TEXT = "\u00ab\u00a0Nous ne c\u00e9derons pas\u202f\u00bb, a-t-il d\u00e9clar\u00e9 \u00e0"
            + " l\u2019OTAN du Nord.\n\nLe ministre aurait quitt\u00e9 Kyiv \ud83d\ude80 hier soir !";
    private static final Map<String, String> POS = Map.of("nous", "PRON", "ne", "ADV", "cédérons", "VERB",
            "a-t-il", "AUX", "déclaré", "VERB", "l'", "DET", "otan", "PROPN", "ministre", "NOUN", "kyiv", "PROPN");

    @TempDir
    Path dir;

    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger computed = new AtomicInteger();

    /** TestDocs plus invented heads, deprels and NER, so that every field is exercised. */
    private AnnotatedDocument annotate(Article article) {
        computed.incrementAndGet();
        AnnotatedDocument d = TestDocs.of(article, POS);
        List<Sentence> sentences = new ArrayList<>();
        for (Sentence s : d.sentences()) {
            List<Token> tokens = new ArrayList<>();
            for (Token t : s.tokens()) {
                boolean upper = Character.isUpperCase(t.word().charAt(0));
                tokens.add(new Token(t.index(), t.word(), t.pos(), upper ? "ORG" : "O", t.index() - 1,
                        t.index() == 0 ? "root" : "nsubj", t.start(), t.end()));
            }
            sentences.add(new Sentence(s.index(), s.start(), s.end(), tokens));
        }
        return new AnnotatedDocument(article, sentences);
    }

    private AnnotationCache cache(String id) {
        return new AnnotationCache(dir, id, warnings::add);
    }

    @Test
    void roundTripGivesAnEqualDocumentWithoutRecomputing() {
        Article article = Article.of("a", TEXT);
        AnnotatedDocument first = cache("ann-1").get(article, this::annotate);
        AnnotatedDocument second = cache("ann-1").get(article, this::annotate);
        assertEquals(1, computed.get());
        assertEquals(first.sentences(), second.sentences());
        assertEquals(2, second.sentences().size());
        assertSame(article, second.article());
        assertEquals(first.analysisText(), second.analysisText());
        Token otan = second.sentences().get(0).tokens().stream().filter(t -> t.word().equals("OTAN")).findFirst()
                .orElseThrow();
        assertEquals("OTAN", TEXT.substring(otan.start(), otan.end()));
        assertEquals("ORG", otan.ner());
        assertEquals("nsubj", otan.deprel());
        assertEquals(otan.index() - 1, otan.head());
        assertEquals("PROPN", otan.pos());
        assertEquals(List.of(), warnings);
    }

    @Test
    void keyDependsOnAnnotatorAndAnalysisText() {
        String k = AnnotationCache.key(TEXT, "ann-1");
        assertTrue(k.matches("[0-9a-f]{64}"), k);
        assertEquals(k, AnnotationCache.key(TEXT, "ann-1"));
        assertNotEquals(k, AnnotationCache.key(TEXT, "ann-2"));
        assertNotEquals(k, AnnotationCache.key(TEXT + " ", "ann-1"));

        Article whole = Article.of("a", TEXT);
        Article cleaned = whole.withBoilerplate(List.of(new Boilerplate(new Span(0, 5), BoilerplateKind.SHARE_WIDGET)));
        cache("ann-1").get(whole, this::annotate);
        AnnotatedDocument d = cache("ann-1").get(cleaned, this::annotate);
        assertEquals(2, computed.get(), "boilerplate changes the analysis text, so the key");
        assertEquals(TestDocs.of(cleaned, POS).tokenCount(), d.tokenCount());
    }

    @Test
    void anotherAnnotatorIdNeverReadsTheEntry() throws IOException {
        Article article = Article.of("a", TEXT);
        cache("ann-1").get(article, this::annotate);
        cache("ann-2").get(article, this::annotate);
        assertEquals(2, computed.get());
        assertEquals(List.of(), warnings);
        // an entry of ann-1 planted where ann-2 looks is foreign: reported, recomputed, replaced
        AnnotationCache other = cache("ann-2");
        Path planted = other.pathOf(AnnotationCache.key(article.analysisText(), "ann-2"));
        Files.copy(cache("ann-1").pathOf(AnnotationCache.key(article.analysisText(), "ann-1")), planted,
                StandardCopyOption.REPLACE_EXISTING);
        other.get(article, this::annotate);
        assertEquals(3, computed.get());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains(planted.toString()) && warnings.get(0).contains("annotator 'ann-1'"),
                warnings.get(0));
        other.get(article, this::annotate);
        assertEquals(3, computed.get(), "the planted entry was overwritten");
    }

    @Test
    void corruptOrTruncatedEntriesAreReportedAndRecomputed() throws IOException {
        Article article = Article.of("a", TEXT);
        AnnotationCache cache = cache("ann-1");
        AnnotatedDocument expected = cache.get(article, this::annotate);
        Path file = cache.pathOf(AnnotationCache.key(article.analysisText(), "ann-1"));
        byte[] bytes = Files.readAllBytes(file);

        byte[] flipped = bytes.clone();
        flipped[bytes.length / 2] ^= 0x20;
        Files.write(file, flipped);
        assertEquals(expected.sentences(), cache.get(article, this::annotate).sentences());
        assertEquals(2, computed.get());
        assertTrue(warnings.get(0).contains(file.toString()) && warnings.get(0).contains("checksum mismatch"),
                warnings.get(0));

        Files.write(file, Arrays.copyOf(bytes, bytes.length - 9));
        assertEquals(expected.sentences(), cache.get(article, this::annotate).sentences());
        assertEquals(3, computed.get());
        assertTrue(warnings.get(1).contains("does not match the file size"), warnings.get(1));

        Files.writeString(file, "pas un cache");
        cache.get(article, this::annotate);
        assertEquals(4, computed.get());
        assertEquals(3, warnings.size());

        assertEquals(expected.sentences(), cache.get(article, this::annotate).sentences());
        assertEquals(4, computed.get(), "the last recomputation was stored");
    }

    @Test
    void cachingAnnotatorKeepsTheInnerId() {
        Annotator inner = new Annotator() {
            @Override
            public AnnotatedDocument annotate(Article article) {
                return AnnotationCacheTest.this.annotate(article);
            }

            @Override
            public String id() {
                return "fixture-1";
            }
        };
        Annotator cached = AnnotationCache.caching(inner, dir, warnings::add);
        assertEquals("fixture-1", cached.id());
        Article article = Article.of("a", TEXT);
        assertEquals(cached.annotate(article).sentences(), cached.annotate(article).sentences());
        assertEquals(1, computed.get());
    }

    @Test
    void twoThreadsShareTheCacheSafely() throws Exception {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            articles.add(Article.of("a" + i, "D\u00e9p\u00eache " + i + " : l\u2019arm\u00e9e a recul\u00e9 de " + i
                    + " kilom\u00e8tres. Moscou d\u00e9ment."));
        }
        AnnotationCache cache = cache("ann-1");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<List<Sentence>>>> runs = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                runs.add(pool.submit(() -> articles.stream().map(a -> cache.get(a, this::annotate).sentences())
                        .toList()));
            }
            for (Future<List<List<Sentence>>> run : runs) {
                List<List<Sentence>> got = run.get();
                for (int i = 0; i < articles.size(); i++) {
                    assertEquals(TestDocs.of(articles.get(i), POS).sentences().size(), got.get(i).size());
                    assertEquals(annotate(articles.get(i)).sentences(), got.get(i));
                }
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(List.of(), warnings);
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertEquals(30, all.size(), "one entry per article, no temporary file left: " + all);
            assertTrue(all.stream().allMatch(p -> p.toString().endsWith(".ann")));
        }
    }
}
