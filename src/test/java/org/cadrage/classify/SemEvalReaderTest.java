package org.cadrage.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cadrage.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SemEvalReaderTest {
    @TempDir
    Path dir;

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private LabelDataException fails(String task) {
        return assertThrows(LabelDataException.class, () -> SemEvalReader.read(dir, task));
    }

    @Test
    void readsGenreOnePerArticleWithWholeTextSpans() throws Exception {
        String text = "Le gouvernement a tranché.\r\n\r\nL’opposition proteste.\r\n";
        write("train-articles-subtask-1/article12.txt", text);
        write("train-articles-subtask-1/article7.txt", "Une satire du Kremlin");
        Path labels = write("train-labels-subtask-1.txt", "7\tsatire\n12\treporting\n");
        LabeledSet set = SemEvalReader.read(dir, "genre");
        assertEquals(TaskKind.SINGLE_LABEL, set.kind());
        assertEquals(Unit.ARTICLE, set.unit());
        assertEquals(List.of("reporting", "satire"), set.labelSet());
        assertEquals(List.of("12", "7"), set.articles().stream().map(LabeledArticle::id).toList());
        LabeledItem first = set.items().get(0);
        assertEquals("12", first.id());
        assertEquals(new Span(0, text.length()), first.span());
        assertEquals(54, text.length());
        assertEquals(List.of("reporting"), first.labels());
        assertEquals(List.of("satire"), set.items().get(1).labels());
        assertEquals(List.of(), set.warnings());
        assertEquals(3, set.inputHashes().size());
        assertEquals(DataFiles.sha256(Files.readAllBytes(labels)), set.inputHashes().get(labels.toString()));
        assertEquals(64, set.inputHashes().get(labels.toString()).length());
        assertEquals(null, set.articles().get(0).outlet());
    }

    @Test
    void techniquesAreNumberedLinesWithSpansExcludingCrlf() throws Exception {
        String text = "Titre : la guerre des mots\r\n\r\nPremier paragraphe, très alarmiste.\r\n\r\nDernier mot.";
        write("train-articles-subtask-3/article5.txt", text);
        write("scorers/techniques_subtask3.txt", "Loaded_Language\nDoubt\nSlogans\n");
        write("train-labels-subtask-3.txt", "5\t1\tSlogans\n5\t3\tLoaded_Language,Doubt\n5\t5\t\n");
        LabeledSet set = SemEvalReader.read(dir, "techniques");
        assertEquals(TaskKind.MULTI_LABEL, set.kind());
        assertEquals(Unit.PARAGRAPH, set.unit());
        assertEquals(List.of("Doubt", "Loaded_Language", "Slogans"), set.labelSet());
        assertEquals(List.of("5#1", "5#3", "5#5"), set.items().stream().map(LabeledItem::id).toList());
        assertEquals("Titre : la guerre des mots", set.items().get(0).span().of(text));
        assertEquals("Premier paragraphe, très alarmiste.", set.items().get(1).span().of(text));
        assertEquals(List.of("Doubt", "Loaded_Language"), set.items().get(1).labels());
        assertEquals(new Span(text.length() - 12, text.length()), set.items().get(2).span());
        assertEquals(List.of(), set.items().get(2).labels());
        assertEquals("5", set.items().get(2).articleId());
        assertEquals(List.of(), set.warnings());
    }

    @Test
    void paragraphBeyondTheArticleOrOnABlankLineIsAWarning() throws Exception {
        write("train-articles-subtask-3/article5.txt", "Une ligne.\n\nDeux lignes.\n");
        Path labels = write("train-labels-subtask-3.txt", "5\t1\tDoubt\n5\t2\t\n5\t4\tDoubt\n");
        LabeledSet set = SemEvalReader.read(dir, "techniques");
        assertEquals(List.of("5#1"), set.items().stream().map(LabeledItem::id).toList());
        assertEquals(List.of("Doubt"), set.labelSet());
        assertEquals(2, set.warnings().size());
        assertTrue(set.warnings().get(0).startsWith(labels + ":2: paragraph 2 of article 5 is a blank line"),
                set.warnings().get(0));
        assertTrue(set.warnings().get(1).startsWith(labels + ":3: paragraph 4 is beyond the 3 lines"),
                set.warnings().get(1));
    }

    @Test
    void framesUseTheScorersLabelSetBeforeTheTopLevelOne() throws Exception {
        write("train-articles-subtask-2/article1.txt", "Texte sur l'économie et la sécurité.");
        write("scorers/frames_subtask2.txt", "Economic\nSecurity_and_defense\nMorality\n");
        write("frames_subtask2.txt", "Morality\n");
        write("train-labels-subtask-2.txt", "1\tSecurity_and_defense,Economic\n");
        LabeledSet set = SemEvalReader.read(dir, "frames");
        assertEquals(List.of("Economic", "Morality", "Security_and_defense"), set.labelSet());
        assertEquals(List.of("Economic", "Security_and_defense"), set.items().get(0).labels());
        assertEquals(3, set.inputHashes().size(), "the scorer file is hashed, the top-level one not read");
        assertTrue(set.inputHashes().containsKey(dir.resolve("scorers/frames_subtask2.txt").toString()));
    }

    @Test
    void topLevelLabelSetWhenNoScorersAndUndeclaredLabelIsAnError() throws Exception {
        write("train-articles-subtask-2/article1.txt", "Un texte.");
        write("train-articles-subtask-2/article2.txt", "Un autre texte.");
        write("frames_subtask2.txt", "Morality\nPolitical\n");
        Path labels = write("train-labels-subtask-2.txt", "1\tPolitical\n2\tMorality,Economic\n");
        LabelDataException e = fails("frames");
        assertTrue(e.getMessage().startsWith(labels + ":2: label 'Economic' is not in the declared label set"),
                e.getMessage());
    }

    @Test
    void readsTrainAndDevAndRejectsIdsInBoth() throws Exception {
        write("train-articles-subtask-1/article1.txt", "Premier texte.");
        write("train-labels-subtask-1.txt", "1\topinion\n");
        write("dev-articles-subtask-1/article2.txt", "Deuxième texte.");
        Path dev = write("dev-labels-subtask-1.txt", "2\treporting\n");
        LabeledSet set = SemEvalReader.read(dir, "genre");
        assertEquals(List.of("1", "2"), set.items().stream().map(LabeledItem::id).toList());
        assertTrue(set.articles().get(1).source().endsWith("dev-articles-subtask-1/article2.txt"));

        write("dev-articles-subtask-1/article1.txt", "Encore le premier.");
        write("dev-labels-subtask-1.txt", "2\treporting\n1\topinion\n");
        LabelDataException e = fails("genre");
        assertEquals(dev + ":2: duplicate id 1, already in the train labels", e.getMessage());
    }

    @Test
    void malformedLinesAreErrorsNamingFileAndLine() throws Exception {
        write("train-articles-subtask-1/article1.txt", "Un texte.");
        Path genre = write("train-labels-subtask-1.txt", "1\topinion\textra\n");
        assertEquals(genre + ":1: expected 2 tab-separated fields, found 3", fails("genre").getMessage());
        write("train-labels-subtask-1.txt", "1\topinion,satire\n");
        assertEquals(genre + ":1: genre is single-label, found [opinion, satire]", fails("genre").getMessage());
        write("train-labels-subtask-1.txt", "1\topinion\n\t satire\n");
        assertEquals(genre + ":2: blank article id", fails("genre").getMessage());
        write("train-labels-subtask-1.txt", "1\topinion\n1\tsatire\n");
        assertEquals(genre + ":2: duplicate id 1", fails("genre").getMessage());

        write("train-articles-subtask-3/article1.txt", "Une ligne.");
        Path tech = write("train-labels-subtask-3.txt", "1\tun\tDoubt\n");
        assertEquals(tech + ":1: paragraph number 'un' is not a positive integer", fails("techniques").getMessage());
        write("train-labels-subtask-3.txt", "1\t0\tDoubt\n");
        assertEquals(tech + ":1: paragraph number '0' is not a positive integer", fails("techniques").getMessage());
        write("train-labels-subtask-3.txt", "1\t1\tDoubt,,Slogans\n");
        assertEquals(tech + ":1: empty label in 'Doubt,,Slogans'", fails("techniques").getMessage());
        write("train-labels-subtask-3.txt", "1\t1\tDoubt\n1\t1\tSlogans\n");
        assertEquals(tech + ":2: duplicate id 1#1", fails("techniques").getMessage());
        write("train-labels-subtask-3.txt", "1\t1\n");
        assertEquals(tech + ":1: expected 3 tab-separated fields, found 2", fails("techniques").getMessage());
    }

    @Test
    void missingTextUnlabeledFilesAndEmptyArticlesAreCountedWarnings() throws Exception {
        write("train-articles-subtask-1/article1.txt", "Un vrai texte.");
        Path unlabeled = write("train-articles-subtask-1/article2.txt", "Sans étiquette.");
        Path empty = write("train-articles-subtask-1/article3.txt", " \r\n\r\n");
        Path labels = write("train-labels-subtask-1.txt", "1\topinion\n3\tsatire\n4\treporting\n5\t\n");
        Path devArticles = dir.resolve("dev-articles-subtask-1");
        write("dev-articles-subtask-1/article9.txt", "Un texte de dev sans étiquettes.");
        LabeledSet set = SemEvalReader.read(dir, "genre");
        assertEquals(List.of("1"), set.items().stream().map(LabeledItem::id).toList());
        assertEquals(List.of("1"), set.articles().stream().map(LabeledArticle::id).toList());
        assertEquals(List.of("opinion"), set.labelSet());
        List<String> w = set.warnings();
        assertEquals(5, w.size(), w.toString());
        assertEquals(labels + ":4: no genre for article 5; skipped", w.get(0));
        assertEquals(unlabeled + ": article file with no labels; not read", w.get(1));
        assertTrue(w.get(2).startsWith(empty + ": empty article"), w.get(2));
        assertTrue(w.get(3).startsWith(labels + ":3: labels for article 4 but no "), w.get(3));
        assertTrue(w.get(4).startsWith(devArticles + ": no dev-labels-subtask-1.txt"), w.get(4));
    }

    @Test
    void missingLayoutUnknownTaskAndBadEncodingAreClearErrors() throws Exception {
        LabelDataException missing = fails("frames");
        assertTrue(missing.getMessage().contains("no train-labels-subtask-2.txt"), missing.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> SemEvalReader.read(dir, "stance"));
        assertTrue(unknown.getMessage().contains("[genre, frames, techniques]"), unknown.getMessage());

        Files.createDirectories(dir.resolve("train-articles-subtask-1"));
        Path latin1 = dir.resolve("train-articles-subtask-1/article1.txt");
        Files.write(latin1, "Opinion tranchée".getBytes(StandardCharsets.ISO_8859_1));
        write("train-labels-subtask-1.txt", "1\topinion\n");
        assertEquals(latin1 + ": not valid UTF-8", fails("genre").getMessage());
    }

    @Test
    void aByteOrderMarkInTheLabelsFileIsNotPartOfTheFirstId() throws Exception {
        write("train-articles-subtask-1/article1.txt", "Un texte.");
        write("train-labels-subtask-1.txt", "\uFEFF1\topinion\r\n");
        LabeledSet set = SemEvalReader.read(dir, "genre");
        assertEquals(List.of("1"), set.items().stream().map(LabeledItem::id).toList());
        assertEquals(List.of(), set.warnings());
    }
}
