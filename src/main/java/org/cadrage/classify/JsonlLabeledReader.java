package org.cadrage.classify;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cadrage.model.Span;

/**
 * Reads the user's own article-level labels from a JSONL file, one article per line:
 * <pre>
 * {"id": "a1", "text": "...", "outlet": "Le Monde", "date": "2022-03-01",
 *  "labels": {"ton": "alarmiste", "cadres": ["économie", "sécurité"]}}
 * </pre>
 * {@code outlet} and {@code date} (ISO {@code yyyy-MM-dd}) are optional. For the requested task, a string label makes
 * the task {@link TaskKind#SINGLE_LABEL}, an array {@link TaskKind#MULTI_LABEL} (an empty array is an item with no
 * label); the label set is the sorted union of the labels seen. Blank lines are skipped.
 *
 * <p>Errors ({@link LabelDataException} naming {@code file:line}): bad JSON, a missing or blank {@code id} or
 * {@code text}, a bad date, a duplicate id, a label that is neither a non-blank string nor an array of them, a task
 * labeled by a string on one line and an array on another, no line labeling the task at all. A line without the
 * task's label is a counted warning and is skipped. The file's SHA-256 goes into {@link LabeledSet#inputHashes()}.
 *
 * <p>Stateless and thread-safe; null arguments are rejected.
 */
public final class JsonlLabeledReader {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonlLabeledReader() {
    }

    /** Reads the labels of {@code task} (an article-level task) from {@code file}. */
    public static LabeledSet read(Path file, String task) throws LabelDataException {
        if (task == null || task.isBlank()) {
            throw new IllegalArgumentException("blank task name");
        }
        SortedMap<String, String> hashes = new TreeMap<>();
        List<String> lines = DataFiles.lines(DataFiles.read(file, hashes));
        List<String> warnings = new ArrayList<>();
        Map<String, LabeledArticle> articles = new TreeMap<>();
        Map<String, LabeledItem> items = new TreeMap<>();
        Set<String> tasksSeen = new TreeSet<>();
        Set<String> seen = new TreeSet<>();
        TaskKind kind = null;
        String kindWhere = null;
        Set<String> ids = new TreeSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String where = file + ":" + (i + 1);
            JsonNode node = parse(lines.get(i), where);
            String id = requiredText(node, "id", where);
            String text = requiredText(node, "text", where);
            if (!ids.add(id)) {
                throw new LabelDataException(where + ": duplicate id " + id);
            }
            String outlet = optionalText(node, "outlet", where);
            LocalDate date = date(optionalText(node, "date", where), where);
            JsonNode labels = node.get("labels");
            if (labels != null && !labels.isNull() && !labels.isObject()) {
                throw new LabelDataException(where + ": \"labels\" must be an object of task → label(s)");
            }
            JsonNode value = labels == null ? null : labels.get(task);
            if (labels != null) {
                labels.fieldNames().forEachRemaining(tasksSeen::add);
            }
            if (value == null || value.isNull()) {
                warnings.add(where + ": no label for task " + task + "; skipped");
                continue;
            }
            TaskKind lineKind = value.isArray() ? TaskKind.MULTI_LABEL : TaskKind.SINGLE_LABEL;
            if (kind == null) {
                kind = lineKind;
                kindWhere = where;
            } else if (kind != lineKind) {
                throw new LabelDataException(where + ": task " + task + " is " + lineKind + " here but " + kind
                        + " at " + kindWhere + " (a string is single-label, an array multi-label)");
            }
            List<String> values = labelValues(value, task, where);
            seen.addAll(values);
            articles.put(id, new LabeledArticle(id, text, outlet, date, where));
            items.put(id, new LabeledItem(id, id, new Span(0, text.length()), values));
        }
        if (kind == null) {
            throw new LabelDataException(file + ": no line labels task '" + task + "'; tasks found: " + tasksSeen);
        }
        return new LabeledSet(task, kind, Unit.ARTICLE, List.copyOf(seen), List.copyOf(articles.values()),
                List.copyOf(items.values()), warnings, hashes);
    }

    private static JsonNode parse(String line, String where) throws LabelDataException {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new LabelDataException(where + ": bad JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new LabelDataException(where + ": expected one JSON object per line");
        }
        return node;
    }

    private static String requiredText(JsonNode node, String field, String where) throws LabelDataException {
        String value = optionalText(node, field, where);
        if (value == null || value.isBlank()) {
            throw new LabelDataException(where + ": missing or blank \"" + field + "\"");
        }
        return value;
    }

    private static String optionalText(JsonNode node, String field, String where) throws LabelDataException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new LabelDataException(where + ": \"" + field + "\" must be a string, found " + value);
        }
        return value.textValue();
    }

    private static LocalDate date(String value, String where) throws LabelDataException {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new LabelDataException(where + ": bad date '" + value + "', expected yyyy-MM-dd", e);
        }
    }

    private static List<String> labelValues(JsonNode value, String task, String where) throws LabelDataException {
        List<String> labels = new ArrayList<>();
        Iterator<JsonNode> elements = value.isArray() ? value.elements() : List.of(value).iterator();
        while (elements.hasNext()) {
            JsonNode label = elements.next();
            if (!label.isTextual() || label.textValue().isBlank()) {
                throw new LabelDataException(where + ": label of task " + task
                        + " must be a non-blank string or an array of them, found " + label);
            }
            labels.add(label.textValue().strip());
        }
        return labels;
    }
}
