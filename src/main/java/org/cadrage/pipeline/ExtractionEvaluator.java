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
import org.cadrage.model.Article;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.Span;
import org.cadrage.score.SpanMatcher;
import org.cadrage.score.SpanMatcher.Prf;

/**
 * Scores the extractors against a gold annotation (format: {@code training/annotations/README.md}): one JSON file
 * per annotated text, holding offsets and labels but not the text, checked against the text's SHA-256.
 */
public final class ExtractionEvaluator {
    /** Overlap thresholds reported (common characters / longer span). */
    public static final double[] THRESHOLDS = {0.3, 0.8};

    /** Scores of one category (hedges, credits) at one threshold, plus agreement of kinds among matched pairs. */
    public record Score(String category, double threshold, Prf prf, int kindAgree) {
    }

    private final Analyzer analyzer;

    public ExtractionEvaluator(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Evaluates every {@code *.json} gold file of {@code goldDir} against the texts in {@code corpusDir}. */
    public List<Score> evaluate(Path goldDir, Path corpusDir) throws IOException, InputException {
        List<Path> files;
        try (Stream<Path> s = Files.list(goldDir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new InputException("no *.json gold file in " + goldDir);
        }
        Map<String, Prf> totals = new TreeMap<>();
        Map<String, Integer> kinds = new TreeMap<>();
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
            accumulate("hedges", gold.path("hedges"), a.evidence().hedges(), h -> h.span(), h -> h.kind().id(),
                    totals, kinds);
            accumulate("credits", gold.path("credits"), a.evidence().credits(), c -> c.span(), c -> c.kind().id(),
                    totals, kinds);
        }
        List<Score> scores = new ArrayList<>();
        for (Map.Entry<String, Prf> e : totals.entrySet()) {
            String[] key = e.getKey().split("@");
            scores.add(new Score(key[0], Double.parseDouble(key[1]), e.getValue(), kinds.getOrDefault(e.getKey(), 0)));
        }
        return scores;
    }

    private static <T> void accumulate(String category, JsonNode goldItems, List<T> predicted,
                                       Function<T, Span> span, Function<T, String> kind, Map<String, Prf> totals,
                                       Map<String, Integer> kinds) {
        List<Span> goldSpans = new ArrayList<>();
        List<String> goldKinds = new ArrayList<>();
        for (JsonNode item : goldItems) {
            goldSpans.add(new Span(item.path("start").asInt(), item.path("end").asInt()));
            goldKinds.add(item.path("kind").asText());
        }
        List<Span> predSpans = predicted.stream().map(span).toList();
        for (double t : THRESHOLDS) {
            String key = category + "@" + t;
            List<SpanMatcher.Pair> pairs = SpanMatcher.match(goldSpans, predSpans, t);
            int agree = 0;
            for (SpanMatcher.Pair p : pairs) {
                if (goldKinds.get(p.gold()).equals(kind.apply(predicted.get(p.predicted())))) {
                    agree++;
                }
            }
            Prf prf = new Prf(pairs.size(), predSpans.size() - pairs.size(), goldSpans.size() - pairs.size());
            totals.merge(key, prf, Prf::plus);
            kinds.merge(key, agree, Integer::sum);
        }
    }

    private static JsonNode required(JsonNode node, String field, Path file) throws InputException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new InputException(file + ": missing field '" + field + "'");
        }
        return v;
    }
}
