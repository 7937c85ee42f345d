package org.cadrage.model;

/** Kinds of non-article text found around or inside scraped articles. */
public enum BoilerplateKind {
    COOKIE_BANNER, SHARE_WIDGET, SUBSCRIPTION_APPEAL, PROMO_LINKS, RELATED_LINKS, NAVIGATION;

    /** The lower-case name used in JSON output. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
