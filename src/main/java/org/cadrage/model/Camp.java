package org.cadrage.model;

import java.util.Locale;

/** The side a source belongs to (definitions in training/annotations/ATTRIBUTIONS.md and the README). */
public enum Camp {
    RUSSIA_OFFICIAL, RUSSIA_STATE_MEDIA, UKRAINE_OFFICIAL, WESTERN_OFFICIAL, OTHER_OFFICIAL, INDEPENDENT_MEDIA,
    EXPERT_OR_OTHER, ANONYMOUS, UNKNOWN;

    /** The lower-case id used in JSON output. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
