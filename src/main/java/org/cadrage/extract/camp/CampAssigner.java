package org.cadrage.extract.camp;

import java.time.LocalDate;
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
 * name the resolver cannot place takes the role the article gives it elsewhere (before or after it), a named person
 * with no office anywhere is expert_or_other, a definite title without side (« le ministère ») takes the camp of the
 * source introduced before, a definite medium the article does not place otherwise (« le journal ») is
 * independent_media, and unnamed media are anonymous. Each attribution records the deciding rule
 * in {@code campRule}. Immutable and thread-safe.
 */
public final class CampAssigner {
    /**
     * Plural or indefinite unnamed media (« des médias », « certains journaux »): anonymous sources, not a named
     * medium. Unnamed experts (« des experts », « certains analystes ») stay expert_or_other, flagged anonymous: their
     * side is stated, it is expertise (ATTRIBUTIONS.md).
     */
    private static final Pattern UNNAMED_MEDIA = Pattern.compile("(?iu)(?:les|des|certains|certaines|plusieurs|"
            + "de nombreux|nombre de|d'autres)\\s+(?:médias|journaux)\\b");
    /**
     * A definite determiner and one head noun, with an optional adjective and a complement that states no side
     * (« le ministère », « les autorités locales », « le ministère de la Défense »).
     */
    private static final Pattern DEFINITE_TITLE = Pattern.compile("(?iu)(le|la|les|l['’])\\s*(\\p{L}[\\p{L}-]+)"
            + "(?:\\s+\\p{L}+)?(?:\\s+(?:de|du|des|d['’])\\s*\\S+(?:\\s+\\S+){0,3})?");
    private static final String PERSON_WITHOUT_OFFICE = "person-without-office:";
    /**
     * How far back a singular definite title (« le général ») may name the person named just before: the same or the
     * previous paragraph (a non-blank line), and at most this many sentences (a quotation may hold several).
     */
    private static final int SECOND_MENTION_SENTENCES = 3;
    private static final java.util.Set<String> NP_POS = java.util.Set.of("DET", "NOUN", "ADJ", "ADP", "PROPN");


    private final CampResolver camps;
    private final OutletRegistry outlets;
    private final LocalDate assumed;

    public CampAssigner(CampResolver camps, OutletRegistry outlets) {
        this(camps, outlets, null);
    }

    /**
     * @param assumed the date an article is taken to be from when it has no publication date and its text writes
     *                none (the user's {@code --assume-date}), or {@code null}
     */
    public CampAssigner(CampResolver camps, OutletRegistry outlets, LocalDate assumed) {
        this.camps = camps;
        this.outlets = outlets;
        this.assumed = assumed;
    }

    /** The assigner over the bundled gazetteer, titles and outlet registry. */
    public static CampAssigner load() {
        return load(null);
    }

    /** The same, with a date for articles that have none (see {@link #CampAssigner(CampResolver, OutletRegistry, LocalDate)}). */
    public static CampAssigner load(LocalDate assumed) {
        return new CampAssigner(CampResolver.load(), OutletRegistry.load(), assumed);
    }

    /**
     * The date on which offices are looked up: the article's publication date, or, when it has none, the latest date
     * its text writes or the first day of the full-scale war when it names that war ({@link MentionedDates}), or the
     * assumed date, or {@code null} (see {@link ActorGazetteer} for undated articles).
     */
    public LocalDate dateOf(AnnotatedDocument doc) {
        LocalDate published = doc.article().published();
        LocalDate mentioned = published != null ? null : MentionedDates.lowerBound(doc.text());
        return published != null ? published : mentioned != null ? mentioned : assumed;
    }

    /** The attributions with their camps filled, in the same order. */
    public List<Attribution> assign(List<Attribution> attributions, AnnotatedDocument doc) {
        LocalDate date = dateOf(doc);
        List<Attribution> out = new ArrayList<>(attributions.stream().map(a -> withCamp(a, doc, date)).toList());
        for (int i = 0; i < out.size(); i++) {
            Attribution a = anaphor(out.get(i), out, doc, date);
            if (a.camp().equals(Camp.UNKNOWN.id()) && a.campRule() != null
                    && a.campRule().startsWith(CampResolver.MEDIA_WITHOUT_SIDE)) {
                // « le journal écrit »: a medium with no side, named nowhere else; Russian state media are named
                // (registry) or stated (« médias d'État russes »), so nothing makes this one state-controlled
                a = withCampOf(a, Camp.INDEPENDENT_MEDIA, "media-no-side:"
                        + a.campRule().substring(CampResolver.MEDIA_WITHOUT_SIDE.length()));
            }
            out.set(i, a);
        }
        return List.copyOf(out);
    }

    /**
     * « le ministère a ajouté », « la diplomate a affirmé »: a definite title with no side (left {@code unknown})
     * names a source the article introduced before. The camp is taken from the nearest earlier attribution whose
     * speaker phrase holds the same head noun and whose camp is known, else from the nearest earlier mention of the
     * head noun followed by a side in the text (« le ministère russe de la Défense »); otherwise it stays unknown.
     */
    private Attribution anaphor(Attribution a, List<Attribution> all, AnnotatedDocument doc, LocalDate date) {
        if (!a.camp().equals(Camp.UNKNOWN.id()) || a.speaker() == null) {
            return a;
        }
        String own = a.speaker().text();
        boolean pronoun = camps.isPronoun(own); // « il », « selon ses calculs »: the owner, resolved
        java.util.regex.Matcher m = DEFINITE_TITLE.matcher(pronoun && a.speakerResolved() != null
                ? a.speakerResolved() : own);
        if (!m.matches()) {
            return a;
        }
        String head = m.group(2).toLowerCase(java.util.Locale.ROOT);
        // the head as a word of its own: « l'ex-président » is no antecedent of « le président »
        Pattern word = Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(head) + "(?![\\p{L}-])");
        int at = a.speaker().start();
        Attribution best = null;
        for (Attribution b : all) {
            if (b.speaker() != null && b.speaker().start() < at && !b.camp().equals(Camp.UNKNOWN.id())
                    && !b.camp().equals(Camp.ANONYMOUS.id())
                    && word.matcher(b.speaker().text().toLowerCase(java.util.Locale.ROOT)).find()
                    && (best == null || b.speaker().start() > best.speaker().start())) {
                best = b;
            }
        }
        if (best != null) {
            return withCampOf(a, Camp.fromId(best.camp()), "anaphor:" + best.speaker().text().strip());
        }
        List<Token> before = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                if (t.end() <= at) {
                    before.add(t);
                }
            }
        }
        boolean document = camps.isDocument(head);
        for (int i = before.size() - 1; i >= 0; i--) {
            if (!before.get(i).word().toLowerCase(java.util.Locale.ROOT).equals(head)) {
                continue;
            }
            if (document) {
                // « Le Conseil a indiqué dans un communiqué que … . Le communiqué l'accuse de … »
                Attribution author = issuedIn(before.get(i), all, doc);
                if (author != null) {
                    return withCampOf(a, Camp.fromId(author.camp()),
                            "anaphor-document:" + author.speaker().text().strip());
                }
            }
            int right = i;
            while (right + 1 < before.size() && right - i < 6 && NP_POS.contains(before.get(right + 1).pos())) {
                right++;
            }
            if (right == i) {
                continue;
            }
            CampDecision d = placed(before, i, right, doc, date);
            if (d != null && !d.anonymous()) {
                return withCampOf(a, d.camp(), "anaphor:" + d.rule());
            }
        }
        return m.group(1).equalsIgnoreCase("les") || a.campRule() == null
                || !a.campRule().startsWith(CampResolver.TITLE_WITHOUT_SIDE) ? a : secondMention(a, all, doc, date);
    }

    /**
     * « …, a déclaré le porte-parole du ministère, Igor Konachenkov. « … », a affirmé le général. »: a singular
     * definite title met nowhere before in the article (« le général », « la diplomate ») is news writing's second
     * mention of the person named just before. That person is the last name the recogniser tags PER before the title,
     * in the same or the previous paragraph and at most {@link #SECOND_MENTION_SENTENCES} sentences back; the title
     * takes the camp of that person's nearest earlier attribution, or else the camp the gazetteer or the article gives
     * the name. A person placed only as « a person without office » gives nothing: the title itself says there is an
     * office. Otherwise the attribution is left as it is.
     */
    private Attribution secondMention(Attribution a, List<Attribution> all, AnnotatedDocument doc, LocalDate date) {
        int at = a.speaker().start();
        int sentence = sentenceOf(at, doc);
        String surname = null;
        for (Sentence s : doc.sentences()) {
            if (s.index() < sentence - SECOND_MENTION_SENTENCES || s.index() > sentence) {
                continue;
            }
            for (Token t : s.tokens()) {
                if (t.end() <= at && t.ner().equals("PER") && t.word().length() > 2
                        && paragraphsBetween(doc.text(), t.end(), at) <= 1
                        && Character.isUpperCase(t.word().charAt(0))) {
                    surname = t.word();
                }
            }
        }
        if (surname == null) {
            return a;
        }
        Pattern word = Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(surname) + "(?![\\p{L}-])");
        Attribution best = null;
        for (Attribution b : all) {
            if (b.speaker() != null && b.speaker().end() <= at && b.speakerResolved() != null
                    && word.matcher(b.speakerResolved()).find()
                    && (best == null || b.speaker().start() > best.speaker().start())) {
                best = b;
            }
        }
        CampDecision d = best != null
                ? new CampDecision(Camp.fromId(best.camp()), best.anonymous(), null, best.campRule())
                : fromContext(surname, doc, date, camps.resolve(surname, List.of(), null, date));
        if (d.camp() == Camp.UNKNOWN || d.camp() == Camp.ANONYMOUS
                || (d.rule() != null && (d.rule().startsWith(PERSON_WITHOUT_OFFICE)
                || d.rule().startsWith(CampResolver.METONYM)))) { // « Washington » tagged PER is a capital, no person
            return a;
        }
        return withCampOf(a, d.camp(), "second-mention:" + surname);
    }

    /**
     * The attribution that names {@code mention} as its channel (« a indiqué dans un communiqué »): one whose cue
     * stands in the same sentence as the mention, outside its content, with a speaker and a camp known and not
     * anonymous; {@code null} when there is none.
     */
    private static Attribution issuedIn(Token mention, List<Attribution> all, AnnotatedDocument doc) {
        int sentence = sentenceOf(mention.start(), doc);
        for (Attribution b : all) {
            if (b.speaker() != null && sentenceOf(b.cue().start(), doc) == sentence
                    && !b.content().overlaps(new Span(mention.start(), mention.end()))
                    && !b.camp().equals(Camp.UNKNOWN.id()) && !b.camp().equals(Camp.ANONYMOUS.id())) {
                return b;
            }
        }
        return null;
    }

    /** How many paragraph breaks (a line break followed by a non-blank line) stand between two offsets. */
    private static int paragraphsBetween(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != '\n') {
                continue;
            }
            int j = i + 1;
            while (j < to && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
                j++;
            }
            if (j <= to && j < text.length() && text.charAt(j) != '\n') {
                n++; // a line break followed by text: a paragraph starts
            }
        }
        return n;
    }

    /** The index of the sentence holding character {@code offset}, or -1. */
    private static int sentenceOf(int offset, AnnotatedDocument doc) {
        for (Sentence s : doc.sentences()) {
            if (offset >= s.start() && offset < s.end()) {
                return s.index();
            }
        }
        return -1;
    }

    private static Attribution withCampOf(Attribution a, Camp camp, String rule) {
        return new Attribution(a.type(), a.speaker(), a.speakerResolved(), a.cue(), a.verbLemma(), a.verbStance(),
                a.content(), camp.id(), a.anonymous(), a.nested(), a.via(), rule);
    }

    /**
     * Fills an attribution's camp from its speaker (the antecedent's name for a pronoun), or from the relaying
     * outlet when no speaker is named.
     */
    Attribution withCamp(Attribution a, AnnotatedDocument doc, LocalDate date) {
        String speaker = a.speaker() == null ? null : a.speaker().text();
        boolean pronoun = camps.isPronoun(speaker);
        String phrase = (pronoun || speaker == null) && a.speakerResolved() != null ? a.speakerResolved() : speaker;
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
                ? camps.resolve(a.via() == null ? "" : a.via(), List.of(), null, date)
                : camps.resolve(phrase, tokens, a.via(), date);
        if (d.camp() == Camp.UNKNOWN && a.speakerResolved() != null) {
            d = fromContext(a.speakerResolved(), doc, date, d);
            if (d.camp() == Camp.UNKNOWN && isPersonName(a.speakerResolved(), doc)
                    && !officeWithoutSide(d)) {
                // (not « le porte-parole de l'armée, Iouri Ignat »: the phrase gives an office, only not its side)
                // a named person whom neither the gazetteer nor the article gives any office or side
                d = new CampDecision(Camp.EXPERT_OR_OTHER, false, null, PERSON_WITHOUT_OFFICE
                        + a.speakerResolved().strip());
            }
        }
        if ((d.camp() == Camp.EXPERT_OR_OTHER || d.camp() == Camp.UNKNOWN || d.camp() == Camp.INDEPENDENT_MEDIA)
                && phrase != null && UNNAMED_MEDIA.matcher(phrase).lookingAt()
                && tokens.stream().noneMatch(t -> t.pos().equals("PROPN"))) {
            d = new CampDecision(Camp.ANONYMOUS, true, null, "anonymous:" + phrase.strip()); // « des médias »
        }
        String resolved = a.speakerResolved() != null ? a.speakerResolved() : d.canonicalName();
        return new Attribution(a.type(), a.speaker(), resolved, a.cue(), a.verbLemma(), a.verbStance(), a.content(),
                d.camp().id(), a.anonymous() || d.anonymous(), a.nested(), a.via(), d.rule());
    }

    /**
     * Whether the resolver found an office written in lower case with no side (« porte-parole »), not a first name
     * that is also a title word (« Marine Le Pen »).
     */
    private static boolean officeWithoutSide(CampDecision d) {
        String prefix = CampResolver.TITLE_WITHOUT_SIDE;
        return d.rule() != null && d.rule().startsWith(prefix) && d.rule().length() > prefix.length()
                && Character.isLowerCase(d.rule().charAt(prefix.length()));
    }

    /**
     * A name the resolver cannot place (« Roland Lombardi ») is often introduced elsewhere in the article with its
     * role (« le géopolitologue Roland Lombardi », « Alex Lo, chroniqueur au ... »). Resolves, for each occurrence
     * of the name's last word, the noun phrase around it: up to six determiners, nouns, adjectives and prepositions
     * before it, and an apposition after it (a comma, then up to ten tokens to the next comma or period). The first
     * decision other than unknown wins; otherwise {@code fallback}.
     */
    private CampDecision fromContext(String name, AnnotatedDocument doc, LocalDate date, CampDecision fallback) {
        String[] words = name.strip().split("\\s+");
        String surname = words[words.length - 1];
        if (surname.length() < 3 || !Character.isUpperCase(surname.charAt(0))) {
            return fallback;
        }
        boolean titleWord = java.util.Arrays.stream(words).anyMatch(w -> w.length() > 3 && Character.isLowerCase(w.charAt(0)));
        if (titleWord && words.length >= 2 && Character.isLowerCase(words[words.length - 2].charAt(0))) {
            // a title (« le ministre des Armées »), not a name (« Charles de Gaulle »): its capital word is no surname
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
                int first = left; // the name's first word (« Teresa » in « …, Teresa Ribera »)
                while (first > 0 && t.get(first - 1).pos().equals("PROPN") && i - first < 4) {
                    first--;
                }
                if (left == first && first >= 2 && t.get(first - 1).word().equals(",")) {
                    // « la ministre espagnole de l'Énergie, Teresa Ribera »: an apposition before the name
                    int l = first - 1;
                    while (l > 0 && first - 1 - l < 8 && NP_POS.contains(t.get(l - 1).pos())) {
                        l--;
                    }
                    CampDecision d = l < first - 1 ? placed(t, l, i, doc, date) : null;
                    int head = l;
                    while (head < first - 1 && t.get(head).pos().equals("ADP")) {
                        head++;
                    }
                    if (d != null && d.rule().startsWith("registry:") && head > l && t.get(head).pos().equals("PROPN")) {
                        d = null; // « Invitée sur RTL, Marine Le Pen »: she speaks on the medium, she is not it
                    }
                    if (d != null) {
                        return new CampDecision(d.camp(), false, d.canonicalName(), "context:" + d.rule());
                    }
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
                CampDecision d = placed(t, left, right, doc, date);
                if (d != null) {
                    return new CampDecision(d.camp(), false, d.canonicalName(), "context:" + d.rule());
                }
            }
        }
        return fallback;
    }

    /** The resolver's decision on tokens {@code from..to} (inclusive), or null when it places nobody. */
    private CampDecision placed(List<Token> t, int from, int to, AnnotatedDocument doc, LocalDate date) {
        String phrase = doc.text().substring(t.get(from).start(), t.get(to).end());
        CampDecision d = camps.resolve(phrase, t.subList(from, to + 1), null, date);
        return d.camp() == Camp.UNKNOWN || d.camp() == Camp.ANONYMOUS ? null : d;
    }

    /**
     * Whether {@code name} is a person's name: every word capitalised, and its last word tagged PER by the
     * recogniser somewhere in the document.
     */
    private static boolean isPersonName(String name, AnnotatedDocument doc) {
        String[] words = name.strip().split("\\s+");
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        String last = words[words.length - 1];
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                if (t.word().equals(last) && t.ner().equals("PER")) {
                    return true;
                }
            }
        }
        return false;
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
