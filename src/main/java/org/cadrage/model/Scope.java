package org.cadrage.model;

import java.util.Locale;

/** Whose voice a hedge belongs to: the journalist's own ({@code narrator}) or a reported source's ({@code attributed}). */
public enum Scope {
    NARRATOR, ATTRIBUTED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
