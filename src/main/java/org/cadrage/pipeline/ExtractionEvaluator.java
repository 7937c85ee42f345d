package org.cadrage.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.cadrage.ingest.IngestOptions;
import org.cadrage.ingest.InputException;
import org.cadrage.ingest.Ingestor;
import org.cadrage.ingest.ParagraphTemplate;
import org.cadrage.model.Article;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.Attribution;
import org.cadrage.model.Span;
import org.cadrage.score.SpanMatcher;
import org.cadrage.score.SpanMatcher.Prf;

/**
 * Scores the extractors against a gold annotation (formats: {@code training/annotations/README.md} for hedges and
 * credits, {@code training/annotations/ATTRIBUTIONS.md} for attributions): one JSON file per annotated text, holding
 * offsets and labels but not the text, checked against the text's SHA-256. Attributions match on their content span.
 */
public final class ExtractionEvaluator {
    /** Overlap thresholds reported (common characters / longer span). */
    public static final double[] THRESHOLDS = {0.3, 0.8};

    /**
     * Scores of one category (hedges, credits, attributions) at one threshold, and, among matched pairs, how many
     * agree on the kind (the type, for attributions), the speaker and the camp (the last two: attributions only,
     * else 0).
     */
    public record Score(String category, double threshold, Prf prf, int kindAgree, int speakerAgree, int campAgree) {
    }

    /** The header of the error listing. */
    public static final String ERROR_COLUMNS = "file\tcategory\terror\tstart\tend\tgold\tpredicted\ttext";

    private final Analyzer analyzer;

    public ExtractionEvaluator(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The file in a gold folder naming, relative to that folder, where the annotated texts are. */
    public static final String CORPUS_POINTER = "corpus.path";

    /**
     * Evaluates every {@code *.json} gold file of {@code goldDir} against the texts in {@code corpusDir}, or, when
     * it is {@code null}, in the folder named by {@code goldDir/corpus.path}. When that names a file rather than a
     * folder, it is read as a SemEval paragraph file and its articles are rebuilt ({@link ParagraphTemplate}) into a
     * temporary folder, deleted afterwards.
     */
    public List<Score> evaluate(Path goldDir, Path corpusDir) throws IOException, InputException {
        return evaluate(goldDir, corpusDir, line -> { });
    }

    /**
     * As {@link #evaluate(Path, Path)}, also sending to {@code errors} one tab-separated line per disagreement at the
     * lower threshold ({@link #ERROR_COLUMNS}), in file order: missed gold items, false alarms, and matched pairs
     * whose kind, speaker or camp differ.
     */
    public List<Score> evaluate(Path goldDir, Path corpusDir, java.util.function.Consumer<String> errors)
            throws IOException, InputException {
        if (corpusDir == null) {
            Path pointer = goldDir.resolve(CORPUS_POINTER);
            if (!Files.isRegularFile(pointer)) {
                throw new InputException("no --corpus given and no " + pointer + " naming the annotated texts' folder");
            }
            corpusDir = goldDir.resolve(Files.readString(pointer).trim()).normalize();
        }
        if (Files.isRegularFile(corpusDir)) {
            Path rebuilt = Files.createTempDirectory("cadrage-corpus-");
            try {
                return evaluateTexts(goldDir, ParagraphTemplate.writeArticles(corpusDir, rebuilt), errors);
            } finally {
                try (Stream<Path> s = Files.list(rebuilt)) {
                    for (Path p : s.toList()) {
                        Files.delete(p);
                    }
                }
                Files.delete(rebuilt);
            }
        }
        return evaluateTexts(goldDir, corpusDir, errors);
    }

    private List<Score> evaluateTexts(Path goldDir, Path corpusDir, java.util.function.Consumer<String> errors)
            throws IOException, InputException {
        List<Path> files;
        try (Stream<Path> s = Files.list(goldDir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new InputException("no *.json gold file in " + goldDir);
        }
        Map<String, Prf> totals = new TreeMap<>();
        Map<String, int[]> agree = new TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        for (Path goldFile : files) {
            JsonNode gold = json.readTree(goldFile.toFile());
            Path text = corpusDir.resolve(required(gold, "file", goldFile).asText());
            String expected = required(gold, "sha256", goldFile).asText();
            if (!Files.isRegularFile(text)) {
                throw new InputException(goldFile + ": annotated text " + text + " not found");
            }
            String actual = BuildInfo.sha256(Files.readAllBytes(text));
            if (!actual.equals(expected)) {
                throw new InputException(goldFile + ": " + text + " has SHA-256 " + actual + ", the annotation was made on "
                        + expected);
            }
            List<Article> articles = new ArrayList<>();
            new Ingestor(new IngestOptions(null, Map.of(), false)).read(List.of(text), articles::add, i -> { });
            if (articles.size() != 1) {
                throw new InputException(text + ": expected one article, ingest gave " + articles.size());
            }
            ArticleAnalysis a = analyzer.analyze(articles.get(0));
            String doc = articles.get(0).document();
            ErrorSink sink = (category, error, span, g, p) -> errors.accept(String.join("\t", gold.path("file").asText(),
                    category, error, Integer.toString(span.start()), Integer.toString(span.end()), g, p,
                    excerpt(doc, span)));
            if (gold.has("hedges")) {
                accumulate("hedges", gold.path("hedges"), a.evidence().hedges(), h -> h.span(), h -> h.kind().id(),
                        (g, p) -> false, (g, p) -> false, totals, agree, sink, h -> h.kind().id());
            }
            if (gold.has("credits")) {
                accumulate("credits", gold.path("credits"), a.evidence().credits(), c -> c.span(), c -> c.kind().id(),
                        (g, p) -> false, (g, p) -> false, totals, agree, sink, c -> c.kind().id());
            }
            if (gold.has("attributions")) {
                accumulate("attributions", gold.path("attributions"), a.evidence().attributions(), Attribution::content,
                        Attribution::type, ExtractionEvaluator::sameSpeaker,
                        (g, p) -> g.path("camp").asText().equals(p.camp()), totals, agree, sink,
                        p -> p.type() + " " + (p.speaker() == null ? "-" : p.speaker().text()) + " / "
                                + p.speakerResolved() + " [" + p.camp() + "] cue=" + p.cue().text());
            }
        }
        List<Score> scores = new ArrayList<>();
        for (Map.Entry<String, Prf> e : totals.entrySet()) {
            String[] key = e.getKey().split("@");
            int[] k = agree.getOrDefault(e.getKey(), new int[3]);
            scores.add(new Score(key[0], Double.parseDouble(key[1]), e.getValue(), k[0], k[1], k[2]));
        }
        return scores;
    }

    /**
     * A predicted speaker is right when both are absent, when the spans overlap, or when the gold's resolved name's
     * last word (the surname) appears in the predicted speaker or its resolution (a pronoun resolved rightly).
     */
    static boolean sameSpeaker(JsonNode gold, Attribution predicted) {
        JsonNode gs = gold.path("speaker");
        if (gs.isMissingNode() || gs.isNull()) {
            return predicted.speaker() == null;
        }
        if (predicted.speaker() == null) {
            return false;
        }
        Span g = new Span(gs.path("start").asInt(), gs.path("end").asInt());
        if (g.overlaps(predicted.speaker().span())) {
            return true;
        }
        String resolved = gold.path("speakerResolved").asText("");
        String[] words = resolved.trim().split("\\s+");
        String surname = fold(words[words.length - 1]);
        if (surname.length() < 3) {
            return false;
        }
        return fold(predicted.speaker().text()).contains(surname)
                || (predicted.speakerResolved() != null && fold(predicted.speakerResolved()).contains(surname));
    }

    private static String fold(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT);
    }

    private static <T> void accumulate(String category, JsonNode goldItems, List<T> predicted,
                                       Function<T, Span> span, Function<T, String> kind,
                                       java.util.function.BiPredicate<JsonNode, T> speaker,
                                       java.util.function.BiPredicate<JsonNode, T> camp, Map<String, Prf> totals,
                                       Map<String, int[]> agree, ErrorSink sink, Function<T, String> describe) {
        List<Span> goldSpans = new ArrayList<>();
        List<String> goldKinds = new ArrayList<>();
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode item : goldItems) {
            JsonNode where = item.has("content") ? item.path("content") : item;
            goldSpans.add(new Span(where.path("start").asInt(), where.path("end").asInt()));
            goldKinds.add(item.has("type") ? item.path("type").asText() : item.path("kind").asText());
            items.add(item);
        }
        List<Span> predSpans = predicted.stream().map(span).toList();
        for (double t : THRESHOLDS) {
            String key = category + "@" + t;
            List<SpanMatcher.Pair> pairs = SpanMatcher.match(goldSpans, predSpans, t,
                    (g, p) -> speaker.test(items.get(g), predicted.get(p)));
            int[] counts = agree.computeIfAbsent(key, k -> new int[3]);
            for (SpanMatcher.Pair p : pairs) {
                T pred = predicted.get(p.predicted());
                counts[0] += goldKinds.get(p.gold()).equals(kind.apply(pred)) ? 1 : 0;
                counts[1] += speaker.test(items.get(p.gold()), pred) ? 1 : 0;
                counts[2] += camp.test(items.get(p.gold()), pred) ? 1 : 0;
            }
            if (t == THRESHOLDS[0]) {
                report(category, items, goldSpans, predicted, predSpans, pairs, kind, speaker, camp, sink, describe);
            }
            Prf prf = new Prf(pairs.size(), predSpans.size() - pairs.size(), goldSpans.size() - pairs.size());
            totals.merge(key, prf, Prf::plus);
        }
    }

    /** Receives one disagreement. */
    private interface ErrorSink {
        void accept(String category, String error, Span span, String gold, String predicted);
    }

    private static <T> void report(String category, List<JsonNode> items, List<Span> goldSpans, List<T> predicted,
                                   List<Span> predSpans, List<SpanMatcher.Pair> pairs, Function<T, String> kind,
                                   java.util.function.BiPredicate<JsonNode, T> speaker,
                                   java.util.function.BiPredicate<JsonNode, T> camp, ErrorSink sink,
                                   Function<T, String> describe) {
        boolean[] matchedGold = new boolean[goldSpans.size()];
        boolean[] matchedPred = new boolean[predSpans.size()];
        for (SpanMatcher.Pair p : pairs) {
            matchedGold[p.gold()] = true;
            matchedPred[p.predicted()] = true;
            JsonNode g = items.get(p.gold());
            T pred = predicted.get(p.predicted());
            String goldKind = g.has("type") ? g.path("type").asText() : g.path("kind").asText();
            boolean kindOk = goldKind.equals(kind.apply(pred));
            if (!kindOk || !speaker.test(g, pred) && category.equals("attributions")
                    || !camp.test(g, pred) && category.equals("attributions")) {
                String what = !kindOk ? "kind" : !speaker.test(g, pred) ? "speaker" : "camp";
                sink.accept(category, what, goldSpans.get(p.gold()), describeGold(g), describe.apply(pred));
            }
        }
        for (int i = 0; i < goldSpans.size(); i++) {
            if (!matchedGold[i]) {
                sink.accept(category, "missed", goldSpans.get(i), describeGold(items.get(i)), "-");
            }
        }
        for (int i = 0; i < predSpans.size(); i++) {
            if (!matchedPred[i]) {
                sink.accept(category, "false_alarm", predSpans.get(i), "-", describe.apply(predicted.get(i)));
            }
        }
    }

    private static String describeGold(JsonNode g) {
        if (!g.has("type")) {
            return g.path("kind").asText();
        }
        return g.path("type").asText() + " " + g.path("speakerResolved").asText("-") + " [" + g.path("camp").asText()
                + "]";
    }

    private static String excerpt(String doc, Span span) {
        String s = doc.substring(Math.max(0, span.start()), Math.min(doc.length(), span.end()));
        s = s.replaceAll("\\s+", " ");
        return s.length() > 160 ? s.substring(0, 157) + "..." : s;
    }

    private static JsonNode required(JsonNode node, String field, Path file) throws InputException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new InputException(file + ": missing field '" + field + "'");
        }
        return v;
    }
}
