package org.cadrage.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cadrage.model.Article;
import org.cadrage.model.Boilerplate;
import org.cadrage.model.IngestIssue;

/** Articles and issues collected from one {@link Ingestor} run, with the span checks every test makes. */
final class Collected {
    final Ingestor ingestor;
    final List<Article> articles = new ArrayList<>();
    final List<IngestIssue> issues = new ArrayList<>();

    private Collected(Ingestor ingestor) {
        this.ingestor = ingestor;
    }

    static Collected read(IngestOptions options, Path... inputs) throws InputException {
        Collected c = new Collected(new Ingestor(options));
        c.ingestor.read(List.of(inputs), c.articles::add, c.issues::add);
        c.checkSpans();
        return c;
    }

    static Collected read(Path... inputs) throws InputException {
        return read(IngestOptions.defaults(), inputs);
    }

    List<IngestIssue> skipped() {
        return issues.stream().filter(IngestIssue::skipped).toList();
    }

    List<IngestIssue> warnings() {
        return issues.stream().filter(i -> !i.skipped()).toList();
    }

    Article article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no article " + id + " in " + articles.stream()
                        .map(Article::id).toList()));
    }

    private void checkSpans() {
        for (Article a : articles) {
            assertTrue(a.span().end() <= a.document().length(), a.id() + " span out of document");
            for (Boilerplate b : a.boilerplate()) {
                assertTrue(a.span().contains(b.span()), a.id() + " boilerplate " + b + " outside " + a.span());
                String text = b.span().of(a.document());
                assertEquals(text.strip(), text, a.id() + " boilerplate has surrounding whitespace: " + b);
            }
        }
        assertEquals(articles.size() + skipped().size(), ingestor.unitsSeen(), "units = articles + skipped");
    }
}
