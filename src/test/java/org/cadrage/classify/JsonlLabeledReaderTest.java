package org.cadrage.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cadrage.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlLabeledReaderTest {
    @TempDir
    Path dir;

    private Path file(String... lines) throws IOException {
        Path file = dir.resolve("labels.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private String error(String task, String... lines) throws IOException {
        Path file = file(lines);
        LabelDataException e = assertThrows(LabelDataException.class, () -> JsonlLabeledReader.read(file, task));
        return e.getMessage().replace(file.toString(), "F");
    }

    @Test
    void singleLabelTaskWithOutletsAndDates() throws Exception {
        Path file = file(
                "{\"id\":\"b\",\"text\":\"Kyiv résiste, a-t-il déclaré.\",\"outlet\":\"Le Quotidien\",\"date\":\"2022-03-01\","
                        + "\"labels\":{\"ton\":\"factuel\",\"cadres\":[\"sécurité\"]}}",
                "",
                "{\"id\":\"a\",\"text\":\"L’OTAN s’inquiète.\",\"labels\":{\"ton\":\"alarmiste\"}}",
                "{\"id\":\"c\",\"text\":\"Sans étiquette de ton.\",\"labels\":{\"cadres\":[]}}");
        LabeledSet set = JsonlLabeledReader.read(file, "ton");
        assertEquals(TaskKind.SINGLE_LABEL, set.kind());
        assertEquals(Unit.ARTICLE, set.unit());
        assertEquals(List.of("alarmiste", "factuel"), set.labelSet());
        assertEquals(List.of("a", "b"), set.articles().stream().map(LabeledArticle::id).toList());
        LabeledArticle b = set.articles().get(1);
        assertEquals("Le Quotidien", b.outlet());
        assertEquals(LocalDate.of(2022, 3, 1), b.date());
        assertEquals(file + ":1", b.source());
        assertNull(set.articles().get(0).outlet());
        assertEquals(new Span(0, 18), set.items().get(0).span());
        assertEquals(List.of("factuel"), set.items().get(1).labels());
        assertEquals(List.of(file + ":4: no label for task ton; skipped"), set.warnings());
        assertEquals(List.of(file.toString()), List.copyOf(set.inputHashes().keySet()));
    }

    @Test
    void arrayLabelsMakeAMultiLabelTaskAndEmptyArraysAreKept() throws Exception {
        Path file = file(
                "{\"id\":\"1\",\"text\":\"Un texte.\",\"labels\":{\"cadres\":[\"sécurité\",\"économie\",\"sécurité\"]}}",
                "{\"id\":\"2\",\"text\":\"Un autre.\",\"labels\":{\"cadres\":[]}}");
        LabeledSet set = JsonlLabeledReader.read(file, "cadres");
        assertEquals(TaskKind.MULTI_LABEL, set.kind());
        assertEquals(List.of("sécurité", "économie"), set.labelSet());
        assertEquals(List.of("sécurité", "économie"), set.items().get(0).labels());
        assertEquals(List.of(), set.items().get(1).labels());
        assertEquals(List.of(), set.warnings());
    }

    @Test
    void errorsNameFileAndLine() throws Exception {
        String ok = "{\"id\":\"1\",\"text\":\"Un texte.\",\"labels\":{\"t\":\"x\"}}";
        assertEquals("F:2: task t is MULTI_LABEL here but SINGLE_LABEL at F:1 (a string is single-label, an array "
                + "multi-label)", error("t", ok, "{\"id\":\"2\",\"text\":\"Deux.\",\"labels\":{\"t\":[\"x\"]}}"));
        assertTrue(error("t", ok, "{\"id\":\"2\",\"text\":").startsWith("F:2: bad JSON"));
        assertTrue(error("t", ok, "{\"id\":\"2\"} {}").startsWith("F:2: bad JSON"));
        assertTrue(error("t", "{\"id\":\"1\",\"id\":\"2\",\"text\":\"x\",\"labels\":{\"t\":\"x\"}}")
                .startsWith("F:1: bad JSON: Duplicate field 'id'"));
        assertEquals("F:1: expected one JSON object per line", error("t", "[1, 2]"));
        assertEquals("F:2: missing or blank \"text\"", error("t", ok, "{\"id\":\"2\",\"labels\":{\"t\":\"x\"}}"));
        assertEquals("F:2: missing or blank \"text\"",
                error("t", ok, "{\"id\":\"2\",\"text\":\"  \",\"labels\":{\"t\":\"x\"}}"));
        assertEquals("F:1: missing or blank \"id\"", error("t", "{\"text\":\"x\",\"labels\":{\"t\":\"x\"}}"));
        assertEquals("F:2: bad date '01/03/2022', expected yyyy-MM-dd",
                error("t", ok, "{\"id\":\"2\",\"text\":\"x\",\"date\":\"01/03/2022\",\"labels\":{\"t\":\"x\"}}"));
        assertEquals("F:2: duplicate id 1", error("t", ok, ok));
        assertEquals("F:1: label of task t must be a non-blank string or an array of them, found 3",
                error("t", "{\"id\":\"1\",\"text\":\"x\",\"labels\":{\"t\":[\"a\",3]}}"));
        assertEquals("F:1: \"labels\" must be an object of task → label(s)",
                error("t", "{\"id\":\"1\",\"text\":\"x\",\"labels\":[\"a\"]}"));
        assertEquals("F: no line labels task 'u'; tasks found: [t]", error("u", ok));
    }
}
