package org.cadrage.model;

import java.util.Locale;

/** How an article credits an outlet. */
public enum CreditKind {
    /** Photo, image or video credit: « © Sputnik / Aleksey Nikolsky », « Crédit: TV Zvezda », « (Photo de Reuters) ». */
    PHOTO,
    /** Agency dateline: « MOSCOU, 10 février. /TASS/. », « PARIS (AFP) - ». */
    DATELINE,
    /** A link to an outlet's domain: « https://www.rt.com/... ». */
    LINK,
    /** An outlet named as the origin of information: « selon RIA Novosti », « citée par Reuters ». */
    SOURCE_MENTION;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
