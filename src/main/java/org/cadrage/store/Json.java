package org.cadrage.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.cadrage.model.ArticleMetrics;
import org.cadrage.model.Boilerplate;
import org.cadrage.model.Evidence;
import org.cadrage.model.Provenance;
import org.cadrage.model.RunSummary;
import org.cadrage.model.TaskScores;

/**
 * The JSON columns of the workspace: model records written component by component (Jackson's record support),
 * map keys sorted, enums by constant name, nulls kept, so that reading a column back gives an equal record.
 * Thread-safe.
 */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() { };
    static final TypeReference<Map<String, List<String>>> LABELS = new TypeReference<>() { };
    static final TypeReference<List<Boilerplate>> BOILERPLATE = new TypeReference<>() { };
    static final TypeReference<List<String>> WARNINGS = new TypeReference<>() { };
    static final TypeReference<SortedMap<String, TaskScores>> SCORES = new TypeReference<>() { };
    static final TypeReference<ArticleMetrics> METRICS = new TypeReference<>() { };
    static final TypeReference<Evidence> EVIDENCE = new TypeReference<>() { };
    static final TypeReference<Provenance> PROVENANCE = new TypeReference<>() { };
    static final TypeReference<RunSummary> SUMMARY = new TypeReference<>() { };

    private Json() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new WorkspaceException("workspace holds unreadable JSON for " + type.getType() + ": "
                    + e.getOriginalMessage(), e);
        }
    }
}
