package org.cadrage.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabeledDataTest {
    @TempDir
    Path dir;

    @Test
    void dispatchesOnDirectoryOrJsonl() throws Exception {
        Files.createDirectories(dir.resolve("train-articles-subtask-1"));
        Files.writeString(dir.resolve("train-articles-subtask-1/article1.txt"), "Un éditorial.");
        Files.writeString(dir.resolve("train-labels-subtask-1.txt"), "1\topinion\n");
        assertEquals(Unit.ARTICLE, LabeledData.read(dir, "genre").unit());

        Path jsonl = dir.resolve("mes-etiquettes.JSONL");
        Files.writeString(jsonl, "{\"id\":\"1\",\"text\":\"Un texte.\",\"labels\":{\"ton\":\"neutre\"}}\n");
        assertEquals("ton", LabeledData.read(jsonl, "ton").task());
    }

    @Test
    void clearErrorsForUnknownTasksAndPaths() {
        IllegalArgumentException task = assertThrows(IllegalArgumentException.class,
                () -> LabeledData.read(dir, "ton"));
        assertEquals("unknown task 'ton' for SemEval folder " + dir + ": expected one of [genre, frames, techniques]",
                task.getMessage());
        IllegalArgumentException csv = assertThrows(IllegalArgumentException.class,
                () -> LabeledData.read(dir.resolve("labels.csv"), "ton"));
        assertTrue(csv.getMessage().contains("expected a SemEval-2023 Task 3 language folder"), csv.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> LabeledData.read(dir.resolve("absent.jsonl"), "ton"));
        assertEquals("no such file: " + dir.resolve("absent.jsonl"), missing.getMessage());
    }
}
