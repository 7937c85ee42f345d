package org.cadrage.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FoldsTest {
    static Row row(String id, String group, String... labels) {
        return new Row(id, group, "texte " + id, new TreeMap<>(), List.of(labels));
    }

    private static List<Row> paragraphs() {
        List<Row> rows = new ArrayList<>();
        for (int a = 0; a < 12; a++) {
            for (int p = 1; p <= 1 + a % 3; p++) {
                List<String> labels = new ArrayList<>();
                if (p == 1) {
                    labels.add(a < 4 ? "Rare" : "Commun");
                }
                if (a % 2 == 0) {
                    labels.add("Doute");
                }
                rows.add(row("art" + a + "#" + p, "art" + a, labels.toArray(String[]::new)));
            }
        }
        return rows;
    }

    @Test
    void groupsStayWholeAndEveryRowIsTestedOnce() {
        List<Row> rows = paragraphs();
        List<Folds.Fold> folds = Folds.stratifiedGrouped(rows, 4, 7);
        assertEquals(4, folds.size());
        Map<String, Integer> foldOfGroup = new HashMap<>();
        Set<String> tested = new HashSet<>();
        for (Folds.Fold fold : folds) {
            assertEquals(rows.size(), fold.train().size() + fold.test().size());
            assertTrue(fold.test().size() > 0);
            for (Row r : fold.test()) {
                assertTrue(tested.add(r.id()), r.id());
                Integer previous = foldOfGroup.put(r.group(), fold.index());
                assertTrue(previous == null || previous == fold.index(), r.group() + " split");
                assertTrue(fold.train().stream().noneMatch(t -> t.group().equals(r.group())));
            }
        }
        assertEquals(rows.size(), tested.size());
        for (Folds.Fold fold : folds) {
            assertEquals(1, fold.test().stream().filter(r -> r.labels().contains("Rare")).count(),
                    "the 4 rare groups spread one per fold");
        }
    }

    @Test
    void stratifiesSingleRowGroupsExactly() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.add(row("a" + i, "a" + i, i % 5 == 0 ? "satire" : "opinion"));
        }
        for (Folds.Fold fold : Folds.stratifiedGrouped(rows, 4, 1)) {
            assertEquals(5, fold.test().size());
            assertEquals(1, fold.test().stream().filter(r -> r.labels().contains("satire")).count());
        }
    }

    @Test
    void deterministicForASeedAndIndependentOfRowOrder() {
        List<Row> rows = paragraphs();
        List<Row> reversed = new ArrayList<>(rows);
        java.util.Collections.reverse(reversed);
        assertEquals(testGroups(Folds.stratifiedGrouped(rows, 3, 42)),
                testGroups(Folds.stratifiedGrouped(rows, 3, 42)));
        assertEquals(testGroups(Folds.stratifiedGrouped(rows, 3, 42)),
                testGroups(Folds.stratifiedGrouped(reversed, 3, 42)));
    }

    private static List<Set<String>> testGroups(List<Folds.Fold> folds) {
        return folds.stream().map(f -> (Set<String>) new java.util.TreeSet<>(
                f.test().stream().map(Row::group).toList())).toList();
    }

    @Test
    void noFoldStaysEmptyEvenWithAHugeGroup() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(row("grand" + i, "grand", "A"));
        }
        rows.add(row("petit1", "petit1", "A"));
        rows.add(row("petit2", "petit2"));
        for (Folds.Fold fold : Folds.stratifiedGrouped(rows, 3, 3)) {
            assertEquals(1, fold.test().stream().map(Row::group).distinct().count());
        }
    }

    @Test
    void tooFewGroupsOrFoldsIsAClearError() {
        List<Row> rows = List.of(row("1", "g1", "A"), row("2", "g1", "A"), row("3", "g2", "B"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Folds.stratifiedGrouped(rows, 3, 0));
        assertTrue(e.getMessage().startsWith("only 2 distinct groups for 3 folds"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Folds.stratifiedGrouped(rows, 1, 0));
    }
}
