package org.cadrage.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.cadrage.model.Attribution;

/** Rules applied to an article's attributions as a whole, after extraction. Stateless and thread-safe. */
final class Voices {
    /** « affirmer sans preuve »: a neutral or assertive verb followed by this is a distancing cue. */
    private static final Pattern WITHOUT_PROOF = Pattern.compile(
            "^[^.;!?\\n]{0,40}?\\bsans (?:apporter |fournir |donner |présenter |avancer )?(?:de |la moindre |aucune |d'|des )?"
                    + "(?:preuves?|éléments? de preuve)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Voices() {
    }

    /**
     * A quoted fragment inside a speaker's own reported speech (« Wallace a affirmé qu'il y avait une “odeur de
     * Munich” ») is part of that attribution, not a second one: counting it again would give the same voice twice
     * (training/annotations/ATTRIBUTIONS.md, "Quoted fragments"). Drops a direct attribution whose content lies
     * inside another attribution's content with the same resolved speaker.
     */
    static List<Attribution> oneVoiceOnce(List<Attribution> all) {
        List<Attribution> kept = new ArrayList<>();
        for (Attribution x : all) {
            boolean fragment = x.type().equals("direct") && x.speakerResolved() != null && all.stream().anyMatch(
                    y -> y != x && !y.content().equals(x.content()) && y.content().contains(x.content())
                            && x.speakerResolved().equals(y.speakerResolved()));
            if (!fragment) {
                kept.add(x);
            }
        }
        return kept;
    }

    /** A verb followed, within its clause, by « sans preuve » (« a affirmé sans preuve que ») becomes distancing. */
    static List<Attribution> withoutProof(List<Attribution> all, String text) {
        List<Attribution> out = new ArrayList<>();
        for (Attribution a : all) {
            String stance = a.verbStance();
            if (stance != null && !stance.equals("distancing")) {
                String after = text.substring(a.cue().end(), Math.min(text.length(), a.cue().end() + 80));
                if (WITHOUT_PROOF.matcher(after).find()) {
                    stance = "distancing";
                }
            }
            out.add(new Attribution(a.type(), a.speaker(), a.speakerResolved(), a.cue(), a.verbLemma(), stance,
                    a.content(), a.camp(), a.anonymous(), a.nested(), a.via(), a.campRule()));
        }
        return out;
    }
}
