package org.cadrage.ingest;

import java.util.function.Consumer;
import org.cadrage.model.Article;
import org.cadrage.model.IngestIssue;

/** Passes articles and issues on and counts input units. Not thread-safe. */
final class Emitter {
    private final Consumer<Article> sink;
    private final Consumer<IngestIssue> issues;
    private int units;

    Emitter(Consumer<Article> sink, Consumer<IngestIssue> issues) {
        this.sink = sink;
        this.issues = issues;
    }

    void article(Article article) {
        units++;
        sink.accept(article);
    }

    void skipped(String source, String location, String reason) {
        units++;
        issues.accept(IngestIssue.skipped(source, location, reason));
    }

    void warning(String source, String location, String reason) {
        issues.accept(IngestIssue.warning(source, location, reason));
    }

    int units() {
        return units;
    }
}
