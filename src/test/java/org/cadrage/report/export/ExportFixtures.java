package org.cadrage.report.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cadrage.model.Article;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.ArticleMetrics;
import org.cadrage.model.Attribution;
import org.cadrage.model.Camp;
import org.cadrage.model.Credit;
import org.cadrage.model.CreditKind;
import org.cadrage.model.Evidence;
import org.cadrage.model.Hedge;
import org.cadrage.model.HedgeKind;
import org.cadrage.model.Provenance;
import org.cadrage.model.Scope;
import org.cadrage.model.SourceRef;
import org.cadrage.model.SourcingIndices;
import org.cadrage.model.Span;
import org.cadrage.model.TaskScores;
import org.cadrage.model.TextSpan;
import org.cadrage.model.UnitScore;

/** Hand-made analyses of invented French sentences for the export tests. */
final class ExportFixtures {
    static final String HOSTILE = "=HYPERLINK(\"http://x\",\"clic\")";
    /** A title with a double quote, a semicolon, a newline and « » with non-breaking spaces. */
    static final String AWKWARD_TITLE = "Le\u00A0«\u00A0cessez-le-feu\u202F» ; une \"trêve\"\nfragile, dit-on";

    static final String DOC1 = "« Nous ne reculerons pas », a déclaré le porte-parole du Kremlin. Selon l’agence"
            + " TASS, les troupes se seraient retirées. Photo : © Sputnik";
    static final String DOC2 = HOSTILE + " a affirmé que la ville était calme. Le maire aurait quitté la mairie.";
    static final String DOC3 = "Un texte court sans source.";

    private ExportFixtures() {
    }

    static List<ArticleAnalysis> analyses() {
        return List.of(first(), second(), third());
    }

    static Provenance provenance() {
        return new Provenance("cadrage", "0.3.0", "abc1234", "corenlp-fr-4.5.10", "pipe-42",
                Map.of("poi", "5.3.0"), Map.of("lang", "fr"), new TreeMap<>(Map.of("in/corpus.jsonl", "ff00")));
    }

    /** Le Quotidien, 2022-02-20: a direct quote, an according-to attribution, a hedge, a photo credit. */
    static ArticleAnalysis first() {
        Article a = article("q-001", "Le Quotidien", LocalDate.of(2022, 2, 20), DOC1, "La ligne de front", 3);
        Attribution quote = new Attribution("direct", ts(DOC1, "le porte-parole du Kremlin"), null,
                ts(DOC1, "a déclaré"), "déclarer", "neutral", span(DOC1, "Nous ne reculerons pas"),
                Camp.RUSSIA_OFFICIAL.id(), false, false, null, null);
        Attribution selon = new Attribution("according_to", ts(DOC1, "l’agence TASS"), "TASS", ts(DOC1, "Selon"),
                null, null, span(DOC1, "les troupes se seraient retirées"), Camp.RUSSIA_STATE_MEDIA.id(), false,
                false, null, null);
        Hedge h = hedge(DOC1, "se seraient retirées", HedgeKind.CONDITIONAL, Scope.ATTRIBUTED,
                "conditional:seraient");
        Credit c = credit(DOC1, "© Sputnik", CreditKind.PHOTO, "Sputnik", true, "RU");
        SourcingIndices si = new SourcingIndices(2, camps(Map.of(Camp.RUSSIA_OFFICIAL, 1, Camp.RUSSIA_STATE_MEDIA, 1)),
                Map.of("russia_official", 0.5, "russia_state_media", 0.5), 0.0, 0.25, 0.0, 0.5, 0.0, null, null,
                0.5);
        ArticleMetrics m = new ArticleMetrics(24, 3, 1, 0, 41.666666666666664, 0.0, 1, 1, 1.0,
                Map.of("conditional", 1), Map.of("photo", 1), si);
        Map<String, TaskScores> scores = Map.of(
                "genre", new TaskScores("genre", "genre-v1", false, List.of(new UnitScore(null,
                        List.of("reporting"), Map.of("opinion", 0.25, "reporting", 0.75)))),
                "frames", new TaskScores("frames", "frames-v1", true, List.of(
                        new UnitScore(new Span(0, 64), List.of("Security"), Map.of("Economic", 0.1, "Security", 0.9)),
                        new UnitScore(new Span(65, DOC1.length()), List.of("Economic", "Security"),
                                Map.of("Economic", 0.6, "Security", 0.7)))));
        return new ArticleAnalysis(a, new Evidence(List.of(h), List.of(c), List.of(selon, quote), List.of()), m,
                scores);
    }

    /** Le Quotidien, 2022-03-02: hostile title and speaker, awkward URL-less metadata, one narrator hedge. */
    static ArticleAnalysis second() {
        Article a = article("q-002", "Le Quotidien", LocalDate.of(2022, 3, 2), DOC2, HOSTILE, null);
        Attribution at = new Attribution("indirect", ts(DOC2, HOSTILE), null, ts(DOC2, "a affirmé"), "affirmer",
                "assertive", span(DOC2, "la ville était calme"), Camp.UNKNOWN.id(), false, false, null, null);
        Hedge h = hedge(DOC2, "aurait quitté", HedgeKind.CONDITIONAL, Scope.NARRATOR, "conditional:aurait");
        SourcingIndices si = new SourcingIndices(1, camps(Map.of(Camp.UNKNOWN, 1)), Map.of("unknown", 1.0), null,
                0.0, 0.0, 0.0, 1.0, null, null, 0.0);
        ArticleMetrics m = new ArticleMetrics(16, 2, 1, 1, 62.5, 62.5, 0, 0, null, Map.of("conditional", 1),
                Map.of(), si);
        return new ArticleAnalysis(a, new Evidence(List.of(h), List.of(), List.of(at), List.of()), m);
    }

    /** No outlet, no date, no evidence: every rate is null. */
    static ArticleAnalysis third() {
        Article a = article("x-003", null, null, DOC3, AWKWARD_TITLE, null);
        SourcingIndices si = new SourcingIndices(0, camps(Map.of()), Map.of(), null, null, null, null, null, null,
                null, null);
        ArticleMetrics m = new ArticleMetrics(0, 1, 0, 0, null, null, 0, 0, null, Map.of(), Map.of(), si);
        return new ArticleAnalysis(a, new Evidence(List.of(), List.of(), List.of(), List.of()), m);
    }

    static Article article(String id, String outlet, LocalDate published, String doc, String title, Integer line) {
        return new Article(id, new SourceRef("in/corpus.jsonl", line, "ff00"), doc, new Span(0, doc.length()), outlet,
                published, title, outlet == null ? null : "https://example.org/" + id, Map.of(), Map.of(), List.of(),
                List.of());
    }

    static Map<String, Integer> camps(Map<Camp, Integer> nonZero) {
        Map<String, Integer> all = new TreeMap<>();
        for (Camp c : Camp.values()) {
            all.put(c.id(), nonZero.getOrDefault(c, 0));
        }
        return all;
    }

    static TextSpan ts(String doc, String needle) {
        return TextSpan.of(doc, span(doc, needle));
    }

    static Span span(String doc, String needle) {
        int i = doc.indexOf(needle);
        if (i < 0) {
            throw new IllegalArgumentException("'" + needle + "' not in '" + doc + "'");
        }
        return new Span(i, i + needle.length());
    }

    static Hedge hedge(String doc, String needle, HedgeKind kind, Scope scope, String cue) {
        Span s = span(doc, needle);
        return new Hedge(needle, s.start(), s.end(), kind, scope, cue);
    }

    static Credit credit(String doc, String needle, CreditKind kind, String outlet, Boolean state, String country) {
        Span s = span(doc, needle);
        return new Credit(needle, s.start(), s.end(), kind, outlet, state, country);
    }

    /** {@code n} copies of the first fixture with ids {@code g-00000}, ...: {@code 2n} attribution rows. */
    static List<ArticleAnalysis> copies(int n) {
        List<ArticleAnalysis> out = new ArrayList<>();
        ArticleAnalysis f = first();
        for (int i = 0; i < n; i++) {
            Article a = f.article();
            Article copy = new Article(String.format(java.util.Locale.ROOT, "g-%05d", i), a.source(), a.document(),
                    a.span(), a.outlet(), a.published().plusDays(i), a.title(), a.url(), a.metadata(), a.labels(),
                    a.boilerplate(), a.warnings());
            out.add(new ArticleAnalysis(copy, f.evidence(), f.metrics(), f.scores()));
        }
        return out;
    }
}
