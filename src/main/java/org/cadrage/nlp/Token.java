package org.cadrage.nlp;

import java.util.Objects;

/**
 * One token of an annotated sentence. Offsets are into the article's source document. For multi-word tokens
 * (« du » = de + le, « au » = à + le) each part carries the offsets of the whole surface word.
 *
 * @param index  0-based index in the sentence
 * @param word   the token as the NLP pipeline sees it (« de », « le » for « du »)
 * @param pos    Universal POS tag (VERB, AUX, NOUN, ...)
 * @param ner    NER label (PER, LOC, ORG, MISC) or {@code O}
 * @param head   0-based index of the syntactic head in the sentence, or -1 for the root (or no parse)
 * @param deprel Universal Dependencies relation to the head ({@code nsubj}, {@code appos}, ...), or {@code dep}
 */
public record Token(int index, String word, String pos, String ner, int head, String deprel, int start, int end) {
    public Token {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(pos, "pos");
        ner = ner == null ? "O" : ner;
        deprel = deprel == null ? "dep" : deprel;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("token '" + word + "' has invalid offsets " + start + ".." + end);
        }
    }

    public boolean isVerbal() {
        return pos.equals("VERB") || pos.equals("AUX");
    }
}
