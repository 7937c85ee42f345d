package org.cadrage.nlp;

import java.util.List;

/** A sentence: its range in the source document and its tokens in order. */
public record Sentence(int index, int start, int end, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
