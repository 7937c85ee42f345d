package org.cadrage.model;

import java.util.Locale;

/**
 * The camp of an attribution's source at the time of the article (see {@code training/annotations/ATTRIBUTIONS.md}).
 * Output and data files use {@link #id()}, the lower-case constant name ({@code russia_official}).
 *
 * <p>Immutable and thread-safe.
 */
public enum Camp {
    RUSSIA_OFFICIAL, RUSSIA_STATE_MEDIA, UKRAINE_OFFICIAL, WESTERN_OFFICIAL, OTHER_OFFICIAL, INDEPENDENT_MEDIA,
    EXPERT_OR_OTHER, ANONYMOUS, UNKNOWN;

    /** The lower-case identifier used in output and data files ({@code western_official}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The camp with this identifier.
     *
     * @throws IllegalArgumentException naming the value when {@code id} is {@code null} or no camp's identifier
     */
    public static Camp fromId(String id) {
        for (Camp c : values()) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown camp '" + id + "', expected one of "
                + java.util.Arrays.stream(values()).map(Camp::id).toList());
    }
}
