package org.cadrage.classify;

/** What a label is attached to: a whole article, or one paragraph (a line of the article file). */
public enum Unit {
    ARTICLE, PARAGRAPH
}
