package org.cadrage.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cadrage.model.Article;
import org.cadrage.model.SourceRef;
import org.cadrage.model.Span;

/**
 * Reads JSON Lines, one article per line: {@code id, outlet, published, title, url, text, labels}; only {@code text}
 * or {@code title} is required (the document is the text, or the title when there is no text). Labels map a task
 * to a label or a list of labels. Other scalar members become metadata. A malformed line is reported with the
 * parser's reason and the other lines are still read. Not thread-safe.
 */
final class JsonlSource {
    private static final Set<String> KNOWN = Set.of("id", "outlet", "published", "title", "url", "text", "labels");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BoilerplateDetector detector;
    private final Emitter out;

    JsonlSource(BoilerplateDetector detector, Emitter out) {
        this.detector = detector;
        this.out = out;
    }

    void read(Path file, String display, TextDecoder.Probe probe) throws IOException {
        String stem = Texts.stem(file.getFileName().toString());
        List<String> fileWarnings = probe.fallback() ? List.of(TextDecoder.FALLBACK_WARNING) : List.of();
        fileWarnings.forEach(w -> out.warning(display, null, w));
        try (BufferedReader reader = TextDecoder.open(file, probe)) {
            int lineNo = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (!line.isBlank()) {
                    line(line, lineNo, stem, display, probe.sha256(), fileWarnings);
                }
            }
        }
    }

    private void line(String line, int lineNo, String stem, String display, String sha, List<String> fileWarnings) {
        String location = "line " + lineNo;
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            out.skipped(display, location, "malformed JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
            return;
        }
        if (!node.isObject()) {
            out.skipped(display, location, "not a JSON object but " + node.getNodeType().name().toLowerCase(
                    java.util.Locale.ROOT));
            return;
        }
        List<String> warnings = new ArrayList<>(fileWarnings);
        String text = string(node, "text");
        String title = string(node, "title");
        String document = text != null && !Texts.isBlank(text) ? text : title;
        if (document == null || Texts.isBlank(document)) {
            out.skipped(display, location, "no text or title");
            return;
        }
        LocalDate published = null;
        try {
            published = DateParser.parse(string(node, "published"));
        } catch (IllegalArgumentException e) {
            warnings.add(e.getMessage());
        }
        Map<String, List<String>> labels = new TreeMap<>();
        JsonNode labelNode = node.get("labels");
        if (labelNode != null && !labelNode.isNull()) {
            if (labelNode.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = labelNode.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    List<String> values = labelValues(e.getValue());
                    if (values == null) {
                        warnings.add("labels." + e.getKey() + " ignored: not a string or a list of strings");
                    } else {
                        labels.put(e.getKey(), values);
                    }
                }
            } else {
                warnings.add("labels ignored: not an object of task to label(s)");
            }
        }
        Map<String, String> metadata = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!KNOWN.contains(e.getKey()) && !e.getValue().isNull()) {
                metadata.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
            }
        }
        warnings.subList(fileWarnings.size(), warnings.size()).forEach(w -> out.warning(display, location, w));
        String id = Texts.blankToNull(string(node, "id"));
        Span span = Texts.trimmed(document);
        Article article = new Article(id != null ? id : stem + ":" + lineNo, new SourceRef(display, lineNo, sha),
                document, span, Texts.outlet(string(node, "outlet")), published, Texts.blankToNull(title),
                Texts.blankToNull(string(node, "url")), metadata, labels, List.of(), warnings);
        out.article(article.withBoilerplate(detector.detect(document, span)));
    }

    private static String string(JsonNode node, String member) {
        JsonNode v = node.get(member);
        return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
    }

    private static List<String> labelValues(JsonNode v) {
        if (v.isTextual()) {
            return List.of(v.asText());
        }
        if (!v.isArray()) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isTextual()) {
                return null;
            }
            values.add(item.asText());
        }
        return values;
    }
}
