package org.cadrage.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cadrage.model.Span;
import org.junit.jupiter.api.Test;

/**
 * Reads the French SemEval-2023 Task 3 release in {@code <cadrage.shared>/data/semeval2023-fr} (train only: the
 * release has no dev labels for subtasks 1-3 in this copy) and pins what it holds. Reading is warning-free: every
 * label line has its article file and vice versa, no article is empty, and every paragraph number is the 1-based
 * number of a non-blank line (CRLF files; blank separator lines are not numbered in the labels).
 */
class SemEvalReaderIT {
    private static final Path DATA = Path.of(System.getProperty("cadrage.shared", "../shared"), "data",
            "semeval2023-fr");

    @Test
    void genre() throws Exception {
        LabeledSet set = LabeledData.read(DATA, "genre");
        assertEquals(List.of(), set.warnings());
        assertEquals(TaskKind.SINGLE_LABEL, set.kind());
        assertEquals(95, set.articles().size());
        assertEquals(95, set.items().size());
        assertEquals(List.of("opinion", "reporting", "satire"), set.labelSet());
        assertEquals(Map.of("opinion", 63, "reporting", 26, "satire", 6), counts(set));
        assertEquals(96, set.inputHashes().size(), "95 articles and the labels file");
    }

    @Test
    void frames() throws Exception {
        LabeledSet set = LabeledData.read(DATA, "frames");
        assertEquals(List.of(), set.warnings());
        assertEquals(122, set.articles().size());
        assertEquals(14, set.labelSet().size(), "the scorer's 14 frames, not the top-level file's 7");
        assertEquals(47, counts(set).get("Security_and_defense"));
        assertEquals(56, counts(set).get("Political"));
        assertTrue(set.inputHashes().containsKey(DATA.resolve("scorers/frames_subtask2.txt").toString()));
    }

    @Test
    void techniquesParagraphsAreNonBlankNumberedLines() throws Exception {
        LabeledSet set = LabeledData.read(DATA, "techniques");
        assertEquals(List.of(), set.warnings());
        assertEquals(Unit.PARAGRAPH, set.unit());
        assertEquals(122, set.articles().size());
        assertEquals(1735, set.items().size());
        assertEquals(439, set.items().stream().filter(i -> i.labels().isEmpty()).count());
        assertEquals(23, set.labelSet().size());
        assertEquals(718, counts(set).get("Loaded_Language"));
        Map<String, String> texts = new TreeMap<>();
        set.articles().forEach(a -> texts.put(a.id(), a.text()));
        List<String> problems = new ArrayList<>();
        for (LabeledItem item : set.items()) {
            String text = texts.get(item.articleId());
            String paragraph = item.span().of(text);
            if (paragraph.isBlank() || paragraph.contains("\n") || paragraph.contains("\r")) {
                problems.add(item.id());
            }
            int n = Integer.parseInt(item.id().substring(item.id().indexOf('#') + 1));
            if (!item.span().equals(DataFiles.lineSpans(text).get(n - 1))) {
                problems.add(item.id() + " span");
            }
        }
        assertEquals(List.of(), problems);
        int nonBlankLines = set.articles().stream()
                .mapToInt(a -> (int) DataFiles.lineSpans(a.text()).stream().map(s -> s.of(a.text()))
                        .filter(l -> !l.isBlank()).count()).sum();
        assertEquals(1735, nonBlankLines, "every non-blank line is a labeled paragraph");
        Span first = set.items().get(0).span();
        assertEquals(0, first.start());
    }

    private static Map<String, Integer> counts(LabeledSet set) {
        Map<String, Integer> counts = new TreeMap<>();
        set.items().forEach(i -> i.labels().forEach(l -> counts.merge(l, 1, Integer::sum)));
        return counts;
    }
}
