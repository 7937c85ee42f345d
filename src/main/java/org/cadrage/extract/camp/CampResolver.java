package org.cadrage.extract.camp;

import org.cadrage.extract.DataFile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cadrage.extract.camp.ActorGazetteer.Actor;
import org.cadrage.extract.camp.ActorGazetteer.Period;
import org.cadrage.extract.camp.PhraseIndex.Hit;
import org.cadrage.extract.camp.TitleCues.Cue;
import org.cadrage.extract.credit.Outlet;
import org.cadrage.extract.credit.OutletRegistry;
import org.cadrage.model.Camp;
import org.cadrage.nlp.Token;

/**
 * Decides the camp of a source from its speaker phrase (« le porte-parole du Kremlin, Dmitri Peskov », « Moscou »,
 * « deux sources diplomatiques russes »). Rules, first that applies wins:
 * <ol>
 *   <li>a DOCUMENT noun heading the phrase and followed by « de » or « par » (« le communiqué de presse de la
 *       Commission », « un bilan fourni par … »): the camp of its author, the rest of the phrase;</li>
 *   <li>« les » and a capitalised plural demonym (« les Russes », « les Occidentaux »): its state's camp
 *       (« demonym:Russes »);</li>
 *   <li>a pronoun alone: unknown (« on »: anonymous);</li>
 *   <li>a PERSON of the actor gazetteer ({@code actors.tsv}) in office on the date (« gazetteer:Dmitri Peskov »); a
 *       name after « de »/« du » (« le porte-parole de Poutine ») is not the speaker but the side of a title;</li>
 *   <li>the head noun (the first title, anonymous, expert or media noun of {@code titles.tsv}): an ex-official
 *       (« ancien ministre ») is expert_or_other (« former:… »); an expert noun is expert_or_other (« expert:… »);
 *       a title or anonymous noun followed within four words by a SIDE — a nationality, a country, an
 *       institution, place or person of the gazetteer, or a body of the outlet registry — takes the side's camp
 *       (« title:porte-parole du Kremlin », « anonymous:sources diplomatiques russes »); a media noun with a side is
 *       russia_state_media with a Russian side and a state word (« médias d'État russes »), unknown with a Russian
 *       side alone, independent_media otherwise;</li>
 *   <li>an INSTITUTION of the gazetteer (« gazetteer:OTAN »);</li>
 *   <li>a body or medium of the outlet registry (« registry:TASS »): government bodies by country, Russian
 *       state-affiliated agencies and state media russia_state_media, other media independent_media, companies
 *       expert_or_other;</li>
 *   <li>a PLACE standing for a government (« metonym:Moscou »), then a country name (« country:Russie »);</li>
 *   <li>a gazetteer person out of office on the date: expert_or_other;</li>
 *   <li>an unnamed source (an anonymous noun, or a head noun after an indefinite determiner): anonymous;</li>
 *   <li>otherwise unknown, never a guess (« title-without-side:ministre », « media-without-side:journal »,
 *       « ner:PER », « ner:ORG », « unresolved »).</li>
 * </ol>
 * Words are compared ignoring case and accents (see {@code titles.tsv}); names written with a capital in the data
 * need a capital in the text, and a one-word name next to an unknown capitalised word (« Hunter Biden ») is not
 * matched.
 *
 * <p>Immutable and thread-safe; indexes are built at load.
 */
public final class CampResolver {
    /** Indefinite pronouns that stand for unnamed people, as words (« d'autres » is « d » + « autres »). */
    private static final Set<String> SOMEONE = Set.of("d autres", "certains", "certaines", "beaucoup", "plusieurs",
            "la plupart", "d aucuns");
    private static String keys(Words words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            b.append(i == 0 ? "" : " ").append(words.get(i).key());
        }
        return b.toString();
    }

    /** Expert nouns that name the head of whatever body follows (« le patron de l'OTAN » is an official). */
    private static final Set<String> BOSSES = Set.of("patron", "patronne");
    private static final Set<String> HEAD_KINDS = Set.of("official", "anonymous", "expert", "media");
    /** Words between a document noun and its author (« le rapport de », « un bilan fourni par », « publié par »). */
    private static final Set<String> DE = Set.of("de", "du", "des", "d");
    private static final int SIDE_WINDOW = 4;
    /** The rule prefix of a media noun with no side (« le journal »): unknown here, settled by {@link CampAssigner}. */
    static final String MEDIA_WITHOUT_SIDE = "media-without-side:";
    /** The rule of a capital or place standing for its state (« Moscou a affirmé »). */
    static final String METONYM = "metonym:";
    /** The rule of a title whose side the phrase does not state (« le ministre »). */
    static final String TITLE_WITHOUT_SIDE = "title-without-side:";

    private final ActorGazetteer actors;
    private final TitleCues cues;
    private final OutletRegistry registry;

    CampResolver(ActorGazetteer actors, TitleCues cues, OutletRegistry registry) {
        this.actors = actors;
        this.cues = cues;
        this.registry = registry;
    }

    private static final class Default {
        static final CampResolver INSTANCE = new CampResolver(
                ActorGazetteer.parse(read("actors.tsv"), "actors.tsv"),
                TitleCues.parse(read("titles.tsv"), "titles.tsv"), OutletRegistry.load());

        private static String read(String resource) {
            return DataFile.read(CampResolver.class, resource);
        }
    }

    /** The resolver over the bundled data files and the default outlet registry, loaded once. */
    public static CampResolver load() {
        return Default.INSTANCE;
    }

    /**
     * A side of a title: words {@code [from, to)} whose camp (and country code, when known) is stated; {@code name}
     * and {@code rule} are set when the side is a gazetteer or registry entry.
     */
    private record Side(int from, int to, Camp camp, String code, String name, String rule) {
    }

    /**
     * Whether {@code speaker} is only pronouns, possessives and articles of {@code titles.tsv} (its {@code pronoun}
     * and {@code lead} kinds: « il », « -t-elle », « ses », « celui-ci »): a phrase whose camp is its antecedent's.
     */
    public boolean isPronoun(String speaker) {
        if (speaker == null || speaker.isBlank()) {
            return false;
        }
        Words words = Words.of(speaker);
        return words.size() > 0 && pronounOnly(words, cues.index.scan(words));
    }

    /** Whether {@code word} is a document noun of {@code titles.tsv} (« communiqué », « rapport », « déclaration »). */
    boolean isDocument(String word) {
        Words words = Words.of(word);
        List<Hit<Cue>> hits = cues.index.scan(words);
        return hits.size() == 1 && hits.get(0).to() - hits.get(0).from() == words.size()
                && hits.get(0).value().kind().equals("document");
    }

    private static boolean pronounOnly(Words words, List<Hit<Cue>> cueHits) {
        return cueHits.stream().allMatch(h -> h.value().kind().equals("pronoun") || h.value().kind().equals("lead"))
                && cueHits.stream().mapToInt(h -> h.to() - h.from()).sum() == words.size();
    }

    /**
     * The camp of a source.
     *
     * @param speaker the speaker phrase as written, or {@code null}/blank when the text names no source
     * @param tokens  the speaker's tokens (for their NER labels), may be empty; {@code null} is read as empty
     * @param via     the relaying outlet (« Reuters »), or {@code null}; it decides only when the speaker is missing
     * @param date    the article's date, or {@code null} (a person's latest period in the gazetteer then applies,
     *                unless it ended before 2020: see {@link ActorGazetteer.Actor#at})
     */
    public CampDecision resolve(String speaker, List<Token> tokens, String via, LocalDate date) {
        if (speaker == null || speaker.isBlank()) {
            Outlet outlet = registry.byName(via).orElse(null);
            Camp camp = outlet == null ? null : registryCamp(outlet);
            return camp != null ? new CampDecision(camp, false, outlet.name(), "via:" + outlet.name())
                    : new CampDecision(Camp.ANONYMOUS, true, null, "no-speaker");
        }
        Words words = Words.of(speaker);
        if (words.size() == 0) {
            return new CampDecision(Camp.UNKNOWN, false, null, "unresolved");
        }
        List<Hit<Actor>> actorHits = actors.index.scan(words);
        actorHits.removeIf(h -> !standsAlone(words, h));
        List<Hit<Outlet>> registryHits = registryHits(speaker, words);
        boolean[] masked = new boolean[words.size()];
        actorHits.forEach(h -> mask(masked, h.from(), h.to()));
        registryHits.forEach(h -> mask(masked, h.from(), h.to()));
        List<Hit<Cue>> cueHits = cues.index.scan(words);
        cueHits.removeIf(h -> masked[h.from()] || masked[h.to() - 1]);

        int start = 0;
        for (Hit<Cue> h : cueHits) {
            if (h.from() == start && h.value().kind().equals("lead")) {
                start = h.to();
            }
        }
        for (Hit<Cue> h : cueHits) {
            if (h.from() == start && h.value().kind().equals("document")) {
                // « le communiqué de presse de la Commission », « un bilan fourni par la présidence »: its author's camp
                int k = h.to();
                while (k < words.size() && (DE.contains(words.get(k).key()) || words.get(k).key().equals("par")
                        || AuthoredParticiples.matches(words.get(k).key()))) {
                    k++;
                }
                if (k > h.to() && k < words.size()) {
                    return resolve(words.text(k, words.size()), List.of(), null, date);
                }
            }
        }
        if (start == 1 && words.size() == 2 && words.get(0).key().equals("les") && words.get(1).capitalised()
                && cueHits.size() == 2 && cueHits.get(1).value().kind().equals("nationality")
                && words.get(1).key().matches(".*[sx]") && cues.camp(cueHits.get(1).value()) != null) {
            // « les Russes affirment », « Pour les Occidentaux, … »: a people named for its state, like « Moscou »
            return new CampDecision(cues.camp(cueHits.get(1).value()), false, null, "demonym:" + words.get(1).text());
        }
        if (SOMEONE.contains(keys(words))) {
            // « Pour d'autres, … », « selon certains »: unnamed people, not a medium nor an office
            return new CampDecision(Camp.EXPERT_OR_OTHER, true, null, "someone:" + words.text(0, words.size()));
        }
        if (pronounOnly(words, cueHits)) {
            boolean on = cueHits.stream().anyMatch(h -> h.value().form().equals("on"));
            String rule = "pronoun:" + words.text(start, words.size());
            return on ? new CampDecision(Camp.ANONYMOUS, true, null, rule) : new CampDecision(Camp.UNKNOWN, false, null, rule);
        }

        Actor outOfOffice = null;
        for (Hit<Actor> h : actorHits) {
            if (h.value().kind().equals("person") && !linkedByDe(words, h.from())) {
                Period p = h.value().at(date);
                if (p != null) {
                    return new CampDecision(p.camp(), false, h.value().name(), "gazetteer:" + h.value().name());
                }
                outOfOffice = outOfOffice == null ? h.value() : outOfOffice;
            }
        }

        final int first = start;
        boolean indefinite = cueHits.stream().anyMatch(h -> h.from() == first && h.value().kind().equals("indefinite"))
                || first < words.size() && words.get(first).key().chars().allMatch(Character::isDigit);
        boolean anonymousNoun = cueHits.stream().anyMatch(h -> h.value().kind().equals("anonymous"));
        Hit<Cue> head = cueHits.stream().filter(h -> HEAD_KINDS.contains(h.value().kind())).findFirst().orElse(null);
        boolean anonymous = anonymousNoun || indefinite && head != null;
        if (head != null) {
            String kind = head.value().kind();
            boolean former = cueHits.stream().anyMatch(h -> h.value().kind().equals("former"));
            if (former && !kind.equals("expert")) {
                return new CampDecision(Camp.EXPERT_OR_OTHER, false, null, "former:" + words.text(start, head.to()));
            }
            if (kind.equals("expert") && BOSSES.contains(words.get(head.from()).key())) {
                // « le patron de l'OTAN », « la patronne de la CIA »: the head of an official body is an official
                for (Hit<Actor> h : actorHits) {
                    Period p = h.value().at(date);
                    if (h.value().kind().equals("institution") && h.from() > head.from() && h.from() <= head.to() + 3
                            && p != null && p.camp() != Camp.EXPERT_OR_OTHER) {
                        return new CampDecision(p.camp(), anonymous, null, "title:" + words.text(head.from(), h.to()));
                    }
                }
            }
            if (kind.equals("expert")) {
                return new CampDecision(Camp.EXPERT_OR_OTHER, anonymous, null, "expert:" + words.text(head.from(), head.to()));
            }
            Side side = officeSide(words, head, cueHits, sides(words, cueHits, actorHits, registryHits, date));
            Hit<Cue> body = side == null || !kind.equals("official") ? null : cueHits.stream()
                    .filter(h -> h.value().kind().equals("expert") && h.from() > head.from() && h.to() <= side.from())
                    .findFirst().orElse(null);
            if (body != null) {
                // « un des dirigeants de la coalition britannique Paix Maintenant »: heads a non-state body
                return new CampDecision(Camp.EXPERT_OR_OTHER, anonymous, null, "expert:" + words.text(head.from(),
                        body.to()));
            }
            if (side != null) {
                String phrase = words.text(head.from(), side.to());
                if (kind.equals("media") && side.name() != null) {
                    return new CampDecision(side.camp(), anonymous, side.name(), side.rule());
                }
                if (kind.equals("media")) {
                    for (Hit<Outlet> h : registryHits) {
                        Camp camp = registryCamp(h.value());
                        if (camp != null && h.from() >= side.to()) {
                            // « le média indépendant russe Meduza »: the outlet named after its description
                            return new CampDecision(camp, anonymous, h.value().name(), "registry:" + h.value().name());
                        }
                    }
                    boolean state = cueHits.stream().anyMatch(h -> h.value().kind().equals("state"));
                    if (!"RU".equals(side.code())) {
                        return new CampDecision(Camp.INDEPENDENT_MEDIA, anonymous, null, "media:" + phrase);
                    }
                    return state ? new CampDecision(Camp.RUSSIA_STATE_MEDIA, anonymous, null, "media:" + phrase)
                            : new CampDecision(Camp.UNKNOWN, anonymous, null, "media-unresolved:" + phrase);
                }
                return new CampDecision(side.camp(), anonymous, null, (anonymous ? "anonymous:" : "title:") + phrase);
            }
        }
        for (Hit<Actor> h : actorHits) {
            if (h.value().kind().equals("institution")) {
                Period p = h.value().at(date);
                if (p != null) {
                    return new CampDecision(p.camp(), anonymous, h.value().name(), "gazetteer:" + h.value().name());
                }
            }
        }
        for (Hit<Outlet> h : registryHits) {
            Camp camp = registryCamp(h.value());
            if (camp != null) {
                return new CampDecision(camp, anonymous, h.value().name(), "registry:" + h.value().name());
            }
        }
        for (Hit<Actor> h : actorHits) {
            if (h.value().kind().equals("place") && h.value().at(date) != null) {
                return new CampDecision(h.value().at(date).camp(), anonymous, h.value().name(),
                        METONYM + h.value().name());
            }
        }
        for (Hit<Cue> h : cueHits) {
            if (h.value().kind().equals("country")) {
                return new CampDecision(cues.camp(h.value()), anonymous, null, "country:" + words.text(h.from(), h.to()));
            }
        }
        if (outOfOffice != null) {
            return new CampDecision(Camp.EXPERT_OR_OTHER, false, outOfOffice.name(),
                    "gazetteer-out-of-office:" + outOfOffice.name());
        }
        if (anonymous) {
            return new CampDecision(Camp.ANONYMOUS, true, null, "anonymous:" + words.text(start, words.size()));
        }
        if (head != null) {
            String prefix = head.value().kind().equals("media") ? MEDIA_WITHOUT_SIDE : TITLE_WITHOUT_SIDE;
            return new CampDecision(Camp.UNKNOWN, false, null, prefix + words.text(head.from(), head.to()));
        }
        List<Token> ts = tokens == null ? List.of() : tokens;
        for (String ner : List.of("PER", "ORG")) {
            if (ts.stream().anyMatch(t -> t.ner().equals(ner))) {
                return new CampDecision(Camp.UNKNOWN, false, null, "ner:" + ner);
            }
        }
        return new CampDecision(Camp.UNKNOWN, false, null, "unresolved");
    }

    /** The camp a registry outlet gives a source, or {@code null} for platforms (a platform is no source). */
    private Camp registryCamp(Outlet o) {
        return switch (o.type()) {
            case "government_body" -> cues.campByCode.getOrDefault(o.country(), Camp.OTHER_OFFICIAL);
            case "company" -> Camp.EXPERT_OR_OTHER;
            case "platform" -> null;
            default -> o.country().equals("RU") && o.stateAffiliated() && o.isMedia() ? Camp.RUSSIA_STATE_MEDIA
                    : Camp.INDEPENDENT_MEDIA;
        };
    }

    private List<Hit<Outlet>> registryHits(String speaker, Words words) {
        List<Hit<Outlet>> hits = new ArrayList<>();
        for (OutletRegistry.NameHit n : registry.scan(speaker)) {
            int from = -1;
            int to = -1;
            for (int i = 0; i < words.size(); i++) {
                Words.Word w = words.get(i);
                if (w.originalStart() >= n.start() && w.originalEnd() <= n.end()) {
                    from = from < 0 ? i : from;
                    to = i + 1;
                }
            }
            if (from >= 0) {
                hits.add(new Hit<>(from, to, n.outlet()));
            }
        }
        return hits;
    }

    /** Every side in the phrase, left to right. */
    private List<Side> sides(Words words, List<Hit<Cue>> cueHits, List<Hit<Actor>> actorHits,
                             List<Hit<Outlet>> registryHits, LocalDate date) {
        List<Side> sides = new ArrayList<>();
        for (Hit<Cue> h : cueHits) {
            if (h.value().code() != null) {
                sides.add(new Side(h.from(), h.to(), cues.camp(h.value()), h.value().code(), null, null));
            }
        }
        for (Hit<Actor> h : actorHits) {
            Period p = h.value().at(date);
            Camp camp = p == null ? Camp.EXPERT_OR_OTHER : p.camp();
            sides.add(new Side(h.from(), h.to(), camp, p == null ? null : p.country(), h.value().name(),
                    "gazetteer:" + h.value().name()));
        }
        for (Hit<Outlet> h : registryHits) {
            Camp camp = registryCamp(h.value());
            if (camp != null) {
                sides.add(new Side(h.from(), h.to(), camp, h.value().country(), h.value().name(),
                        "registry:" + h.value().name()));
            }
        }
        sides.sort(java.util.Comparator.comparingInt(Side::from));
        return sides;
    }

    /**
     * The side of a title: its own ({@link #side}), or, for an office, that of an office its complement names within
     * {@link #SIDE_WINDOW} words (« le porte-parole de l'armée de l'air ukrainienne »); {@code null} when none.
     */
    private static Side officeSide(Words words, Hit<Cue> head, List<Hit<Cue>> cueHits, List<Side> sides) {
        Side own = side(words, head, sides);
        if (own != null || !head.value().kind().equals("official")) {
            return own;
        }
        for (Hit<Cue> h : cueHits) {
            if (h.value().kind().equals("official") && h.from() > head.to() && h.from() - head.to() <= SIDE_WINDOW
                    && linkedByDe(words, h.from()) && !words.breakBetween(head.to() - 1, h.from())) {
                Side s = side(words, h, sides);
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }

    /** The first side starting within {@link #SIDE_WINDOW} words after the head noun, with no punctuation between. */
    private static Side side(Words words, Hit<Cue> head, List<Side> sides) {
        for (Side s : sides) {
            if (s.from() >= head.to() && s.from() - head.to() <= SIDE_WINDOW && !words.breakBetween(head.to() - 1, s.from())) {
                return s;
            }
        }
        return null;
    }

    /** Whether words {@code [.., i)} end with « de », « du », « des », « d' », « de la » or « de l' ». */
    private static boolean linkedByDe(Words words, int i) {
        if (i >= 1 && DE.contains(words.get(i - 1).key())) {
            return true;
        }
        return i >= 2 && words.get(i - 2).key().equals("de") && Set.of("la", "l").contains(words.get(i - 1).key());
    }

    /**
     * Whether a one-word capitalised name stands alone: not next to another capitalised word that no data file knows
     * (« Hunter Biden », « Michel Goya »). Names of several words always stand, and so does a surname after another
     * spelling of the person's first name, one that begins with the same two letters (« Serguiï » for « Serhiï »,
     * « Dmitry » for « Dmitri »): transliterations from Cyrillic vary.
     */
    private boolean standsAlone(Words words, Hit<Actor> h) {
        if (h.to() - h.from() > 1) {
            return true;
        }
        boolean leftFree = !unknownCapital(words, h.from() - 1, h.from())
                || sameFirstName(h.value(), words.get(h.from() - 1));
        return leftFree && !unknownCapital(words, h.to(), h.to());
    }

    private static boolean sameFirstName(Actor actor, Words.Word word) {
        String[] name = actor.name().split(" ");
        if (name.length < 2 || word.key().length() < 3) {
            return false;
        }
        String first = Words.key(name[0]);
        return first.length() >= 3 && first.regionMatches(0, word.key(), 0, 2);
    }

    /** Whether word {@code i} is capitalised, unknown to the data files, and not separated by punctuation at {@code joint}. */
    private boolean unknownCapital(Words words, int i, int joint) {
        if (i < 0 || i >= words.size() || !words.get(i).capitalised() || words.get(joint).breakBefore()) {
            return false;
        }
        Words one = Words.of(words.get(i).text());
        return cues.index.scan(one).isEmpty() && actors.index.scan(one).isEmpty();
    }

    private static void mask(boolean[] masked, int from, int to) {
        for (int i = from; i < to; i++) {
            masked[i] = true;
        }
    }
}
