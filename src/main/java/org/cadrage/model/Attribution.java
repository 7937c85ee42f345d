package org.cadrage.model;

import java.util.Objects;

/**
 * Who said what. Filled by the attribution extractor (see the README's format section).
 *
 * @param type            {@code direct}, {@code indirect} or {@code according_to}
 * @param speaker         the speaker's words in the text, or {@code null} when none is stated
 * @param speakerResolved the resolved name (a pronoun resolved to an earlier speaker), or {@code null}
 * @param cue             the reporting verb or phrase
 * @param verbLemma       the reporting verb's lemma, or {@code null} for « selon »
 * @param verbStance      the verb's stance class (neutral, assertive, distancing, ...), or {@code null}
 * @param content         the reported content
 * @param camp            source camp id ({@code russia_official}, ..., {@code unknown})
 * @param via             the relaying outlet (« selon Deutsche Welle »), or {@code null}
 * @param campRule        what decided the camp, as {@code kind:detail} (« gazetteer:Dmitri Peskov »,
 *                        « title:porte-parole du Kremlin », « person-without-office:Paul Durand », « ner:ORG »), or
 *                        {@code null} before camps are assigned (and in analyses written before this field existed)
 */
public record Attribution(String type, TextSpan speaker, String speakerResolved, TextSpan cue, String verbLemma,
                          String verbStance, Span content, String camp, boolean anonymous, boolean nested,
                          String via, String campRule) {
    public Attribution {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(camp, "camp");
    }
}
