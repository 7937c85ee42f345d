package org.cadrage.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One article to analyse.
 *
 * @param id          unique id within a run (file name stem, JSONL id, CSV row id; {@code id#n} for page segments)
 * @param source      the input the article came from
 * @param document    the whole source document exactly as decoded (for a .txt file the whole file; for a JSONL or
 *                    CSV record the record's text); every evidence offset points into this string
 * @param span        this article's range inside {@code document}
 * @param outlet      outlet name, or {@code null} when unknown
 * @param published   publication date, or {@code null} when unknown
 * @param title       title, or {@code null}
 * @param url         url, or {@code null}
 * @param metadata    extra metadata columns (sorted by key)
 * @param labels      labels per task, for training data (sorted by task)
 * @param boilerplate boilerplate spans inside {@code span}, excluded from analysis
 * @param warnings    non-fatal ingest remarks (e.g. a windows-1252 fallback)
 */
public record Article(String id, SourceRef source, String document, Span span, String outlet, LocalDate published,
                      String title, String url, Map<String, String> metadata, Map<String, List<String>> labels,
                      List<Boilerplate> boilerplate, List<String> warnings) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(span, "span");
        if (span.end() > document.length()) {
            throw new IllegalArgumentException("article " + id + ": span " + span + " exceeds document length "
                    + document.length());
        }
        metadata = Map.copyOf(new TreeMap<>(metadata == null ? Map.of() : metadata));
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        boilerplate = List.copyOf(boilerplate == null ? List.of() : boilerplate);
        for (Boilerplate b : boilerplate) {
            if (!span.contains(b.span())) {
                throw new IllegalArgumentException("article " + id + ": boilerplate " + b.span() + " outside " + span);
            }
        }
        warnings = List.copyOf(warnings == null ? List.of() : warnings);
    }

    /** A whole-document article with no metadata. Convenient for tests. */
    public static Article of(String id, String text) {
        return new Article(id, new SourceRef(id, null, "0".repeat(64)), text, new Span(0, text.length()), null, null,
                null, null, Map.of(), Map.of(), List.of(), List.of());
    }

    public Article withBoilerplate(List<Boilerplate> found) {
        return new Article(id, source, document, span, outlet, published, title, url, metadata, labels, found, warnings);
    }

    /** The article's own text: {@code document.substring(span)}. */
    public String text() {
        return span.of(document);
    }

    /**
     * The document with everything outside {@link #span} and inside boilerplate replaced by spaces (line breaks
     * kept), so that offsets into it are offsets into {@link #document}.
     */
    public String analysisText() {
        char[] chars = document.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (!span.contains(i) && chars[i] != '\n') {
                chars[i] = ' ';
            }
        }
        for (Boilerplate b : boilerplate) {
            for (int i = b.span().start(); i < b.span().end(); i++) {
                if (chars[i] != '\n') {
                    chars[i] = ' ';
                }
            }
        }
        return new String(chars);
    }
}
