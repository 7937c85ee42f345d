package org.cadrage.extract.camp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.cadrage.extract.credit.Outlet;
import org.cadrage.extract.credit.OutletRegistry;
import org.cadrage.model.Attribution;
import org.cadrage.model.Camp;
import org.cadrage.model.Span;
import org.cadrage.nlp.AnnotatedDocument;
import org.cadrage.nlp.Sentence;
import org.cadrage.nlp.Token;

/**
 * Gives each attribution of a document its camp: the {@link CampResolver}'s decision on the speaker phrase (or on the
 * pronoun's antecedent, or on the relaying outlet when no speaker is named), completed from the document itself — a
 * name the resolver cannot place takes the role the article gives it elsewhere, and unnamed experts or media are
 * anonymous. Immutable and thread-safe.
 */
public final class CampAssigner {
    /** Plural or indefinite unnamed experts, observers or media: anonymous sources, not named experts or media. */
    private static final Pattern UNNAMED_EXPERTS = Pattern.compile("(?iu)(?:les|des|certains|plusieurs|de nombreux|"
            + "nombre d'|un|une|d'autres)\\s+(?:experts?|analystes?|spécialistes?|observateurs?|chercheurs?|"
            + "politologues?|économistes?|commentateurs?|médias|journaux|observateurs?)\\b");
    private static final java.util.Set<String> NP_POS = java.util.Set.of("DET", "NOUN", "ADJ", "ADP", "PROPN");
    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("il", "elle", "ils", "elles", "-t-il",
            "-t-elle", "-il", "-elle", "-ils", "-elles", "lui", "eux");


    private final CampResolver camps;
    private final OutletRegistry outlets;

    public CampAssigner(CampResolver camps, OutletRegistry outlets) {
        this.camps = camps;
        this.outlets = outlets;
    }

    /** The assigner over the bundled gazetteer, titles and outlet registry. */
    public static CampAssigner load() {
        return new CampAssigner(CampResolver.load(), OutletRegistry.load());
    }

    /** The attributions with their camps filled, in the same order. */
    public List<Attribution> assign(List<Attribution> attributions, AnnotatedDocument doc) {
        return attributions.stream().map(a -> withCamp(a, doc)).toList();
    }

    /**
     * Fills an attribution's camp from its speaker (the antecedent's name for a pronoun), or from the relaying
     * outlet when no speaker is named.
     */
    Attribution withCamp(Attribution a, AnnotatedDocument doc) {
        String speaker = a.speaker() == null ? null : a.speaker().text();
        boolean pronoun = speaker != null && PRONOUNS.contains(speaker.toLowerCase(java.util.Locale.ROOT).strip());
        String phrase = pronoun && a.speakerResolved() != null ? a.speakerResolved() : speaker;
        List<Token> tokens = new ArrayList<>();
        if (a.speaker() != null && !pronoun) {
            for (Sentence s : doc.sentences()) {
                for (Token t : s.tokens()) {
                    if (a.speaker().span().overlaps(new Span(t.start(), t.end()))) {
                        tokens.add(t);
                    }
                }
            }
        }
        CampDecision d = phrase == null || phrase.isBlank()
                ? camps.resolve(a.via() == null ? "" : a.via(), List.of(), null, doc.article().published())
                : camps.resolve(phrase, tokens, a.via(), doc.article().published());
        if (d.camp() == Camp.UNKNOWN && a.speakerResolved() != null) {
            d = fromContext(a.speakerResolved(), doc, d);
        }
        if ((d.camp() == Camp.EXPERT_OR_OTHER || d.camp() == Camp.UNKNOWN || d.camp() == Camp.INDEPENDENT_MEDIA)
                && phrase != null && UNNAMED_EXPERTS.matcher(phrase).lookingAt()
                && tokens.stream().noneMatch(t -> t.pos().equals("PROPN"))) {
            d = new CampDecision(Camp.ANONYMOUS, true, null, "anonymous:" + phrase.strip()); // « des experts »
        }
        String resolved = a.speakerResolved() != null ? a.speakerResolved() : d.canonicalName();
        return new Attribution(a.type(), a.speaker(), resolved, a.cue(), a.verbLemma(), a.verbStance(), a.content(),
                d.camp().id(), a.anonymous() || d.anonymous(), a.nested(), a.via());
    }

    /**
     * A name the resolver cannot place (« Roland Lombardi ») is often introduced elsewhere in the article with its
     * role (« le géopolitologue Roland Lombardi », « Alex Lo, chroniqueur au ... »). Resolves, for each occurrence
     * of the name's last word, the noun phrase around it: up to six determiners, nouns, adjectives and prepositions
     * before it, and an apposition after it (a comma, then up to ten tokens to the next comma or period). The first
     * decision other than unknown wins; otherwise {@code fallback}.
     */
    private CampDecision fromContext(String name, AnnotatedDocument doc, CampDecision fallback) {
        String[] words = name.strip().split("\\s+");
        String surname = words[words.length - 1];
        if (surname.length() < 3 || !Character.isUpperCase(surname.charAt(0))) {
            return fallback;
        }
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                if (!t.get(i).word().equals(surname)) {
                    continue;
                }
                int left = i;
                while (left > 0 && i - left < 6 && NP_POS.contains(t.get(left - 1).pos())) {
                    left--;
                }
                int right = i;
                if (i + 1 < t.size() && t.get(i + 1).word().equals(",")) {
                    right = i + 1;
                    while (right + 1 < t.size() && right - i < 10 && !t.get(right + 1).word().equals(",")
                            && !t.get(right + 1).word().equals(".") && !t.get(right + 1).isVerbal()) {
                        right++;
                    }
                }
                if (left == i && right == i) {
                    continue;
                }
                String phrase = doc.text().substring(t.get(left).start(), t.get(right).end());
                CampDecision d = camps.resolve(phrase, t.subList(left, right + 1), null, doc.article().published());
                if (d.camp() != Camp.UNKNOWN && d.camp() != Camp.ANONYMOUS) {
                    return new CampDecision(d.camp(), false, d.canonicalName(), "context:" + d.rule());
                }
            }
        }
        return fallback;
    }

    /** Whether an attribution's source, or its relaying outlet, is a state-affiliated medium of the registry. */
    public boolean fromStateMedia(Attribution a) {
        if (a.camp().equals(Camp.RUSSIA_STATE_MEDIA.id())) {
            return true;
        }
        for (String name : new String[] {a.via(), a.speakerResolved()}) {
            if (name != null) {
                java.util.Optional<Outlet> o = outlets.byName(name);
                if (o.isPresent() && o.get().stateAffiliated() && o.get().isMedia()) {
                    return true;
                }
            }
        }
        return false;
    }
}
