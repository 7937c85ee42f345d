package org.cadrage.model;

import java.util.Locale;

/** What kind of hedging or distancing a {@link Hedge} is. */
public enum HedgeKind {
    /** Journalistic conditional of any verb: « aurait commis », « se serait tourné ». */
    CONDITIONAL,
    /** Epistemic modal in the conditional: « pourrait », « devrait » of expectation. */
    MODAL,
    /** Epistemic adverb or phrase: « prétendument », « apparemment », « il semble que ». */
    EPISTEMIC,
    /** Distancing adjective: « prétendue invasion », « soi-disant », « présumé ». */
    DISTANCING;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
