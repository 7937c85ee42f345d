package org.cadrage.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {
    private static final Words WORDS = Words.load();

    @Test
    void phraseAtMatchesTheLongestAdverbialPhraseAtThatToken() {
        List<String> toks = List.of("il", "dénonce", "à", "plusieurs", "reprises", "le", "rapport");
        assertEquals(3, WORDS.phraseAt("adverbial", toks, 2));
        assertEquals(0, WORDS.phraseAt("adverbial", toks, 3), "only from the phrase's first word");
        assertEquals(0, WORDS.phraseAt("adverbial", List.of("à", "plusieurs"), 0), "a phrase cut by the end");
        assertEquals(4, WORDS.phraseAt("adverbial", List.of("une", "fois", "de", "plus"), 0));
    }

    @Test
    void rolesAreReadFromTheDataFile() {
        assertEquals(true, WORDS.is("question-verb", "demander"));
        assertEquals(true, WORDS.is("interrogative", "s'"));
        assertEquals(false, WORDS.is("interrogative", "que"));
        assertThrows(IllegalArgumentException.class, () -> WORDS.is("no-such-role", "x"));
    }
}
