package org.cadrage.extract.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cadrage.extract.Extractor;
import org.cadrage.extract.camp.AuthoredParticiples;
import org.cadrage.extract.camp.CampDecision;
import org.cadrage.extract.camp.CampResolver;
import org.cadrage.extract.credit.Outlet;
import org.cadrage.extract.credit.OutletRegistry;
import org.cadrage.model.Attribution;
import org.cadrage.model.Camp;
import org.cadrage.model.Span;
import org.cadrage.model.TextSpan;
import org.cadrage.nlp.AnnotatedDocument;
import org.cadrage.nlp.Sentence;
import org.cadrage.nlp.Token;

/**
 * Finds attributions (who said what) as defined by {@code training/annotations/ATTRIBUTIONS.md}:
 * <ul>
 *   <li>{@code direct}: a quotation (see {@link Quotation}) with a cue after it (« … », a déclaré X / a-t-il
 *       ajouté / selon X), inside it as an incise (« …, a-t-il dit, … »), before it with a colon (X a déclaré :
 *       « … », a named subject and a colon, or a headline « X : « … » »), or around it (a quotation of more than
 *       three words in the clause of a reporting verb; shorter quoted fragments are part of the reported
 *       speech); a quoted label (« a qualifié de « … » », the quoted words only); a quotation with no cue of its
 *       own chained to a neighbour's (« « … », a déclaré X. « … » », « « … », « … », fait-il savoir »); the
 *       unquoted paragraph after a reporting verb whose paragraph ends with a colon (a block quotation);</li>
 *   <li>{@code indirect}: a reporting verb with a {@code que} clause, an infinitive clause, an indirect question
 *       (« demande si »), a colon, a noun-phrase object of a judging or listed verb (« dénonce le rapport »,
 *       « avoue des erreurs »), or a clause before a postposed inverted cue (« …, a assuré Peskov »);
 *       gerunds (« ajoutant que ») take their sentence's speaker; requests with an infinitive (« presse X de
 *       livrer », « a appelé à négocier »); « se dire » + adjective; « Comme le rappelle X, … »; a quotation that
 *       only ends a clause before a postposed cue (the whole clause); headlines « … – chef de l'armée »,
 *       « Zakharova : … » and « Le ministère russe de la Défense : … »; « Et d'ajouter que … » and « avant de
 *       préciser que … », whose unexpressed speaker is the latest one;</li>
 *   <li>{@code according_to}: « selon X », « d'après X », « cité par X », « de source X », a fronted « Pour X, »
 *       (X a name, a pronoun, or people named by office, trade or medium); the content is the clause the cue sits
 *       in, bounded by « ; », « : » and parentheses.</li>
 * </ul>
 * Speakers come from the dependency parse when there is one (the verb's {@code nsubj} and its noun phrase), else
 * from surface rules; pronoun speakers resolve to the latest compatible earlier speaker. A medium named by « selon »
 * or « cité par » in a sentence that has another attribution becomes that attribution's {@code via}. Camps are
 * left {@code unknown}.
 *
 * <p>Stateless and thread-safe; {@link #extract} rejects {@code null} and returns attributions sorted by content
 * then cue.
 */
public final class AttributionExtractor implements Extractor<Attribution> {
    /** Endings of imperfect and past-historic forms, which no French noun has. */
    private static final Pattern FINITE_ENDING = Pattern.compile("(?:ait|aient|èrent|irent|âmes|îmes)$");
    /** Past participles (« qualifié », « décrite », « désignés »). */
    private static final Pattern PARTICIPLE = Pattern.compile("(?:é|ée|és|ées|it|ite|its|ites)$");
    /** Present forms that look like participles (« il dit », « il écrit », « il prédit »). */
    private static final Pattern FINITE_PRESENT = Pattern.compile("(?:dit|écrit|crit)$");
    /** Participles whose « par » agent wrote or released a document (« communiqués par », « publiée par »). */
    private static final Set<String> MEDIA = Set.of("news_agency", "state_media", "independent_media", "platform");
    private static final int SHORT_QUOTE_WORDS = 3;
    /** Fewest words of a quoted paragraph taken as the previous speaker going on (fewer: an intertitle). */
    private static final int CONTINUATION_WORDS = 6;
    /**
     * First words of a subordinate clause fronted before its main clause (« si la Russie attaque, elle … », « quand »,
     * « même si », « une fois que », « bien que », « alors que », « tant que », « pour que », « sans que »): reported
     * content opening with one keeps the main clause after the comma.
     */
    private static final Set<String> FRONTED_SUBORDINATE = Set.of("si", "s'", "quand", "lorsque", "lorsqu'",
            "puisque", "puisqu'", "comme", "dès", "tant", "une", "même", "bien", "alors", "tandis", "pendant", "avant",
            "après", "parce", "faute", "sans", "pour");
    /** Focusing adverbs between a speaker and its comma (« Pour Macron notamment, … »). */
    private static final Set<String> FOCUS = Set.of("notamment", "surtout", "aussi", "également");
    /** Words that continue a list of addressees after a comma (« à l'ONU, à la Croix-Rouge, aux ONG de … »). */
    private static final Set<String> ADDRESSEE_LINKS = Set.of("à", "au", "aux", "et");
    /** Prepositions that end a subject after its verb: what follows says where or when it spoke. */
    private static final Set<String> AFTER_SUBJECT = Set.of("sur", "dans", "lors", "devant", "pendant", "depuis", "à",
            "au", "aux", "en");
    /** Stressed pronouns that repeat a subject between commas (« La Russie, elle, accuse … »). */
    private static final Set<String> STRESSED = Set.of("lui", "elle", "eux", "elles");
    /** Object pronouns before a verb (« l'accuse de », « les accuse de »). */
    private static final Set<String> OBJECT_CLITICS = Set.of("l'", "le", "la", "les");
    /** Fewest words of a quotation inside which a third party's reported statement is looked for. */
    private static final int PROSE_MIN_WORDS = 20;
    /** Subject pronouns that open a clause after a comma. */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("il", "elle", "ils", "elles", "on", "nous", "je", "j'");
    /** A subject pronoun fused with an elided conjunction in one token (« lorsqu'il », « puisqu'elles »). */
    private static final Pattern FUSED_PRONOUN = Pattern.compile("(?:lorsqu|puisqu|quoiqu|qu)'(il|elle|ils|elles)");
    /** Fewest words of an unquoted paragraph taken as the statement a colon announces. */
    private static final int BLOCK_MIN_WORDS = 5;
    /** Marks that may open a quotation. */
    private static final String QUOTE_OPENERS = "«“„\"‘";
    private static final Pattern VERB_CLITIC = Pattern.compile(
            "(?i)(\\p{L}+)(-t-(?:il|elle|on|ils|elles)|-(?:il|elle|on|ils|elles))");

    /** Places a headline's opening noun phrase (« Le ministère russe de la Défense : … »). */
    private static final CampResolver CAMPS = CampResolver.load();

    private final ReportingVerbs verbs;
    private final OutletRegistry outlets;
    private final Words words = Words.load();

    /** The extractor with the bundled reporting verbs and outlet registry. */
    public AttributionExtractor() {
        this(ReportingVerbs.load(), OutletRegistry.load());
    }

    public AttributionExtractor(ReportingVerbs verbs, OutletRegistry outlets) {
        this.verbs = Objects.requireNonNull(verbs, "verbs");
        this.outlets = Objects.requireNonNull(outlets, "outlets");
    }

    @Override
    public List<Attribution> extract(AnnotatedDocument document) {
        Objects.requireNonNull(document, "document");
        return Voices.oneVoiceOnce(Voices.withoutProof(new Run(document).run(), document.text()));
    }

    /** A verb group: first token, the reporting verb, an inverted clitic (or -1), passive voice. */
    private record Group(int start, int verb, int clitic, boolean passive, ReportingVerb lexeme) {
        int after() {
            return Math.max(verb, clitic) + 1;
        }
    }

    /** A speaker: token range [from, to] (inclusive), or {@code from == -1} for none. */
    private record Speaker(int from, int to) {
        static final Speaker NONE = new Speaker(-1, -1);

        boolean present() {
            return from >= 0;
        }
    }

    /** An attribution being built. */
    private static final class Draft {
        String type;
        Speaker speaker;
        Span cue;
        ReportingVerb verb;
        Span content;
        boolean nested;
        String via;
        int sentence;
        /** The speaker is unexpressed and is the latest one (« Et d'ajouter : … »). */
        boolean zero;
        /** One of several coordinated sources sharing the cue and content (« Moscou et Kiev évoquent … »). */
        boolean conjunct;

        Draft(String type, Speaker speaker, Span cue, ReportingVerb verb, Span content, int sentence) {
            this.type = type;
            this.speaker = speaker;
            this.cue = cue;
            this.verb = verb;
            this.content = content;
            this.sentence = sentence;
        }
    }

    /** The state of one extraction over one document. */
    private final class Run {
        private final String text;
        private final List<Token> toks = new ArrayList<>();
        private final List<String> low = new ArrayList<>();
        private final List<Integer> sentenceOf = new ArrayList<>();
        private final List<Integer> sentenceStart = new ArrayList<>();
        private final List<Integer> sentenceEnd = new ArrayList<>();
        private final List<Integer> base = new ArrayList<>();
        private final List<Quotation> quotes;
        private final Set<Integer> usedVerbs = new HashSet<>();
        private final List<Draft> drafts = new ArrayList<>();
        private final boolean parsed;
        private final java.time.LocalDate published;

        Run(AnnotatedDocument document) {
            this.text = document.text();
            this.published = document.article().published();
            boolean anyHead = false;
            for (Sentence s : document.sentences()) {
                int b = toks.size();
                for (Token t : s.tokens()) {
                    for (Token part : splitClitic(t, toks.size() - b)) {
                        toks.add(part);
                        low.add(unfused(Words.norm(part.word())));
                        sentenceOf.add(sentenceStart.size());
                        base.add(b);
                    }
                    anyHead |= t.head() >= 0;
                }
                sentenceStart.add(b);
                sentenceEnd.add(toks.size() - 1);
            }
            this.parsed = anyHead;
            this.quotes = Quotation.find(document.analysisText());
        }

        /**
         * The subject pronoun of a token that fuses it with an elided conjunction (« lorsqu'il », « puisqu'elle »,
         * one token for the French tokenizer), or the word itself.
         */
        private static String unfused(String w) {
            Matcher m = FUSED_PRONOUN.matcher(w);
            return m.matches() ? m.group(1) : w;
        }

        /** The speaker's span: its tokens, or only the pronoun of a fused « lorsqu'il ». */
        private TextSpan speakerSpan(Speaker sp) {
            Span s = span(sp.from(), sp.to());
            if (sp.from() == sp.to() && FUSED_PRONOUN.matcher(Words.norm(toks.get(sp.from()).word())).matches()) {
                s = new Span(s.end() - low.get(sp.from()).length(), s.end());
            }
            return TextSpan.of(text, s);
        }

        /**
         * An unparsed token « a-t-il » / « dit-elle » (a tokenizer that keeps the verb and its inverted clitic
         * together) as two tokens, the verb and « -t-il », with exact sub-offsets; other tokens unchanged.
         */
        private List<Token> splitClitic(Token t, int index) {
            Matcher m = VERB_CLITIC.matcher(t.word());
            if (t.head() >= 0 || !m.matches() || t.end() - t.start() != t.word().length()) {
                return List.of(new Token(index, t.word(), t.pos(), t.ner(), t.head(), t.deprel(), t.start(),
                        t.end()));
            }
            int cut = t.start() + m.end(1);
            return List.of(new Token(index, m.group(1), t.pos(), t.ner(), -1, "dep", t.start(), cut),
                    new Token(index + 1, m.group(2), "PRON", "O", -1, "dep", cut, t.end()));
        }

        List<Attribution> run() {
            for (Quotation q : quotes) {
                quotation(q);
            }
            chainQuotes();
            for (int g = 0; g < toks.size(); g++) {
                zeroSubject(g);
                reportingVerb(g);
                according(g);
            }
            for (int s = 0; s < sentenceStart.size(); s++) {
                headlineDash(s);
                headlineColon(s);
            }
            relay();
            ownOpinionInside();
            return finish();
        }

        /**
         * « X a déclaré que, selon lui, … », « X a affirmé que, selon ses informations, … »: a « selon » whose speaker
         * is only a pronoun or a possessive, inside the content of the statement that precedes it in its sentence, is
         * that speaker's own voice again (ATTRIBUTIONS.md: the same voice is not counted twice).
         */
        private void ownOpinionInside() {
            List<Draft> removed = new ArrayList<>();
            for (Draft d : drafts) {
                if (!d.type.equals("according_to") || !d.speaker.present() || d.speaker.from() != d.speaker.to()
                        || !(words.is("pronoun", low.get(d.speaker.from()))
                        || words.is("possessive", low.get(d.speaker.from()))
                        || STRESSED.contains(low.get(d.speaker.from())))) {
                    continue;
                }
                for (Draft e : drafts) {
                    if (e != d && !e.type.equals("according_to") && e.sentence == d.sentence
                            && e.cue.end() <= d.cue.start() && e.content.start() <= d.cue.start()
                            && e.content.end() >= d.content.end()) {
                        removed.add(d);
                        break;
                    }
                }
            }
            drafts.removeAll(removed);
        }

        // ---------------------------------------------------------------- quotations

        private void quotation(Quotation q) {
            int after = firstTokenFrom(q.close());
            int before = lastTokenBefore(q.open());
            boolean fragment = q.words(text) <= SHORT_QUOTE_WORDS && before >= 0 && after >= 0
                    && !toks.get(before).pos().equals("PUNCT") && sentenceOf.get(before).equals(sentenceOf.get(after));
            if (q.closed() && after >= 0 && !fragment && cueAfter(q, after)) {
                return;
            }
            if (q.closed() && after >= 0 && low.get(after).equals(":") && subjectAfterColon(q, before, after)) {
                return; // « « Nous sommes prêts » : le ministre rassure les réservistes »
            }
            if (before >= 1 && low.get(before).equals(":") && zeroCue(before - 1) >= 0) {
                addZero("direct", before - 1, q.content()); // « Et d'ajouter : « … » »
                return;
            }
            if (before >= 0 && low.get(before).equals(":") && cueBeforeColon(q, before)) {
                return;
            }
            if (q.closed() && before >= 1 && after >= 0 && passiveLabel(q, before, after)) {
                return;
            }
            if (cueInside(q)) {
                return;
            }
            if (q.words(text) > SHORT_QUOTE_WORDS && before >= 0) {
                cueAround(q, before);
            }
        }

        /**
         * A quotation with no cue of its own, chained to a neighbour that has one, gets the neighbour's speaker and
         * cue: the next quotation of the same paragraph after a postposed cue (« « … », a déclaré X. « … » » and
         * « « … », a déclaré X, « … » »), or a list of quotations separated only by commas or « et » (« « … », « … »,
         * fait-il savoir », « X : « … », « … » »). A quotation inside another, or a short one inside a narrator's
         * sentence, is never chained.
         */
        private void chainQuotes() {
            Map<Quotation, Draft> by = new HashMap<>();
            for (Draft d : drafts) {
                if (d.type.equals("direct")) {
                    for (Quotation q : quotes) {
                        if (q.content().equals(d.content)) {
                            by.putIfAbsent(q, d);
                        }
                    }
                }
            }
            for (int i = 1; i < quotes.size(); i++) {
                Quotation p = quotes.get(i - 1);
                Quotation q = quotes.get(i);
                Draft d = by.get(p);
                if (d != null && !by.containsKey(q) && chainable(q) && (onlyJoints(p.close(), q.open())
                        || d.cue.start() >= p.close() && onlyCue(p.close(), q.open(), d))) {
                    by.put(q, chained(d, q));
                }
            }
            for (int i = quotes.size() - 2; i >= 0; i--) {
                Quotation q = quotes.get(i);
                Quotation r = quotes.get(i + 1);
                Draft d = by.get(r);
                if (d != null && !by.containsKey(q) && chainable(q) && d.cue.start() >= r.close()
                        && onlyJoints(q.close(), r.open())) {
                    by.put(q, chained(d, q));
                }
            }
            for (int i = 1; i < quotes.size(); i++) {
                Quotation p = quotes.get(i - 1);
                Quotation q = quotes.get(i);
                Draft d = by.get(p);
                if (d != null && !by.containsKey(q) && chainable(q) && continuesParagraph(p, q, d)) {
                    by.put(q, chained(d, q)); // a paragraph that is all quotation goes on with the last speaker
                }
            }
        }

        /**
         * « « … », a déclaré X.⏎⏎« … » »: quotation {@code q} is a whole paragraph, and the paragraph just before it
         * ends with quotation {@code p}, attributed by {@code d}, and at most that attribution's postposed cue. The
         * reader takes such a paragraph as the same speaker going on, as the paragraph has no voice of its own. A
         * short one is an intertitle in quotation marks (« « Fausse réalité » »), not speech.
         */
        private boolean continuesParagraph(Quotation p, Quotation q, Draft d) {
            int lineStart = text.lastIndexOf('\n', q.open()) + 1;
            int lineEnd = text.indexOf('\n', q.close());
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            int prevEnd = text.indexOf('\n', p.close());
            if (lineStart == 0 || prevEnd < 0 || q.words(text) < CONTINUATION_WORDS
                    || !text.substring(lineStart, q.open()).isBlank()
                    || !text.substring(Math.min(q.close() + 1, lineEnd), lineEnd).replaceAll("[\\s.,;!?…]", "")
                    .isEmpty()
                    || !text.substring(prevEnd, lineStart).isBlank()) {
                return false;
            }
            return onlyJoints(p.close(), prevEnd) || d.cue.start() >= p.close() && onlyCue(p.close(), prevEnd, d);
        }

        private Draft chained(Draft d, Quotation q) {
            Draft c = new Draft("direct", d.speaker, d.cue, d.verb, q.content(), sentenceOf.get(firstTokenFrom(q.open())));
            c.via = d.via;
            drafts.add(c);
            return c;
        }

        /** A closed quotation, not inside another, that is not a short fragment inside a sentence. */
        private boolean chainable(Quotation q) {
            if (!q.closed() || insideQuote(q.open()) || firstTokenFrom(q.open()) < 0) {
                return false;
            }
            int before = lastTokenBefore(q.open());
            return q.words(text) > SHORT_QUOTE_WORDS || before < 0 || toks.get(before).pos().equals("PUNCT");
        }

        /** Text between two quotations holding only commas, semicolons, « et » and spaces, on one line. */
        private boolean onlyJoints(int from, int to) {
            String between = text.substring(Math.min(from + 1, to), to);
            return between.indexOf('\n') < 0
                    && between.replaceAll("(?i)[\\s\u00A0\u202F,;]|\\bet\\b", "").isEmpty();
        }

        /**
         * Text between two quotations holding the first one's postposed cue and speaker, punctuation and at most six
         * other words with no verb (« selon le Daily Beast », « mardi »), on one line.
         */
        private boolean onlyCue(int from, int to, Draft d) {
            if (text.substring(Math.min(from + 1, to), to).indexOf('\n') >= 0) {
                return false;
            }
            int lo = d.speaker.present() ? Math.min(d.cue.start(), toks.get(d.speaker.from()).start()) : d.cue.start();
            int hi = d.speaker.present() ? Math.max(d.cue.end(), toks.get(d.speaker.to()).end()) : d.cue.end();
            int other = 0;
            for (int k = firstTokenFrom(from + 1); k >= 0 && k < toks.size() && toks.get(k).start() < to; k++) {
                Token t = toks.get(k);
                if (t.start() >= lo && t.end() <= hi || t.pos().equals("PUNCT") && !isQuoteMark(t)) {
                    continue;
                }
                if (t.isVerbal() || isQuoteMark(t) || ++other > 6) {
                    return false;
                }
            }
            return true;
        }

        /**
         * « … », a déclaré X / « … », a-t-il ajouté / « … », selon X: the cue on the quotation's line and, unless a
         * dash comes first, in lower case (« … »⏎⏎Selon X, … and « … » Selon X, … open a statement of their own).
         */
        private boolean cueAfter(Quotation q, int after) {
            int j = low.get(after).equals(",") ? after + 1 : after;
            boolean dash = j < toks.size() && isDash(j);
            j = dash ? j + 1 : j; // « … », – prévient X (a dash after the closing mark, common in translated copy)
            if (j >= toks.size() || text.substring(Math.min(q.close(), toks.get(j).start()), toks.get(j).start())
                    .indexOf('\n') >= 0) {
                return false; // a cue on the next line is not this one's
            }
            if (!dash && Character.isUpperCase(text.charAt(toks.get(j).start()))) {
                return false; // « … » Selon X, …: a capital opens a new sentence
            }
            if (isAccording(j)) {
                int cueEnd = low.get(j).equals("selon") ? j : j + 1;
                Speaker sp = phraseRight(cueEnd + 1);
                if (!sp.present() || words.is("not-source", low.get(cueEnd + 1))) {
                    return false;
                }
                drafts.add(new Draft("direct", sp, span(j, cueEnd), null, q.content(), sentenceOf.get(j)));
                return true;
            }
            Speaker learned = learnedFrom(j);
            if (learned != null) { // « « … », a-t-on appris de source diplomatique »
                drafts.add(new Draft("direct", learned, span(j, learned.from() - 1), null, q.content(),
                        sentenceOf.get(j)));
                return true;
            }
            for (int v = j; v < Math.min(j + 4, toks.size()); v++) {
                Group g = group(v);
                boolean reflexive = low.get(j).equals("s'") || low.get(j).equals("se"); // « », s'est félicité X
                if (g != null && (g.start() == j || reflexive && g.start() == j + 1)) {
                    g = new Group(j, g.verb(), g.clitic(), g.passive(), g.lexeme()); // the cue keeps its « s' »
                    Speaker sp = g.clitic() >= 0 ? cliticSpeaker(g) : invertedSubject(g);
                    if (!sp.present() && !isImpersonalClitic(g)) {
                        return false;
                    }
                    Speaker side = sideOfOn(g, sp, g.start(), sentenceEnd.get(sentenceOf.get(v)));
                    sp = side != null ? side : sp; // « « … », rétorque-t-on au Kremlin »
                    usedVerbs.add(v);
                    Span mixed = mixedQuote(q, v);
                    drafts.add(mixed == null
                            ? new Draft("direct", sp, cueSpan(g), g.lexeme(), q.content(), sentenceOf.get(v))
                            : new Draft("indirect", sp, cueSpan(g), g.lexeme(), mixed, sentenceOf.get(v)));
                    return true;
                }
            }
            return dash && subjectFirstAfterDash(q, j);
        }

        /**
         * The source of wire copy's « a-t-on appris » / « apprend-on » starting at {@code j}: « de source X » (the
         * phrase from « source ») or « auprès de X »; null when the words are not there. « Apprendre » alone is no
         * reporting verb (« il a appris que » is learning), so only this impersonal form with its source counts.
         */
        private Speaker learnedFrom(int j) {
            int end = sentenceEnd.get(sentenceOf.get(j));
            int k;
            if (j + 2 <= end && (low.get(j).equals("a") || low.get(j).equals("avait")) && low.get(j + 1).equals("-t-on")
                    && low.get(j + 2).equals("appris")) {
                k = j + 3;
            } else if (j + 1 <= end && low.get(j).equals("apprend") && low.get(j + 1).equals("-on")) {
                k = j + 2;
            } else {
                return null;
            }
            Speaker sp = sourceOfOn(k, end);
            return sp.present() ? sp : null;
        }

        /**
         * The source named after an impersonal « -t-on » from {@code k}, past time words: « de source X » (the phrase
         * from « source ») or « auprès de X » (« auprès », tagged as an adverb, is not skipped); NONE otherwise.
         */
        private Speaker sourceOfOn(int k, int end) {
            while (k <= end && words.is("time", low.get(k)) && !low.get(k).equals("par")) {
                k++;
            }
            if (k + 1 <= end && low.get(k).equals("de") && low.get(k + 1).startsWith("source")) {
                return phraseRight(k + 1);
            }
            if (k + 2 <= end && low.get(k).equals("auprès") && (low.get(k + 1).equals("de")
                    || low.get(k + 1).equals("d'") || low.get(k + 1).equals("des"))) {
                return phraseRight(contracted(k + 1) ? k + 3 : k + 2);
            }
            return Speaker.NONE;
        }

        /**
         * A quotation that opens its sentence and a colon after it, then a clause whose parsed subject names
         * someone (« « Nous sommes prêts » : le ministre de la Défense rassure les réservistes », a headline form):
         * that subject is the speaker and the colon the cue.
         */
        private boolean subjectAfterColon(Quotation q, int before, int colon) {
            if (!parsed || before >= 0 && sentenceOf.get(before).equals(sentenceOf.get(colon))
                    && !toks.get(before).pos().equals("PUNCT")) {
                return false;
            }
            int end = sentenceEnd.get(sentenceOf.get(colon));
            for (int v = colon + 1; v <= end && v - colon <= 10; v++) {
                if (isQuoteMark(toks.get(v)) || low.get(v).equals(",") || low.get(v).equals(":")) {
                    return false;
                }
                if (toks.get(v).isVerbal() && !toks.get(v).pos().equals("AUX")) {
                    Speaker sp = parsedSubject(v, true);
                    if (sp == null || !sp.present() || sp.from() <= colon || !namesSomeone(sp) || isEvidence(sp)
                            || isImpersonal(sp) || words.is("pronoun", low.get(sp.from()))) {
                        return false;
                    }
                    drafts.add(new Draft("direct", sp, span(colon, colon), null, q.content(), sentenceOf.get(colon)));
                    return true;
                }
            }
            return false;
        }

        /**
         * « … », – Duda a indiqué: after a dash, the speaker may come first; the parse must give the reporting verb
         * that subject, and the verb must govern no completive of its own (« – X a déclaré que … » reports something
         * else).
         */
        private boolean subjectFirstAfterDash(Quotation q, int j) {
            int end = sentenceEnd.get(sentenceOf.get(j));
            for (int v = j + 1; v <= end && v - j <= 8; v++) {
                if (low.get(v).equals(",") || low.get(v).equals(".") || isQuoteMark(toks.get(v))) {
                    return false;
                }
                Group g = group(v);
                if (g == null) {
                    continue;
                }
                Speaker sp = subjectOf(g);
                int que = findQue(g.after(), end);
                if (!sp.present() || sp.from() != j || que >= 0 || isImpersonal(sp) || isEvidence(sp)) {
                    return false;
                }
                usedVerbs.add(v);
                drafts.add(new Draft("direct", sp, cueSpan(g), g.lexeme(), q.content(), sentenceOf.get(v)));
                return true;
            }
            return false;
        }

        /**
         * « L'armée a « renforcé ses positions », a déclaré X »: when the quotation closes a clause that opened
         * before it in the same sentence (the word before the opening mark is no punctuation), the statement is
         * that whole clause, marks included, reported in part in the speaker's words; null when the quotation is
         * the whole statement.
         */
        private Span mixedQuote(Quotation q, int cue) {
            int before = lastTokenBefore(q.open());
            if (before < 0 || toks.get(before).pos().equals("PUNCT") || !sentenceOf.get(before).equals(sentenceOf.get(cue))) {
                return null;
            }
            int from = clauseStart(before);
            for (int k = before; k > from; k--) {
                if (low.get(k - 1).equals(",") && k >= 2 && isQuoteMark(toks.get(k - 2))) {
                    from = k;
                    break;
                }
            }
            return new Span(toks.get(from).start(), q.close());
        }

        /** Whether token {@code k} is a dash (-, –, —, or CoreNLP's « -- »). */
        private boolean isDash(int k) {
            String w = text.substring(toks.get(k).start(), toks.get(k).end());
            return !w.isEmpty() && w.chars().allMatch(c -> c == '-' || c == '\u2013' || c == '\u2014');
        }

        /**
         * « un pays qualifié de « … » par l'ONG », « Désigné comme « … » par le ministre »: a reporting participle,
         * « de » or « comme », the quotation, then « par X »; X is the speaker of the quoted words.
         */
        private boolean passiveLabel(Quotation q, int before, int after) {
            if (!(low.get(before).equals("de") || low.get(before).equals("d'") || low.get(before).equals("comme"))
                    || !low.get(after).equals("par") || !PARTICIPLE.matcher(low.get(before - 1)).find()) {
                return false;
            }
            Optional<ReportingVerb> rv = verbs.lookup(low.get(before - 1));
            if (rv.isEmpty() || words.is("excluded-lemma", rv.get().lemma())) {
                return false;
            }
            Speaker sp = phraseRight(after + 1);
            if (!sp.present() || isImpersonal(sp) || isEvidence(sp)) {
                return false;
            }
            usedVerbs.add(before - 1);
            drafts.add(new Draft("direct", sp, span(before - 1, before - 1), rv.get(), q.content(),
                    sentenceOf.get(after)));
            return true;
        }

        /** « Nous tiendrons, a-t-il insisté, quoi qu'il arrive »: an incise cue inside the quotation. */
        private boolean cueInside(Quotation q) {
            int first = firstTokenFrom(q.content().start());
            if (first < 0) {
                return false;
            }
            for (int k = first; k < toks.size() && toks.get(k).end() <= q.content().end(); k++) {
                if (!low.get(k).equals(",")) {
                    continue;
                }
                for (int v = k + 1; v < Math.min(k + 5, toks.size()); v++) {
                    Group g = group(v);
                    if (g == null || g.start() != k + 1) {
                        continue;
                    }
                    Speaker sp = g.clitic() >= 0 ? cliticSpeaker(g) : invertedSubject(g);
                    int close = sp.present() ? Math.max(sp.to(), g.after() - 1) + 1 : g.after();
                    if (sp.present() && close < toks.size() && low.get(close).equals(",")) {
                        usedVerbs.add(v);
                        drafts.add(new Draft("direct", sp, cueSpan(g), g.lexeme(), q.content(), sentenceOf.get(v)));
                        return true;
                    }
                }
            }
            return false;
        }

        /** Whether « que » and at least two more words stand between verb {@code v} and {@code colon}. */
        private boolean clauseBefore(int v, int colon) {
            for (int k = v + 1; k < colon - 2; k++) {
                if (words.is("que", low.get(k))) {
                    return true;
                }
            }
            return false;
        }

        /** X a déclaré : « … » / headline « Zelensky : « … » ». */
        private boolean cueBeforeColon(Quotation q, int colon) {
            int from = base.get(colon);
            Speaker owner = wordsOwner(colon);
            if (owner != null) {
                drafts.add(new Draft("direct", owner, span(colon, colon), null, q.content(), sentenceOf.get(colon)));
                return true;
            }
            for (int v = colon - 1; v >= from; v--) {
                Group g = group(v);
                if (g != null) {
                    Speaker sp = g.clitic() >= 0 ? cliticSpeaker(g) : subjectOf(g);
                    if (sp.present() && (isImpersonal(sp) || isEvidence(sp))) {
                        return false;
                    }
                    if (!sp.present()) {
                        break; // « …, affirmant que … : « … » »: the sentence's subject may still speak
                    }
                    if (!clauseBefore(v, colon)) {
                        usedVerbs.add(v); // « X a répété que … : « … » » reports the clause too
                    }
                    drafts.add(new Draft("direct", sp, cueSpan(g), g.lexeme(), q.content(), sentenceOf.get(v)));
                    return true;
                }
            }
            Speaker subject = colonSentenceSubject(colon);
            if (subject != null) {
                drafts.add(new Draft("direct", subject, span(colon, colon), null, q.content(), sentenceOf.get(colon)));
                return true;
            }
            int n = colon - from;
            if (n < 1 || n > 6) {
                return false;
            }
            for (int k = from; k < colon; k++) {
                if (toks.get(k).isVerbal() || toks.get(k).pos().equals("PUNCT")) {
                    return false;
                }
            }
            Speaker sp = trimPhrase(from, colon - 1);
            // a name (« Zakharova : « … » »), or a definite noun phrase (« La ministre espagnole : « … » »)
            if (!sp.present() || !(hasPos(sp, "PROPN") || hasNer(sp, "PER")
                    || (hasNoun(sp) && toks.get(sp.from()).pos().equals("DET")))) {
                return false;
            }
            drafts.add(new Draft("direct", sp, span(colon, colon), null, q.content(), sentenceOf.get(colon)));
            return true;
        }

        /**
         * « Il faut relire les mots de Churchill : « … » », « les paroles de Poutine lors de son discours : « … » »:
         * a noun of quoted words ({@code quoted-noun}) with a determiner and a named owner, and no verb between it and
         * the colon. The quotation is the owner's, whoever repeats it; null when there is no such noun. Not « a
         * répondu aux propos de X : « … » » (after « à »: the reply is the subject's).
         */
        private Speaker wordsOwner(int colon) {
            int from = base.get(colon);
            for (int k = colon - 1; k >= Math.max(from + 1, colon - 20); k--) {
                if (toks.get(k).isVerbal()) {
                    return null;
                }
                if (!words.is("quoted-noun", low.get(k)) || !toks.get(k - 1).pos().equals("DET")
                        || k - 2 >= from && low.get(k - 2).equals("à") || k + 2 >= colon
                        || !(low.get(k + 1).equals("de") || low.get(k + 1).equals("d'") || low.get(k + 1).equals("du")
                        || low.get(k + 1).equals("des"))) {
                    continue;
                }
                Speaker sp = phraseRight(contracted(k + 1) ? k + 3 : k + 2); // « du » = de + le
                return sp.present() && sp.to() < colon && (hasPos(sp, "PROPN") || hasNer(sp, "PER"))
                        && !isEvidence(sp) ? sp : null;
            }
            return null;
        }

        /**
         * « X s'est opposé à l'embargo : « … » »: the parsed subject of the verb the colon ends, or of the verbs
         * above it (« X continue, affirmant que … : « … » »), when it names someone: a name, a personal pronoun (not
         * impersonal), or a body the camp resolver places; the colon is then the cue. Null when there is none.
         */
        private Speaker colonSentenceSubject(int colon) {
            if (!parsed || toks.get(colon).head() < 0) {
                return null;
            }
            int b = base.get(colon);
            int head = toks.get(colon).head() + b;
            for (int step = 0; step < 4 && head >= b; step++) {
                Token h = toks.get(head);
                Speaker sp = h.isVerbal() ? parsedSubject(head, true) : null;
                if (sp != null && sp.present()) {
                    return namesSomeone(sp) ? sp : null;
                }
                head = h.head() < 0 ? -1 : h.head() + b;
            }
            return null;
        }

        private boolean namesSomeone(Speaker sp) {
            if (hasPos(sp, "PROPN") || hasNer(sp, "PER")) {
                return true;
            }
            if (sp.from() == sp.to()) {
                return words.is("pronoun", low.get(sp.from())) && !isImpersonal(sp);
            }
            return placedBody(sp) || someoneByNoun(sp); // « La télévision d'État russe rassure … : « … » »
        }

        /**
         * « Pour le média, … », « Pour de nombreux analystes, … », « Pour le ministre russe, … »: a phrase the camp
         * resolver reads as people or a body through its nouns (an office, a medium, an expert or other
         * non-official, an unnamed source), not a thing (« Pour la suite, … »).
         */
        private boolean someoneByNoun(Speaker sp) {
            String rule = campOf(sp).rule();
            return Stream.of("gazetteer:", "title:", "title-without-side:", "registry:", "media", "expert:", "former:",
                    "anonymous:", "demonym:").anyMatch(rule::startsWith);
        }

        /** Whether the camp resolver places this phrase as an official body or medium (gazetteer, title, registry). */
        private boolean placedBody(Speaker sp) {
            CampDecision d = campOf(sp);
            String rule = d.rule();
            return d.camp() != Camp.UNKNOWN && d.camp() != Camp.ANONYMOUS && !d.anonymous()
                    && (rule.startsWith("gazetteer:") || rule.startsWith("title:") || rule.startsWith("registry:"));
        }

        /** The camp resolver's decision on a speaker phrase, on the article's date. */
        private CampDecision campOf(Speaker sp) {
            return CAMPS.resolve(speakerText(sp), toks.subList(sp.from(), sp.to() + 1), null, published);
        }

        /** A full quoted clause in the sentence of a preceding reporting verb (« X a affirmé que « … » »). */
        private void cueAround(Quotation q, int before) {
            int from = base.get(before);
            int first = firstTokenFrom(q.open());
            if (first < 0 || !sentenceOf.get(first).equals(sentenceOf.get(before))) {
                return;
            }
            for (int v = before; v >= from && before - v < 20; v--) {
                if (insideQuote(toks.get(v).start()) || isAccording(v)) {
                    return;
                }
                Group g = group(v);
                if (g == null && v - 2 >= from && toks.get(v).pos().equals("VERB")
                        && words.is("auxiliary", low.get(v - 1)) && toks.get(v - 2).pos().equals("CCONJ")) {
                    return;
                }
                if (g != null) {
                    boolean que = findQue(g.after(), before) >= 0;
                    if (!que && low.get(g.verb()).equals(g.lexeme().lemma()) && before >= g.after()
                            && objectStart(g.after()) && !isQuoteMark(toks.get(g.after()))) {
                        // « continuerait de soutenir Kiev « jusqu'au bout » »: an infinitive with its direct object
                        // does not introduce the quotation (« s'est contenté de dire aux journalistes « … » » does)
                        return;
                    }
                    Speaker sp = g.clitic() >= 0 ? cliticSpeaker(g) : subjectOf(g);
                    if ((que || before - g.after() < 3) && sp.present() && !isImpersonal(sp) && !isEvidence(sp)) {
                        Draft d = new Draft("direct", sp, cueSpan(g), g.lexeme(), q.content(), sentenceOf.get(v));
                        d.nested = que;
                        drafts.add(d);
                    }
                    return;
                }
            }
        }

        // ---------------------------------------------------------------- reporting verbs

        /**
         * The index of the infinitive reporting verb that ends at {@code k} a cue with an unexpressed subject:
         * « Et d'ajouter », opening its sentence, or « avant de préciser »; -1 otherwise.
         */
        private int zeroCue(int k) {
            if (k < 2 || !(low.get(k - 1).equals("de") || low.get(k - 1).equals("d'"))) {
                return -1;
            }
            Optional<ReportingVerb> rv = verbs.lookup(low.get(k));
            if (rv.isEmpty() || !rv.get().lemma().equals(low.get(k)) || words.is("excluded-lemma", rv.get().lemma())) {
                return -1;
            }
            boolean et = low.get(k - 2).equals("et") && k - 2 == base.get(k)
                    || low.get(k - 2).equals("et") && k - 3 >= base.get(k) && low.get(k - 3).equals(",");
            return et || low.get(k - 2).equals("avant") ? k : -1;
        }

        /**
         * « Et d'ajouter que … », « …, avant de préciser que … »: a completive after a cue whose speaker is the
         * latest one; resolved in {@link #finish()}.
         */
        private void zeroSubject(int v) {
            if (usedVerbs.contains(v) || zeroCue(v) < 0 || insideQuote(toks.get(v).start())) {
                return;
            }
            int end = sentenceEnd.get(sentenceOf.get(v));
            int a = skipLead(v + 1, end);
            boolean opens = a < end && (words.is("que", low.get(a))
                    || low.get(a).equals(":") && firstQuoteAt(toks.get(a + 1).start()) == null);
            Span content = opens ? clause(a + 1, clauseEnd(a + 1, end)) : null;
            if (content != null && content.length() > 0) {
                addZero("indirect", v, content);
            }
        }

        /** An attribution whose cue is the infinitive {@code v} and whose speaker is the latest one. */
        private void addZero(String type, int v, Span content) {
            Draft d = new Draft(type, Speaker.NONE, span(v, v), verbs.lookup(low.get(v)).orElseThrow(), content,
                    sentenceOf.get(v));
            d.zero = true;
            usedVerbs.add(v);
            drafts.add(d);
        }

        /** The agent of a passive group, « par X » or « par X et Y » (« par Kiev et les Occidentaux »). */
        private Speaker agentOf(Group g, int end) {
            Speaker by = subjectOf(g);
            if (by.present() && by.to() + 2 < end && low.get(by.to() + 1).equals("et")
                    && phraseRight(by.to() + 2).present()) {
                by = new Speaker(by.from(), phraseRight(by.to() + 2).to());
            }
            return by;
        }

        /**
         * « L'invasion, dénoncée par Kiev comme une agression, se poursuit »: a judging participle alone with its
         * agent reports the judgement after « comme », up to the next comma; without « comme » it only describes
         * (« les propos rapportés par le journal », « l'île revendiquée par Pékin »).
         */
        private void participleJudgement(Group g, int end) {
            if (!takesObject(g)) {
                return;
            }
            Speaker by = agentOf(g, end);
            int comme = by.present() ? skipTime(by.to() + 1, end) : -1;
            if (comme < 0 || comme >= end || !low.get(comme).equals("comme") || isImpersonal(by) || isEvidence(by)) {
                return;
            }
            int e = comme + 1;
            while (e < end && !low.get(e + 1).equals(",")) {
                e++;
            }
            Span content = clause(comme + 1, e);
            if (content.length() > 0) {
                usedVerbs.add(g.verb());
                drafts.add(new Draft("indirect", by, cueSpan(g), g.lexeme(), content, sentenceOf.get(g.verb())));
            }
        }

        private void reportingVerb(int v) {
            Quotation prose = quotedProse(v);
            if (usedVerbs.contains(v) || insideQuote(toks.get(v).start()) && prose == null) {
                return;
            }
            Group g = group(v);
            if (g == null) {
                return;
            }
            int end = sentenceEnd.get(sentenceOf.get(v));
            if (g.passive() && g.start() == v) {
                participleJudgement(g, end);
                return;
            }
            int a = skipLead(g.after(), end);
            for (int k = g.after(); k < a; k++) {
                if (toks.get(k).isVerbal()) {
                    usedVerbs.add(k); // the « citant X » of an incise the lead skipped is no cue of its own
                }
            }
            int que = findQue(a, end);
            int inf = infinitive(a, end);
            int addressed = addressee(a, end); // « a raconté à l'AFP avoir vu », « a confirmé à Reuters la perte »
            if (inf < 0 && addressed > a) {
                inf = infinitive(addressed, end);
            }
            if (inf < 0 && addressed > a && addressed + 1 <= end && words.is("charge-verb", g.lexeme().lemma())
                    && (low.get(addressed).equals("de") || low.get(addressed).equals("d'"))) {
                inf = infinitive(addressed + 1, end); // « a reproché à Kiev de mettre en danger des civils »
            }
            if (inf < 0 && a < end && (low.get(a).equals("de") || low.get(a).equals("d'"))
                    && g.lexeme().lemma().matches("(?:se |s').*")) {
                inf = infinitive(a + 1, end); // « s'est vanté d'avoir franchi », « se félicite d'avoir obtenu »
            }
            int question = words.is("question-verb", g.lexeme().lemma()) ? question(a, end) : -1;
            Span block = a == end && low.get(a).equals(":") ? blockAfter(toks.get(a).end()) : null;
            Span content = null;
            Speaker sp = null;
            int request = words.is("request", g.lexeme().lemma()) || words.is("pledge", g.lexeme().lemma())
                    ? request(a, end) : -1;
            if (request < 0 && g.lexeme().lemma().equals("appeler")) {
                request = appealObject(a, end);
            }
            int self = selfReport(g, a, end);
            int recap = recapitulation(g);
            if (recap >= 0 && sentenceOf.get(v) > 0) {
                // « « Il n'y aura pas de retour en arrière. » C'est ce qu'a déclaré le président »: the sentence before
                Speaker who = g.clitic() >= 0 ? cliticSpeaker(g)
                        : recap + 1 < g.start() ? trimPhrase(recap + 1, g.start() - 1) : invertedSubject(g);
                int prev = sentenceOf.get(v) - 1;
                int pa = sentenceStart.get(prev);
                int pb = sentenceEnd.get(prev);
                if (!who.present() || isImpersonal(who) || isEvidence(who) || pa > pb) {
                    return;
                }
                Quotation q = firstQuoteAt(toks.get(pa).start());
                boolean quoted = q != null && q.closed() && isQuoteMark(toks.get(pa))
                        && q.close() >= toks.get(pb).start();
                Span said = quoted ? q.content() : clause(pa, pb);
                if (said.length() > 0 && drafts.stream().noneMatch(d -> d.content.equals(said))) {
                    usedVerbs.add(v);
                    drafts.add(new Draft(quoted ? "direct" : "indirect", who, cueSpan(g), g.lexeme(), said,
                            sentenceOf.get(v)));
                }
                return;
            }
            int comment = commentOnClause(g);
            if (comment >= 0) {
                // « Kiev accuse Moscou d'avoir bombardé une maternité, ce que la Russie dément »: X's stand on the
                // clause before the comma
                Speaker who = comment + 3 < g.start() ? trimPhrase(comment + 3, g.start() - 1)
                        : g.clitic() >= 0 ? cliticSpeaker(g) : invertedSubject(g);
                int from = clauseStart(comment - 1);
                if (who.present() && !isImpersonal(who) && !isEvidence(who) && from < comment - 1) {
                    usedVerbs.add(v);
                    drafts.add(new Draft("indirect", who, cueSpan(g), g.lexeme(), clause(from, comment - 1),
                            sentenceOf.get(v)));
                }
                return;
            }
            if (words.is("request-only", g.lexeme().lemma()) && request < 0) {
                return; // « appeler » names or calls unless it asks for something
            }
            if (request >= 0 && bareParticiple(g)) {
                return; // « des investisseurs pressés de partir »: an adjective, no request
            }
            if (request >= 0 && (que < 0 || que > request)) {
                // « presse ses alliés de livrer », « a appelé à « donner » des armes »
                content = clause(request, clauseEnd(request, end));
                sp = g.clitic() >= 0 ? cliticSpeaker(g) : subjectOf(g);
            } else if (self >= 0) {
                // « s'était dit « indigné » par … », « s'est déclaré prêt à négocier »
                content = clause(self, clauseEnd(self, end));
                sp = g.clitic() >= 0 ? cliticSpeaker(g) : subjectOf(g);
            } else if (que >= 0 && que < end) {
                content = clause(que + 1, subordinate(g) ? mainClauseBefore(que + 1, clauseEnd(que + 1, end))
                        : clauseEnd(que + 1, end));
                sp = g.clitic() >= 0 ? cliticSpeaker(g) : subjectOf(g);
            } else if (question >= 0) {
                // « lui demande si … », « a expliqué pourquoi … »: an indirect question
                content = clause(question, clauseEnd(question, end));
                sp = g.clitic() >= 0 ? cliticSpeaker(g) : subjectOf(g);
            } else if (inf >= 0) {
                content = clause(inf, subordinate(g) ? mainClauseBefore(inf, clauseEnd(inf, end))
                        : clauseEnd(inf, end));
                sp = subjectOf(g);
            } else if (words.is("charge-verb", g.lexeme().lemma()) && objectClitic(g) && a + 1 <= end
                    && (low.get(a).equals("de") || low.get(a).equals("d'")) && !chargeIsANoun(a, end)) {
                // « l'accuse de comploter », « les accuse d'avoir menti »: the object stands before the verb
                content = clause(a, clauseEnd(a, end));
                sp = g.clitic() >= 0 ? cliticSpeaker(g) : subjectOf(g);
            } else if (a <= end && low.get(a).equals(":") && a < end && firstQuoteAt(toks.get(a + 1).start()) == null) {
                content = clause(a + 1, clauseEnd(a + 1, end));
                sp = g.clitic() >= 0 ? cliticSpeaker(g) : subjectOf(g);
            } else if (block != null) {
                // « Le ministère précise encore :⏎⏎Il est à noter que … »: the next paragraph, unquoted, is the
                // statement (a block quotation)
                sp = g.clitic() >= 0 ? cliticSpeaker(g) : subjectOf(g);
                if (sp.present() && !isImpersonal(sp) && !isEvidence(sp)) {
                    usedVerbs.add(v);
                    drafts.add(new Draft("direct", sp, cueSpan(g), g.lexeme(), block, sentenceOf.get(v)));
                }
                return;
            } else if (a + 1 <= end && (low.get(a).equals("de") || low.get(a).equals("d'"))
                    && isQuoteMark(toks.get(a + 1))) {
                sp = subjectOf(g);
                Quotation q = firstQuoteAt(toks.get(a + 1).start());
                int next = q == null ? -1 : firstTokenFrom(q.close()); // close: just after the closing mark
                boolean whole = takesObject(g) || next < 0 || next > end || toks.get(next).pos().equals("PUNCT");
                if (q != null && q.closed() && whole && sp.present() && !isImpersonal(sp) && !isEvidence(sp)) {
                    // « a qualifié de « campagne de désinformation » les déclarations … », « parle de « … » »: only
                    // the quoted words (not « parle de « bonnes » propositions », a fragment inside a noun phrase)
                    usedVerbs.add(v);
                    drafts.add(new Draft("direct", sp, cueSpan(g), g.lexeme(), q.content(), sentenceOf.get(v)));
                    return;
                }
                content = clause(a, clauseEnd(a, end));
            } else if (g.start() > base.get(v) + 2 && (low.get(g.start() - 1).equals(",")
                    || isDash(g.start() - 1) && g.clitic() >= 0) && !low.get(v).endsWith("ant") // « – a-t-il dit – »
                    && !g.passive() // « une position qui, non seulement, a été critiquée par X »: no incise
                    && !(g.clitic() < 0 && rootWithSubjectBefore(g) && !invertedIncise(g, end))) {
                // (not « Jean Dupont, qui a combattu en Syrie, lance une cagnotte » nor « La Russie, elle, accuse
                // … »: the verb's subject stands before it)
                sp = g.clitic() >= 0 ? cliticSpeaker(g) : invertedSubject(g);
                int from = clauseStart(g.start() - 1);
                if (bareSubject(from, g.start() - 2) || bareSubject(commaBefore(g.start() - 2, from), g.start() - 2)) {
                    int last = g.clitic() >= 0 || !sp.present() ? g.after() - 1 : sp.to();
                    int c = skipTime(last + 1, end);
                    if (!sp.present() || bareParticiple(g) || c >= end || !(low.get(c).equals(",") || isDash(c))
                            || c + 1 >= end
                            || !hasVerb(c + 1, clauseEnd(c + 1, end))) {
                        return;
                    }
                    // « La Russie, a-t-il ajouté, ne représente pas une menace »: the incise splits the statement
                    content = clause(from, clauseEnd(c + 1, end));
                    if (prose == null && quotedShare(content) > 0.5) {
                        return;
                    }
                    usedVerbs.add(v);
                    drafts.add(new Draft("indirect", sp, cueSpan(g), g.lexeme(), content, sentenceOf.get(v)));
                    return;
                }
                if (sp.present() && from < g.start() - 2) {
                    content = clause(from, g.start() - 2);
                } else if (!sp.present() && isImpersonalClitic(g) && from < g.start() - 2) {
                    content = clause(from, g.start() - 2);
                    sp = Speaker.NONE;
                }
                if (content != null && prose == null && quotedShare(content) > 0.5) {
                    return;
                }
            } else if (commeLe(g) >= 0) {
                // « …, comme le rappelait X. » / « Comme l'a souligné X, … »
                Speaker before = commeSubject(g); // « Comme Reuters l'a noté, … »
                sp = g.clitic() >= 0 ? cliticSpeaker(g) : before.present() ? before : invertedSubject(g);
                int comme = commeLe(g);
                // a capital « Comme » inside a sentence starts one (a heading without a period runs into it)
                int from = toks.get(comme).word().startsWith("C") ? comme : clauseStart(comme);
                int last = before.present() ? skipTime(g.after(), end) - 1 : sp.to(); // the incise's last token
                if (sp.present() && last + 1 <= end && channelPhrase(last + 1, end) > last + 1) {
                    last = channelPhrase(last + 1, end) - 1; // « Comme l'écrivait X dans ses carnets, … »
                }
                if (sp.present() && last + 1 <= end) {
                    last = skipTime(last + 1, end) - 1; // « Comme l'a écrit X dans Le Figaro cette semaine, … »
                }
                boolean continues = sp.present() && last + 2 <= end && low.get(last + 1).equals(",");
                if (comme - from >= 3 && continues && low.get(comme - 1).equals(",")) {
                    // « X veulent, comme le rappelle Y, nous entraîner … »: the statement spans the incise
                    content = clause(from, clauseEnd(last + 2, end));
                } else if (comme - from >= 3) {
                    content = clause(from, comme - 1);
                } else if (continues) {
                    int c = skipApposition(last + 2, end);
                    content = clause(c, clauseEnd(c, end));
                }
            } else if (words.is("de-object", g.lexeme().lemma()) && a + 1 <= end
                    && (low.get(a).equals("de") || low.get(a).equals("d'"))) {
                // « l'armée fait état de combats intenses »: the object after « de » (« du » = de + le: both carry
                // the offsets of « du », so the object starts after both)
                int o = a + 2 <= end && contracted(a) ? a + 2 : a + 1;
                content = clause(o, clauseEnd(o, end));
                sp = g.clitic() >= 0 ? cliticSpeaker(g) : subjectOf(g);
            } else if (a < end && prepObject(g, a, end) > 0) {
                // « a mis en garde contre toute escalade », « s'est insurgé contre les sanctions », « ont mis en garde
                // la Chine contre toute aide »: what the statement is about
                int o = prepObject(g, a, end) + 1;
                int e = clauseEnd(o, end);
                for (int m = o + 1; m < e; m++) {
                    if (low.get(m).equals(",")) {
                        e = m - 1; // a noun phrase: « insiste sur le bien-être des élèves, la question … »
                        break;
                    }
                }
                content = clause(o, e);
                sp = g.clitic() >= 0 ? cliticSpeaker(g) : subjectOf(g);
            } else if (a + 1 < end && words.is("estimate", g.lexeme().lemma()) && low.get(a).equals("à")
                    && !infinitiveAt(a + 1) && !g.passive() && !low.get(g.start()).matches("est|sont|était|étaient|sera"
                    + "|seront|serait|seraient|soit|soient")) { // not « le patrimoine est estimé à »: no source
                // « Le Pentagone estime à plusieurs milliers le nombre de … »: a figure the source gives
                content = clause(a, clauseEnd(a, end));
                sp = g.clitic() >= 0 ? cliticSpeaker(g) : subjectOf(g);
            } else if (a <= end && takesObject(g) && skipTime(a, end) <= end && isQuoteMark(toks.get(skipTime(a, end)))
                    && !low.get(v).equals(g.lexeme().lemma())) {
                // « a fustigé « l'impérialisme russe » »: the whole object is the speaker's quoted words
                Quotation q = firstQuoteAt(toks.get(skipTime(a, end)).start());
                int next = q == null ? -1 : firstTokenFrom(q.close()); // close: just after the closing mark
                sp = g.clitic() >= 0 ? cliticSpeaker(g) : subjectOf(g);
                if (q == null || !q.closed() || !sp.present() || isImpersonal(sp) || isEvidence(sp)) {
                    return;
                }
                usedVerbs.add(v);
                if (next < 0 || next > end || toks.get(next).pos().equals("PUNCT")) {
                    drafts.add(new Draft("direct", sp, cueSpan(g), g.lexeme(), q.content(), sentenceOf.get(v)));
                } else { // « a jugé « possible » une offensive »: the quoted word and the rest of the object
                    int o = skipTime(a, end);
                    drafts.add(new Draft("indirect", sp, cueSpan(g), g.lexeme(), clause(o, clauseEnd(o, end)),
                            sentenceOf.get(v)));
                }
                return;
            } else if (a <= end && (takesObject(g) || g.lexeme().lemma().equals("estimer"))
                    && adjectiveObject(addressed, end) >= 0 && !g.passive()) {
                // « jugent peu probable une offensive », « estime nécessaire un cessez-le-feu »: the judgement and
                // what it bears on
                int o = adjectiveObject(addressed, end);
                while (o - 1 > v && toks.get(o - 1).pos().equals("ADV") && !words.is("time", low.get(o - 1))) {
                    o--; // « peu », skipped with the adverbs after the verb, belongs to the judgement
                }
                content = clause(o, clauseEnd(o, end));
                sp = g.clitic() >= 0 ? cliticSpeaker(g) : subjectOf(g);
            } else if (a <= end && takesObject(g) && skipTime(addressed, end) <= end
                    && objectStart(skipTime(addressed, end))
                    && !low.get(v).equals(g.lexeme().lemma())) { // an infinitive (« pourrait contester ») reports nothing yet
                // « a dénoncé le rapport “injuste” », « a accusé Kiev de lancer ... », « a qualifié la visite de ... »
                int o = skipTime(addressed, end); // « a accusé mardi l'ONG de … », « a confirmé à Reuters la … »
                Speaker agent = null;
                if (g.passive()) {
                    // « a été dénoncée par Kiev comme une agression »: the judgement after « comme »; without it the
                    // passive names what was judged, not what was said (« la visite a été critiquée par X »)
                    Speaker by = agentOf(g, end);
                    int comme = by.present() ? skipTime(by.to() + 1, end) : -1;
                    if (comme < 0 || comme >= end || !low.get(comme).equals("comme")) {
                        return;
                    }
                    o = comme + 1;
                    agent = by;
                }
                if (o + 2 <= end && words.is("possessive", low.get(o)) && words.is("statement-noun", low.get(o + 1))
                        && low.get(o + 2).equals("selon")) {
                    return; // « a réaffirmé sa position selon laquelle … »: the clause after it (namedStatement)
                }
                if (words.is("possessive-object", g.lexeme().lemma()) && !words.is("possessive", low.get(o))) {
                    return; // « a réaffirmé son soutien » reports a stand; « a affirmé le bien-être » does not
                }
                int ce = coordinatedPredicate(o, clauseEnd(o, end));
                if (words.is("charge-verb", g.lexeme().lemma()) && chargeIsANoun(o, ce)) {
                    return; // « a accusé Moscou de crimes de guerre »: a charge, no statement reported
                }
                content = clause(o, ce);
                sp = agent != null ? agent : g.clitic() >= 0 ? cliticSpeaker(g) : subjectOf(g);
                if (words.is("request", g.lexeme().lemma()) && sp.present() && !namesSomeone(sp)) {
                    return; // « la situation exige des solutions »: a demand needs someone to make it
                }
            }
            if (content == null || content.length() == 0 || sp == null) {
                return;
            }
            Speaker side = sideOfOn(g, sp, sentenceStart.get(sentenceOf.get(v)), end);
            if (side != null) {
                sp = side; // « Côté ukrainien, on assure que … », « rétorque-t-on au Kremlin »
            }
            if (sp.present() && (isImpersonal(sp) || isEvidence(sp))) {
                return;
            }
            if (request >= 0 && prose == null && quotedShare(content) > 0.8) { // « a appelé les Européens à « frapper fort » »
                Quotation q = firstQuoteAt(content.start());
                if (q != null && sp.present()) {
                    usedVerbs.add(v);
                    drafts.add(new Draft("direct", sp, cueSpan(g), g.lexeme(), q.content(), sentenceOf.get(v)));
                }
                return;
            }
            if ((que >= 0 || commeLe(g) >= 0) && prose == null && quotedShare(content) > 0.8) {
                Quotation q = firstQuoteAt(content.start());
                boolean whole = q != null && q.closed() && sp.present() && q.close() + 1 >= content.end();
                if (whole && drafts.stream().noneMatch(d -> d.content.equals(q.content()))) {
                    // « a déclaré que « rien n'est décidé » », « Comme le disait X, « … » »: a quotation too short for
                    // the quotation pass, or with its cue before it, is the speaker's own words
                    usedVerbs.add(v);
                    drafts.add(new Draft("direct", sp, cueSpan(g), g.lexeme(), q.content(), sentenceOf.get(v)));
                }
                if (que >= 0) {
                    for (Draft d : drafts) {
                        d.nested &= !d.cue.equals(cueSpan(g));
                    }
                    return;
                } else if (whole) {
                    return;
                }
            }
            if (!sp.present() && !isImpersonalClitic(g)) {
                return;
            }
            if (afterRelativeQui(g)) {
                content = untilMatrixVerb(content, end);
            }
            if (prose != null) {
                // a statement reported inside quoted prose: another voice than the quoted one (not « je », « nous »)
                Span inside = prose.content();
                // (« je », « nous », « vous »: the words file's narrator role; « on »: its impersonal role)
                String who = sp.present() ? low.get(sp.from()).replaceFirst("^-", "") : "";
                if (!sp.present() || words.is("narrator", who) || words.is("impersonal", who)
                        || content.start() < inside.start()
                        || content.start() >= inside.end()) {
                    return;
                }
                int e = Math.min(content.end(), inside.end());
                while (e > content.start() && (".;,:".indexOf(text.charAt(e - 1)) >= 0
                        || Quotation.isSpace(text.charAt(e - 1)))) {
                    e--; // « … à son nom. » ends before its period, like every clause
                }
                content = new Span(content.start(), e);
            }
            usedVerbs.add(v);
            drafts.add(new Draft("indirect", sp, cueSpan(g), g.lexeme(), content, sentenceOf.get(v)));
        }

        /**
         * The quotation of at least {@value #PROSE_MIN_WORDS} words holding token {@code v} and the end of its
         * sentence (a text quoted at length, where a third party's statement can be reported: « « Le ministre estime
         * que … » »), or null.
         */
        private Quotation quotedProse(int v) {
            Quotation q = firstQuoteAt(toks.get(v).start());
            if (q == null || q.open() == toks.get(v).start() || q.words(text) < PROSE_MIN_WORDS) {
                return null;
            }
            int last = sentenceEnd.get(sentenceOf.get(v));
            return toks.get(last).end() <= q.close() ? q : null;
        }

        /** Whether the verb group follows « , qui » (an appositive relative clause: « X, qui a affirmé que … »). */
        private boolean afterRelativeQui(Group g) {
            int k = g.start() - 1;
            while (k > base.get(g.start()) && (toks.get(k).pos().equals("ADV") || words.is("skip", low.get(k)))) {
                k--;
            }
            return k > base.get(g.start()) && low.get(k).equals("qui") && low.get(k - 1).equals(",");
        }

        /**
         * Content inside an appositive relative clause ends where the sentence's own verb resumes after a comma
         * (« X, qui a affirmé que les troupes tiendraient, a quitté la réunion »): at a comma followed by an
         * auxiliary and its participle.
         */
        private Span untilMatrixVerb(Span content, int end) {
            int first = firstTokenFrom(content.start());
            for (int k = first + 1; first >= 0 && k + 2 <= end && toks.get(k).start() < content.end(); k++) {
                if (low.get(k).equals(",") && toks.get(k + 1).pos().equals("AUX") && toks.get(k + 2).pos().equals("VERB")
                        && words.is("auxiliary", low.get(k + 1))) {
                    return clause(first, k - 1);
                }
            }
            return content;
        }

        /**
         * The paragraph that follows a colon ending its line at {@code offset}: its text without surrounding spaces,
         * when it holds at least {@value #BLOCK_MIN_WORDS} words and opens with no quotation mark (a quotation is
         * the quotation rules' business); null otherwise.
         */
        private Span blockAfter(int offset) {
            int k = offset;
            while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\u00A0'
                    || text.charAt(k) == '\r')) {
                k++;
            }
            if (k >= text.length() || text.charAt(k) != '\n') {
                return null;
            }
            while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            int e = text.indexOf('\n', k);
            e = e < 0 ? text.length() : e;
            while (e > k && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e <= k || QUOTE_OPENERS.indexOf(text.charAt(k)) >= 0
                    || text.substring(k, e).trim().split("\\s+").length < BLOCK_MIN_WORDS) {
                return null;
            }
            return new Span(k, e);
        }

        /**
         * The first token from {@code a} that is neither a time word, an adverb other than the negation nor an
         * adverbial phrase (« mardi », « ainsi », « à plusieurs reprises »).
         */
        private int skipTime(int a, int end) {
            int k = a;
            while (k <= end) {
                int phrase = words.phraseAt("adverbial", low, k);
                int date = dateAt(k, end);
                int channel = channelPhrase(k, end);
                int inserted = low.get(k).equals(",") && k + 2 <= end ? skipTime(k + 1, end) : k;
                if (inserted > k + 1 && inserted <= end && low.get(inserted).equals(",")) {
                    k = inserted + 1; // « a répertorié, vendredi, une série de … »
                } else if (phrase > 0) {
                    k += phrase;
                } else if (channel > k) {
                    k = channel;
                } else if (date > k) {
                    k = date;
                } else if (words.is("time", low.get(k)) || toks.get(k).pos().equals("ADV")
                        && !low.get(k).equals("ne") && !low.get(k).equals("n'") // a negation belongs to the content
                        && !(words.is("que", low.get(k)) && k + 1 <= end && low.get(k + 1).equals(","))) {
                    // (« a souligné que, si … »: « que » before a comma is tagged as an adverb; « ne demande qu'une
                    // chose » is the restrictive adverb)
                    k++;
                } else {
                    break;
                }
            }
            return k;
        }

        /**
         * The token after a phrase naming the channel or occasion of a statement that starts at {@code k}: a
         * {@code channel-prep}, a determiner, a {@code channel} noun and its modifiers (adjectives, names, « de
         * presse », « au Monde », a participle with its date: « dans un communiqué publié mardi », « sur son compte
         * Telegram », « lors d'une conférence de presse »), or a {@code channel-prep} and an outlet of the registry
         * (« dans Le Figaro », « sur France Inter »); {@code k} when none starts there.
         */
        private int channelPhrase(int k, int end) {
            if (!words.is("channel-prep", low.get(k))) {
                return k;
            }
            int m = k + 1;
            if (m <= end && low.get(k).equals("lors") && (low.get(m).equals("d'") || low.get(m).equals("de"))) {
                m++;
            }
            for (int len = Math.min(4, end - m + 1); len >= 1 && !low.get(k).equals("lors"); len--) {
                if (toks.get(m + len - 1).pos().equals("PUNCT") || isQuoteMark(toks.get(m + len - 1))) {
                    continue; // the registry's look-up ignores punctuation: « Le Figaro , » is no name
                }
                if (outlets.byName(span(m, m + len - 1).of(text)).isPresent()) {
                    return m + len; // « dans Le Figaro », « sur France Inter », « à Libération »
                }
            }
            if (m <= end && toks.get(m).pos().equals("DET")) {
                m++;
            }
            if (m > end || !words.is("channel", low.get(m)) || toks.get(m).pos().equals("VERB")) {
                return k;
            }
            m++;
            while (m <= end) {
                String pos = toks.get(m).pos();
                String w = low.get(m);
                if (pos.equals("ADJ") || pos.equals("PROPN")) {
                    m++;
                } else if ((w.equals("de") || w.equals("d'")) && m + 1 <= end && dateAt(m + 1, end) > m + 1) {
                    m = dateAt(m + 1, end); // « dans son édition du 3 mai » (« du » = de + le)
                } else if ((w.equals("de") || w.equals("d'")) && m + 1 <= end && words.is("time", low.get(m + 1))) {
                    m += 2; // « dans son édition de mardi »
                } else if ((w.equals("de") || w.equals("d'") || w.equals("à")) && m + 1 <= end
                        && (toks.get(m + 1).pos().equals("NOUN") || toks.get(m + 1).pos().equals("PROPN"))) {
                    m += 2; // « de presse », « à Libération »
                } else if (w.equals("à") && m + 2 <= end && contracted(m)
                        && (toks.get(m + 2).pos().equals("NOUN") || toks.get(m + 2).pos().equals("PROPN"))) {
                    m += 3; // « au Monde »: « au » = à + le, two tokens on the same offsets
                } else if (pos.equals("VERB") && (w.endsWith("é") || w.endsWith("ée") || w.endsWith("és")
                        || w.endsWith("ées"))) {
                    m = skipTime(m + 1, end); // « publié mardi »
                } else {
                    break;
                }
            }
            return m;
        }

        /**
         * The token after an addressee at {@code a} (« à l'AFP », « aux journalistes », « à France Info », « au
         * quotidien Le Monde »): « à », an optional determiner, a noun or a name, its adjectives and capitalised words;
         * {@code a} when none starts there (not « à livrer », a request, nor « à 3 000 », a figure).
         */
        private int addressee(int a, int end) {
            if (a + 1 > end || !low.get(a).equals("à")) {
                return a;
            }
            int k = a + 1;
            if (toks.get(k).pos().equals("DET")) {
                k++;
            }
            if (k > end || !(toks.get(k).pos().equals("NOUN") || toks.get(k).pos().equals("PROPN"))) {
                return a;
            }
            k++;
            while (k <= end && k - a <= 7 && (toks.get(k).pos().equals("ADJ") || toks.get(k).pos().equals("PROPN")
                    || Character.isUpperCase(toks.get(k).word().charAt(0)) && !toks.get(k).pos().equals("PUNCT"))) {
                k++;
            }
            return k <= end && k - a <= 7 ? k : a;
        }

        /**
         * Where an object made of a judging adjective and a noun phrase starts at {@code a} (« peu probable une
         * offensive », « nécessaire un cessez-le-feu »): its first adverb or the adjective, when a determiner follows
         * the adjective; -1 otherwise.
         */
        private int adjectiveObject(int a, int end) {
            int k = a;
            while (k <= end && toks.get(k).pos().equals("ADV") && !words.is("skip", low.get(k))) {
                k++;
            }
            return k + 1 <= end && toks.get(k).pos().equals("ADJ") && toks.get(k + 1).pos().equals("DET") ? a : -1;
        }

        /** Whether an object pronoun stands before the verb group (« l'accuse », « les accusait »). */
        private boolean objectClitic(Group g) {
            for (int k = g.start() - 1; k >= base.get(g.start()); k--) {
                String w = low.get(k);
                if (OBJECT_CLITICS.contains(w) && (toks.get(k).pos().equals("PRON") || w.endsWith("'"))) {
                    return true;
                }
                if (!words.is("skip", w)) {
                    return false;
                }
            }
            return false;
        }

        /**
         * « a appelé à une enquête », « appelle au dialogue »: the noun phrase an appeal asks for (after « à », « au »,
         * « aux »; for « au » = à + le, from the noun on), or -1.
         */
        private int appealObject(int a, int end) {
            int k = skipTime(a, end);
            for (int m = k + 1; k <= end && m <= end && m <= k + 7 && (toks.get(k).pos().equals("DET")
                    || toks.get(k).pos().equals("PROPN") || low.get(k).matches("tous|toutes?")); m++) {
                // « a appelé toutes les parties à la retenue »: the addressee, then what is asked
                if (toks.get(m).isVerbal() || toks.get(m).pos().equals("PUNCT") || words.is("que", low.get(m))) {
                    break;
                }
                if (m < end && (low.get(m).equals("à") || low.get(m).equals("au") || low.get(m).equals("aux"))
                        && !low.get(Math.min(end, contracted(m) ? m + 2 : m + 1))
                        .startsWith("téléphone")) { // « a appelé son homologue au téléphone »: a call, no appeal
                    k = m;
                    break;
                }
            }
            if (k + 1 > end || !(low.get(k).equals("à") || low.get(k).equals("au") || low.get(k).equals("aux"))) {
                return -1;
            }
            int n = contracted(k) ? k + 2 : k + 1;
            if (n > end) {
                return -1;
            }
            String pos = toks.get(n).pos();
            return pos.equals("DET") || pos.equals("NOUN") || pos.equals("ADJ") ? n : -1;
        }

        /** The token after a date at {@code k} (« 4 août », « le 4 août 2022 »), or {@code k} when none starts there. */
        private int dateAt(int k, int end) {
            int d = k <= end && (low.get(k).equals("le") || low.get(k).equals("ce")) ? k + 1 : k;
            if (d + 1 > end || !low.get(d).matches("\\d{1,2}|1er") || !words.is("month", low.get(d + 1))) {
                return k;
            }
            return d + 2 <= end && low.get(d + 2).matches("\\d{4}") ? d + 3 : d + 2;
        }

        /**
         * The start of a request's infinitive clause after a request verb ending at {@code a - 1}: time words and
         * adverbs, then an optional object (« ses alliés », « aux Occidentaux », « à Kiev », up to seven words with
         * no verb or punctuation), then « de », « d' » or « à » and an infinitive (tagged a verb, or a word in -er,
         * -ir or -oir that CoreNLP took for a noun), a negation or a quotation; -1 otherwise.
         */
        private int request(int a, int end) {
            int k = skipTime(a, end);
            int limit = 7;
            for (int m = k; m <= end && m - k <= limit; m++) {
                String w = low.get(m);
                int channel = channelPhrase(m, end);
                if (channel > m && m > k) { // « a demandé au président lors de leur entretien téléphonique de … »
                    limit += channel - m;
                    m = channel - 1;
                    continue;
                }
                if (w.equals(",") && m + 1 <= end && ADDRESSEE_LINKS.contains(low.get(m + 1)) && limit < 19) {
                    limit += 6; // « demande à l'ONU, à la Croix-Rouge et aux autres organisations de … »
                    continue;
                }
                boolean marker = w.equals("de") || w.equals("d'") || w.equals("à");
                if (marker && m + 1 <= end && m > k - 1) {
                    int c = m + 1;
                    String next = low.get(c);
                    if (isQuoteMark(toks.get(c)) || next.equals("ne") || next.equals("n'") || infinitiveAt(c)
                            || (next.equals("se") || next.equals("s'")) && c + 1 <= end && infinitiveAt(c + 1)) {
                        return c;
                    }
                }
                Token t = toks.get(m);
                if (t.isVerbal() || t.pos().equals("PUNCT") || words.is("que", w)) {
                    return -1;
                }
            }
            return -1;
        }

        /** Whether token {@code c} is an infinitive (a verb in -er, -ir, -re, -oir, or a noun in -er/-ir/-oir
         *  that CoreNLP mistook, followed by a determiner, pronoun, adverb or verb). */
        private boolean infinitiveAt(int c) {
            String w = low.get(c);
            Token t = toks.get(c);
            if (t.isVerbal()) {
                return w.matches(".*(er|ir|re|oir)") || w.equals("être") || w.equals("avoir");
            }
            if (!t.pos().equals("NOUN") || !w.matches(".{2,}(er|ir|oir)") || c + 1 >= toks.size()) {
                return false;
            }
            String p = toks.get(c + 1).pos();
            return p.equals("DET") || p.equals("PRON") || p.equals("ADV") || p.equals("VERB");
        }

        /**
         * « s'est dit « indigné » », « s'était déclaré prêt à »: a reflexive {@code self-report} verb (« se »/« s' »
         * just before its group) followed by an adjective, a participle, an adverb and one of those, or a quotation;
         * the start of that complement, else -1.
         */
        private int selfReport(Group g, int a, int end) {
            if (!words.is("self-report", g.lexeme().lemma()) || a > end || g.start() == 0) {
                return -1;
            }
            int b = base.get(g.start());
            int r = g.start() - 1;
            if (r < b || !(low.get(r).equals("s'") || low.get(r).equals("se"))) {
                return -1;
            }
            int k = a;
            if (toks.get(k).pos().equals("ADV") && k + 1 <= end) {
                k++;
            }
            Token t = toks.get(k);
            boolean complement = t.pos().equals("ADJ") || isQuoteMark(t)
                    || t.pos().equals("VERB") && PARTICIPLE.matcher(low.get(k)).find()
                    || t.pos().equals("NOUN") && k + 1 <= end && (low.get(k + 1).equals("à")
                    || low.get(k + 1).equals("de") || low.get(k + 1).equals("d'")); // « s'est dit prêt/NOUN à »
            return complement ? a : -1;
        }

        /**
         * After « Comme le rappelle X, », an apposition to X that opens with no determiner, name or pronoun (« non
         * soumis à la doxa, », « lui-même ancien ministre, ») is skipped: the statement starts after its comma.
         */
        private int skipApposition(int c, int end) {
            String pos = toks.get(c).pos();
            if (pos.equals("DET") || pos.equals("PROPN") || pos.equals("PRON") || pos.equals("NOUN")
                    || pos.equals("NUM") || isQuoteMark(toks.get(c))) {
                return c;
            }
            for (int k = c; k < end && k - c < 10; k++) {
                if (low.get(k).equals(",")) {
                    return k + 1 < end ? k + 1 : c;
                }
                if (toks.get(k).pos().equals("AUX") || toks.get(k).deprel().startsWith("nsubj")) {
                    return c; // a clause of its own, not an apposition
                }
            }
            return c;
        }

        /**
         * The index of « comme » when the verb group follows « comme le » / « comme l' » (« comme le rappelle X »,
         * « comme l'a dit X »; the clitic may open the group), else -1.
         */
        private int commeLe(Group g) {
            for (int k = g.start(); k >= Math.max(base.get(g.start()) + 1, g.start() - 1); k--) {
                if ((low.get(k).equals("le") || low.get(k).equals("l'")) && low.get(k - 1).equals("comme")) {
                    return k - 1;
                }
            }
            Speaker before = commeSubject(g);
            if (before.present()) {
                return before.from() - 1; // « Comme Reuters l'a noté, … »
            }
            int k = g.start() - 1; // « Comme disent les jeunes, … », « comme disait Churchill »
            return k >= base.get(g.start()) && low.get(k).equals("comme") && g.start() == g.verb()
                    && !low.get(g.verb()).equals(g.lexeme().lemma()) // not « comme contester l'addition »
                    && invertedSubject(g).present() ? k : -1;
        }

        /**
         * The last token of a noun-phrase object in tokens {@code o..ce}, before a second predicate of the same
         * subject (« dénonce la « trahison » des alliés et accuse la Commission de … ») or a new clause after « , et »
         * (« ont évoqué la possibilité d'un conflit, et Anna Petrova a déclaré … »); {@code ce} when there is none.
         */
        private int coordinatedPredicate(int o, int ce) {
            for (int m = o + 1; m < ce; m++) {
                if (!low.get(m).equals("et")) {
                    continue;
                }
                int n = m + 1;
                while (n < ce && (words.is("skip", low.get(n)) || toks.get(n).pos().equals("ADV"))) {
                    n++; // « et ne cesse de », « et lui reproche »
                }
                boolean predicate = toks.get(n).pos().equals("VERB") && !infinitiveAt(n)
                        && !PARTICIPLE.matcher(low.get(n)).find() || toks.get(n).pos().equals("AUX");
                if (predicate || low.get(m - 1).equals(",") && hasVerb(m + 1, ce)) {
                    return low.get(m - 1).equals(",") ? m - 2 : m - 1;
                }
            }
            return ce;
        }

        /**
         * A document phrase after « selon » extended with its author and relays: « les chiffres communiqués par
         * l'état-major », « les informations communiquées par la Défense belge et rapportées par le HuffPost »
         * (a participle, « par » and a noun phrase, each at most once more after « et »); {@code sp} otherwise.
         */
        private Speaker withAuthor(Speaker sp, int end) {
            for (int round = 0; round < 2 && sp.present(); round++) {
                int last = sp.to();
                if (round > 0 && last + 1 <= end && low.get(last + 1).equals("et")) {
                    last++; // « et rapportées par … »
                }
                // the participle may be in the phrase already (« communiqués » tagged as a noun or an adjective),
                // and a time word may follow it (« un rapport publié mardi par Amnesty »)
                int participle = AuthoredParticiples.matches(low.get(last)) ? last : last + 1;
                if (participle > end || !AuthoredParticiples.matches(low.get(participle))
                        || toks.get(participle).pos().equals("PUNCT") || toks.get(participle).pos().equals("ADP")) {
                    return sp;
                }
                int par = participle + 1;
                while (par < end && !low.get(par).equals("par")
                        && (words.is("time", low.get(par)) || dateAt(par, end) > par)) {
                    par = Math.max(par + 1, dateAt(par, end)); // (not skipTime: « par » is a time word there)
                }
                if (par + 1 > end || !low.get(par).equals("par")) {
                    return sp;
                }
                Speaker author = phraseRight(par + 1);
                if (!author.present()) {
                    return sp;
                }
                int to = author.to();
                for (int m = author.from() + 1; m < author.to(); m++) {
                    if (low.get(m).equals("et") && PARTICIPLE.matcher(low.get(m + 1)).find()) {
                        to = m - 1; // « … par la Défense belge et rapportées par … »: the next relay
                        break;
                    }
                }
                sp = new Speaker(sp.from(), to);
            }
            return sp;
        }

        /**
         * The preposition of a {@code prep-object} verb (« mettre en garde contre »), right after the verb group or
         * after an addressee of at most five words (« ont mis en garde la Chine contre … »); -1 if none.
         */
        private int prepObject(Group g, int a, int end) {
            int p = skipTime(a, end);
            for (int m = p; m < end && m <= p + 5; m++) {
                if (words.is("prep-object", g.lexeme().lemma() + " " + low.get(m))) {
                    return m;
                }
                if (!npToken(m) || m > p && low.get(m).equals("et")) {
                    return -1;
                }
            }
            return -1;
        }

        /**
         * « C'est ce qu'a déclaré X », « C'est ce que le ministre a affirmé », « Voilà ce qu'a expliqué X »: a
         * sentence that opens on « c'est / voilà ce que » and reports the sentence before it. The index of « que »
         * (the subject, if any, stands between it and the verb group), else -1.
         */
        private int recapitulation(Group g) {
            int from = base.get(g.start());
            int k = from;
            if (k + 1 < g.start() && (low.get(k).equals("c'") || low.get(k).equals("ce"))
                    && (low.get(k + 1).equals("est") || low.get(k + 1).equals("était"))) {
                k += 2;
            } else if (k < g.start() && low.get(k).equals("voilà")) {
                k++;
            } else {
                return -1;
            }
            while (k < g.start() && toks.get(k).pos().equals("ADV")) {
                k++; // « c'est exactement ce que »
            }
            if (k + 1 >= g.start() || !low.get(k).equals("ce") || !words.is("que", low.get(k + 1))) {
                return -1;
            }
            int que = k + 1;
            if (que + 2 == g.start() && words.is("pronoun", low.get(que + 1))) {
                return que; // « C'est ce qu'il a affirmé »; the caller drops « nous », « on » (no source)
            }
            for (int m = que + 1; m < g.start(); m++) {
                if (!npToken(m)) {
                    return -1;
                }
            }
            return que;
        }

        /**
         * « …, ce que la Russie dément », « …, ce que dément Moscou », « …, ce qu'a confirmé le ministère »: the index
         * of the comma before « ce que » when only a noun phrase (or nothing: the subject then follows the verb)
         * stands between « que » and the verb group, else -1.
         */
        private int commentOnClause(Group g) {
            int from = base.get(g.start());
            for (int c = g.start() - 3; c >= Math.max(from + 1, g.start() - 10); c--) {
                if (low.get(c).equals(",") && low.get(c + 1).equals("ce") && words.is("que", low.get(c + 2))) {
                    for (int m = c + 3; m < g.start(); m++) {
                        if (!npToken(m)) {
                            return -1;
                        }
                    }
                    return c;
                }
            }
            return -1;
        }

        /**
         * The subject of « Comme X l'a noté, … » / « comme X le rappelle »: a noun phrase between « comme » and the
         * object clitic before the verb group, or none.
         */
        private Speaker commeSubject(Group g) {
            int clitic = g.start() - 1;
            if (g.clitic() >= 0 || clitic < base.get(g.start()) + 2
                    || !(low.get(clitic).equals("l'") || low.get(clitic).equals("le"))) {
                return Speaker.NONE;
            }
            for (int c = clitic - 2; c >= Math.max(base.get(g.start()), clitic - 7); c--) {
                if (!npToken(c + 1)) {
                    return Speaker.NONE;
                }
                if (low.get(c).equals("comme")) {
                    Speaker sp = trimPhrase(c + 1, clitic - 1);
                    return sp.present() && hasNoun(sp) ? sp : Speaker.NONE;
                }
            }
            return Speaker.NONE;
        }

        /**
         * Whether the verb reports speech through a noun-phrase object: judging and blaming verbs (evaluative and
         * distancing stances; not « rejeter les propositions », a decision) and the lemmas listed as
         * {@code object-speech} (« accuser X de », « qualifier X de », « juger X préoccupant »).
         */
        private boolean takesObject(Group g) {
            String stance = g.lexeme().stance();
            return stance.equals("evaluative") || stance.equals("distancing")
                    || words.is("object-speech", g.lexeme().lemma())
                    || words.is("possessive-object", g.lexeme().lemma());
        }

        /**
         * Whether the object of a charge verb (« accuser X de ») carries its « de » complement only as a noun
         * (« de crimes de guerre ») and never as an infinitive (« de bombarder », « d'avoir menti », « de ne pas »):
         * some « de » in tokens {@code a..to} and none followed by a verb, a negation or a clitic.
         */
        private boolean chargeIsANoun(int a, int to) {
            boolean sawDe = false;
            for (int k = a; k < to; k++) {
                if (low.get(k).equals("de") || low.get(k).equals("d'")) {
                    sawDe = true;
                    int n = isQuoteMark(toks.get(k + 1)) && k + 2 < to ? k + 2 : k + 1; // « de « tenter … » »
                    String pos = toks.get(n).pos();
                    String next = low.get(n);
                    if (pos.equals("VERB") || pos.equals("AUX") || pos.equals("PRON") || next.equals("ne")
                            || next.equals("n'") || words.is("auxiliary", next) || infinitiveAt(n)) {
                        return false;
                    }
                }
            }
            return sawDe;
        }

        /**
         * « Le traité, qualifié de … », « un pays décrit comme … »: a past participle without auxiliary, right after a
         * comma or a noun and followed by « de » or « comme », labels something; nobody speaks (unless « par X »
         * names who, see passiveLabel).
         */
        private boolean adjectivalParticiple(Group g) {
            int v = g.verb();
            if (g.start() != v || v == 0 || v + 1 >= toks.size() || !PARTICIPLE.matcher(low.get(v)).find()
                    || FINITE_PRESENT.matcher(low.get(v)).find() || FINITE_ENDING.matcher(low.get(v)).find()
                    || !(low.get(v + 1).equals("de") || low.get(v + 1).equals("d'") || low.get(v + 1).equals("comme"))) {
                return false;
            }
            String prev = toks.get(v - 1).pos();
            return low.get(v - 1).equals(",") || prev.equals("NOUN") || prev.equals("PROPN");
        }

        /** Whether token {@code a} opens a noun-phrase object (a determiner, noun, name or numeral). */
        private boolean objectStart(int a) {
            String pos = toks.get(a).pos();
            return pos.equals("DET") || pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("NUM")
                    || low.get(a).startsWith("tout"); // « a démenti toute frappe », often tagged as an adverb
        }

        /** The reporting verb group whose verb is token {@code v}, or null. */
        private Group group(int v) {
            Token t = toks.get(v);
            boolean finite = FINITE_ENDING.matcher(low.get(v)).find() // « le rappelait » mistagged as a noun
                    || v >= 2 && (low.get(v - 1).equals("le") || low.get(v - 1).equals("l'"))
                    && low.get(v - 2).equals("comme") // « Comme le rappellent X » tagged « le/DET rappellent/NOUN »
                    || low.get(v).endsWith("ant") && v >= 2 && OBJECT_CLITICS.contains(low.get(v - 1))
                    && low.get(v - 2).equals(","); // « …, les qualifiant de « … » » tagged « les/DET qualifiant/NOUN »
            boolean phrase = v > base.get(v) && verbs.lookup(low.get(v - 1) + " " + low.get(v)).isPresent()
                    && toks.get(v - 1).isVerbal() // « fait état »: the noun of a verb phrase
                    || v > base.get(v) + 1 && toks.get(v - 2).isVerbal() // « met en garde »
                    && verbs.lookup(low.get(v - 2) + " " + low.get(v - 1) + " " + low.get(v)).isPresent();
            if ((t.pos().equals("NOUN") && !finite && !phrase) || t.pos().equals("PROPN") || t.pos().equals("DET")
                    || t.pos().equals("ADP") || t.pos().equals("PUNCT")) {
                return null;
            }
            Optional<ReportingVerb> rv = verbs.lookup(low.get(v));
            int head = v; // the first word of a two-word verb (« fait savoir »)
            if (rv.isEmpty() && v > base.get(v)) {
                rv = verbs.lookup(low.get(v - 1) + " " + low.get(v));
                head = rv.isPresent() ? v - 1 : v;
            }
            if (rv.isEmpty() && v > base.get(v) + 1 && toks.get(v - 2).isVerbal()) {
                rv = verbs.lookup(low.get(v - 2) + " " + low.get(v - 1) + " " + low.get(v));
                head = rv.isPresent() ? v - 2 : v;
            }
            if (rv.isEmpty() || words.is("excluded-lemma", rv.get().lemma())) {
                return null;
            }
            int from = base.get(v);
            int start = head;
            int clitic = -1;
            boolean passive = false;
            for (int k = head - 1; k >= from && head - k <= 4; k--) {
                String w = low.get(k);
                for (int p = Math.max(from, k - 3); p < k; p++) {
                    if (words.phraseAt("adverbial", low, p) == k - p + 1) {
                        k = p; // « a une nouvelle fois appelé »
                        w = low.get(k);
                        break;
                    }
                }
                if (words.phraseAt("adverbial", low, k) > 1) {
                    continue;
                }
                if (words.is("auxiliary", w)) {
                    start = k;
                    break;
                }
                if (words.is("passive", w)) {
                    passive = true;
                } else if (words.is("inverted", w)) {
                    clitic = k;
                } else if (!toks.get(k).pos().equals("ADV") && !words.is("skip", w)) {
                    break;
                }
            }
            if (start == head && !low.get(v).equals(rv.get().lemma()) && head == v) {
                start = insertedAuxiliary(v, from);
            }
            if (start == head) {
                clitic = -1;
                // « L'invasion, dénoncée par Kiev comme une agression »: a participle alone with its agent
                passive = head == v && PARTICIPLE.matcher(low.get(v)).find() && !low.get(v).endsWith("ant")
                        && v + 1 < toks.size() && low.get(v + 1).equals("par");
                boolean reflexive = v > from && (low.get(v - 1).equals("s'") || low.get(v - 1).equals("se"));
                if (t.pos().equals("ADJ") && !reflexive || futureTense(low.get(head), rv.get().lemma())) {
                    // (« « … », s'indigne X »: a verb after its reflexive clitic, though tagged as an adjective)
                    return null; // « les opposants diront que … »: a statement not made yet
                }
            }
            if (clitic < 0 && v + 1 < toks.size() && words.is("inverted", low.get(v + 1))
                    && sentenceOf.get(v + 1).equals(sentenceOf.get(v))) {
                clitic = v + 1;
            }
            Group g = new Group(start, v, clitic, passive, rv.get());
            return adjectivalParticiple(g) ? null : g;
        }

        /**
         * Whether {@code form} is the simple future of {@code lemma} (« diront », « affirmera », « avertiront »):
         * the infinitive (without the final « e » of a « -re » verb) and a future ending. « déclara » (passé simple)
         * is not.
         */
        private static boolean futureTense(String form, String lemma) {
            String verb = lemma.replaceFirst("^(?:se |s')", "").split(" ")[0];
            String stem = verb.endsWith("re") ? verb.substring(0, verb.length() - 1) : verb;
            return form.startsWith(stem) && form.substring(stem.length()).matches("ai|as|a|ons|ez|ont");
        }

        /**
         * The auxiliary of a participle separated from it by an incise or a prepositional phrase (« a, de son
         * côté, indiqué », « a pour sa part estimé »), or {@code v} when there is none.
         */
        private int insertedAuxiliary(int v, int from) {
            for (int p = v - 2; p >= from && v - p <= 7; p--) {
                String w = low.get(p);
                if (words.is("auxiliary", w)) {
                    boolean incise = low.get(p + 1).equals(",") && low.get(v - 1).equals(",");
                    return incise || toks.get(p + 1).pos().equals("ADP") ? p : v;
                }
                String pos = toks.get(p).pos();
                boolean inside = pos.equals("ADP") || pos.equals("DET") || pos.equals("NOUN") || pos.equals("ADV")
                        || pos.equals("ADJ") || w.equals(",") || (pos.equals("PRON") && !words.is("pronoun", w)
                        && !words.is("impersonal", w));
                if (!inside) {
                    return v;
                }
            }
            return v;
        }

        /** The inverted clitic as speaker; none for the impersonal « -t-on ». */
        private Speaker cliticSpeaker(Group g) {
            if (isImpersonalClitic(g)) {
                return Speaker.NONE;
            }
            int k = g.start() - 1;
            while (k >= base.get(g.start()) && (low.get(k).equals("ne") || low.get(k).equals("n'"))) {
                k--;
            }
            Speaker before = k >= base.get(g.start()) && g.clitic() > g.start() ? phraseLeft(k) : Speaker.NONE;
            if (before.present() && hasNoun(before) && (before.from() == base.get(g.start())
                    || low.get(before.from() - 1).equals(","))) {
                return before; // « Le président n'a-t-il pas déclaré que … ? »: the subject stands before the clitic
            }
            return new Speaker(g.clitic(), g.clitic());
        }

        private boolean isImpersonalClitic(Group g) {
            return g.clitic() >= 0 && low.get(g.clitic()).endsWith("on");
        }

        /** The speaker before (or, passive, after « par ») a verb group. */
        private Speaker subjectOf(Group g) {
            if (g.passive()) {
                int a = g.after();
                return a < toks.size() && low.get(a).equals("par") ? phraseRight(a + 1) : Speaker.NONE;
            }
            if (g.start() == g.verb() && low.get(g.verb()).endsWith("ant")) {
                return gerundSubject(g);
            }
            int et = g.start() - 1;
            while (et >= base.get(g.start()) && (toks.get(et).pos().equals("ADV")
                    || (low.get(et).equals("lui") || low.get(et).equals("leur")) && et > base.get(g.start())
                    && low.get(et - 1).equals("et"))) {
                et--; // « … et lui a signifié que »: a dative clitic, not the subject
            }
            if (et > base.get(g.start()) && low.get(et).equals("et") && !low.get(g.verb()).endsWith("ant")) {
                return sharedSubject(et, base.get(g.start()), g); // « X a assuré que … et a appelé … »
            }
            Token verb = toks.get(g.verb());
            if (g.start() == g.verb() && low.get(g.verb()).equals(g.lexeme().lemma()) && parsed && verb.head() >= 0) {
                Speaker governing = parsedSubject(verb.head() + base.get(g.verb()), true);
                return governing == null ? Speaker.NONE : governing;
            }
            Speaker parsedSubject = parsedSubject(g.verb(), true);
            if (parsedSubject != null) {
                return parsedSubject;
            }
            int from = base.get(g.start());
            int k = g.start() - 1;
            while (k >= from && (words.is("skip", low.get(k)) || toks.get(k).pos().equals("ADV"))
                    && !words.is("pronoun", low.get(k))) {
                k--;
            }
            // « avant d'ajouter que », « a tenu à souligner que »: the subject of the governing verb
            if (k >= from && g.start() == g.verb() && (low.get(k).equals("d'") || low.get(k).equals("de")
                    || low.get(k).equals("à"))) {
                k--;
                while (k >= from && (toks.get(k).isVerbal() || toks.get(k).pos().equals("ADV")
                        || low.get(k).equals("avant") || words.is("skip", low.get(k)))) {
                    k--;
                }
            }
            if (k < from) {
                return Speaker.NONE;
            }
            if (toks.get(k).pos().equals("CCONJ")) {
                return sharedSubject(k, from, g);
            }
            if (words.is("pronoun", low.get(k)) || words.is("impersonal", low.get(k))
                    || words.is("narrator", low.get(k))) {
                return new Speaker(k, k);
            }
            if (low.get(k).equals("qui")) {
                k--;
                if (k >= from && low.get(k).equals(",")) {
                    k--;
                }
            }
            if (k - 3 >= from && low.get(k).equals(",") && STRESSED.contains(low.get(k - 1))
                    && low.get(k - 2).equals(",")) {
                Speaker dislocated = phraseLeft(k - 3); // « Les habitants, eux, disent … », parsed with no subject
                if (dislocated.present()) {
                    return dislocated;
                }
            }
            if (k >= from && low.get(k).equals(",")) {
                Speaker apposition = phraseLeft(k - 1);
                int cited = apposition.present() ? apposition.from() - 2 : -1;
                if (cited - 2 >= from && low.get(cited + 1).equals("par") && words.is("cited", low.get(cited))
                        && low.get(cited - 1).equals(",")) {
                    Speaker source = phraseLeft(cited - 2); // « Les autorités, citées par Interfax, font état de … »
                    if (source.present()) {
                        return source;
                    }
                }
                if (apposition.present() && apposition.from() - 1 >= from && low.get(apposition.from() - 1).equals(",")) {
                    Speaker head = phraseLeft(apposition.from() - 2);
                    if (head.present()) {
                        return new Speaker(head.from(), apposition.to());
                    }
                }
                return apposition.present() && hasNoun(apposition) ? apposition : Speaker.NONE;
            }
            Speaker sp = phraseLeft(k);
            int c = sp.from() - 2;
            if (sp.present() && c > from && low.get(c + 1).equals("par") && words.is("cited", low.get(c))) {
                Speaker source = phraseLeft(c - 1);
                return source.present() ? source : sp;
            }
            return sp;
        }

        /** « Moscou rejette les accusations et affirme que »: the subject of the verb before the conjunction. */
        private Speaker sharedSubject(int conj, int from, Group g) {
            int s = sentenceOf.get(conj);
            for (int i = drafts.size() - 1; i >= 0; i--) { // « X a assuré que … et a appelé … »: X again
                Draft d = drafts.get(i);
                if (d.sentence == s && d.cue.end() <= toks.get(conj).start() && d.speaker.present()
                        && d.speaker.to() < conj && !d.type.equals("according_to")) {
                    return d.speaker;
                }
            }
            Token verb = toks.get(g.verb());
            boolean inCompletive = false; // « X a assuré que son pays … et a appelé »: the parse joins the wrong verb
            for (int p = from; p < conj && verb.head() >= 0 && p < verb.head() + base.get(g.verb()); p++) {
                inCompletive |= words.is("que", low.get(p));
            }
            if (parsed && !inCompletive && verb.deprel().equals("conj") && verb.head() >= 0) {
                Speaker sp = parsedSubject(verb.head() + base.get(g.verb()), true);
                if (sp != null) {
                    return sp;
                }
            }
            for (int p = from; p < conj; p++) {
                if (toks.get(p).isVerbal()) {
                    int v = p;
                    while (v + 1 < conj && toks.get(v + 1).isVerbal()) {
                        v++;
                    }
                    return subjectOf(new Group(p, v, -1, false, g.lexeme()));
                }
            }
            return Speaker.NONE;
        }

        /**
         * « X, responsable, disant » (an absolute construction: the name just before), else « …, ajoutant que » /
         * « en affirmant que »: the speaker of the sentence's previous attribution or the governing verb's subject.
         */
        private Speaker gerundSubject(Group g) {
            int k = g.verb() - 1;
            int from = base.get(g.verb());
            if (k > from && low.get(k).equals(",")) {
                Speaker name = phraseLeft(k - 1);
                if (name.present() && hasPos(name, "PROPN")
                        && (name.from() == from || low.get(name.from() - 1).equals(","))) {
                    Speaker head = name.from() - 2 >= from ? phraseLeft(name.from() - 2) : Speaker.NONE;
                    return head.present() && (head.from() == from || low.get(head.from() - 1).equals(","))
                            ? new Speaker(head.from(), name.to()) : name;
                }
            }
            int s = sentenceOf.get(g.verb());
            for (int i = drafts.size() - 1; i >= 0; i--) {
                Draft d = drafts.get(i);
                if (d.sentence == s && d.cue.start() < toks.get(g.verb()).start()) {
                    return d.speaker;
                }
            }
            Token t = toks.get(g.verb());
            if (parsed && t.head() >= 0) {
                Speaker sp = parsedSubject(t.head() + base.get(g.verb()), true);
                return sp == null ? Speaker.NONE : sp;
            }
            return Speaker.NONE;
        }

        /** The subject after an inverted verb group (« a déclaré mardi le ministre »). */
        private Speaker invertedSubject(Group g) {
            Speaker parsedSubject = parsedSubject(g.verb(), false);
            if (parsedSubject != null) {
                return parsedSubject;
            }
            int k = g.after();
            int end = sentenceEnd.get(sentenceOf.get(g.verb()));
            for (int guard = 0; k <= end && guard < 6; guard++) {
                if (words.is("time", low.get(k)) || toks.get(k).pos().equals("ADV")
                        || low.get(k).equals("si") && k < end && toks.get(k + 1).pos().equals("ADV")) {
                    // (« si justement »)
                    k++;
                } else if (low.get(k).equals("à") || low.get(k).equals("aux")) {
                    Speaker addressee = phraseRight(k + 1);
                    if (!addressee.present()) {
                        break;
                    }
                    k = addressee.to() + 1;
                } else {
                    break;
                }
            }
            return k <= end ? phraseRight(k) : Speaker.NONE;
        }

        /**
         * The nsubj of {@code verb} from the parse with its noun phrase, on the left ({@code before}) or right of
         * the verb; null when there is no parse or no usable subject (the caller falls back to surface rules).
         */
        private Speaker parsedSubject(int verb, boolean before) {
            if (!parsed) {
                return null;
            }
            int b = base.get(verb);
            int end = sentenceEnd.get(sentenceOf.get(verb));
            for (int k = b; k <= end; k++) {
                Token t = toks.get(k);
                if (t.head() + b == verb && t.head() >= 0 && (t.deprel().equals("nsubj")
                        || t.deprel().equals("nsubj:pass") || t.deprel().equals("nsubj:caus"))
                        && (k < verb) == before) { // nsubj:caus: « X lui fait remarquer que »
                    String w = low.get(k);
                    if (w.equals("qui") || w.equals("que")) {
                        return null;
                    }
                    boolean indefinite = t.pos().equals("PRON") && (w.equals("un") || w.equals("une")
                            || w.equals("certains") || w.equals("plusieurs"));
                    if (STRESSED.contains(w) && k - 2 >= b && low.get(k - 1).equals(",") && k + 1 <= end
                            && low.get(k + 1).equals(",")) {
                        Speaker dislocated = phraseLeft(k - 2); // « Les Ukrainiens, eux, assurent … »
                        if (dislocated.present()) {
                            return dislocated;
                        }
                    }
                    if (t.pos().equals("PRON") && !indefinite) {
                        return new Speaker(k, k);
                    }
                    if (!t.pos().equals("NOUN") && !t.pos().equals("PROPN") && !indefinite) {
                        return null;
                    }
                    int lo = k;
                    int hi = k;
                    for (int m = b; m <= end; m++) {
                        if (m != verb && dominatedBy(m, k, b)) {
                            if (before ? m < verb : m > verb) {
                                lo = Math.min(lo, m);
                                hi = Math.max(hi, m);
                            }
                        }
                    }
                    for (int m = k + 1; !before && m <= hi; m++) {
                        if (toks.get(m).pos().equals("ADP") && AFTER_SUBJECT.contains(low.get(m))) {
                            hi = m - 1; // « a écrit la Première ministre sur Twitter »: where, not who
                            break;
                        }
                    }
                    for (int m = k + 1; m < hi; m++) {
                        String pos = toks.get(m + 1).pos();
                        if (low.get(m).equals(",") && (pos.equals("ADJ") || pos.equals("VERB") || pos.equals("ADV")
                                || STRESSED.contains(low.get(m + 1)))) {
                            hi = m - 1; // « Le chef de la diplomatie, fidèle à sa ligne, … », « Le ministre, lui, … »
                            break;
                        }
                    }
                    if (before && lo > b && (low.get(lo).equals("des") || low.get(lo).equals("du"))
                            && toks.get(lo - 1).pos().equals("NOUN")) {
                        Speaker head = phraseLeft(lo - 1); // « le ministre des Armées » parsed with « Armées » as subject
                        lo = head.present() ? head.from() : lo;
                    }
                    if (hi + 1 <= end && low.get(hi + 1).equals(")") && low.subList(lo, hi + 1).contains("(")) {
                        hi++;
                    }
                    lo = before ? namedBefore(lo, hi, b) : lo;
                    Speaker sp = indefinite ? new Speaker(lo, hi) : trimPhrase(lo, hi);
                    return sp.present() && sp.to() - sp.from() < 25 ? sp : null;
                }
            }
            return null;
        }

        /**
         * « Jens Stoltenberg, le secrétaire général de l'Otan, a déclaré »: the parser takes the title in apposition
         * for the subject and the name that opens the sentence for an adjunct; the speaker is then the name and its
         * title. Returns the name's first token when a name (and nothing else) stands between the sentence start
         * {@code b} and a comma right before the subject phrase {@code lo..hi}, otherwise {@code lo}.
         */
        private int namedBefore(int lo, int hi, int b) {
            if (lo - 2 < b || !low.get(lo - 1).equals(",") || !toks.get(lo).pos().equals("DET")
                    || hi + 1 >= toks.size() || !low.get(hi + 1).equals(",")) {
                return lo;
            }
            for (int m = b; m <= lo - 2; m++) {
                if (!toks.get(m).pos().equals("PROPN")) {
                    return lo;
                }
            }
            return b;
        }

        /** Whether token {@code m} is {@code k} or below it, not through a clause (acl, relcl, advcl, parataxis). */
        private boolean dominatedBy(int m, int k, int b) {
            int cur = m;
            for (int steps = 0; steps < 40 && cur >= 0; steps++) {
                if (cur == k) {
                    return true;
                }
                Token t = toks.get(cur);
                String rel = t.deprel();
                boolean nounInAnt = rel.equals("acl") && low.get(cur).endsWith("ant") && t.head() + b == cur - 1
                        && !(cur + 1 < toks.size() && toks.get(cur + 1).pos().equals("DET")); // « le haut représentant »
                if ((rel.startsWith("acl") && !nounInAnt) || rel.startsWith("advcl") || rel.equals("parataxis")
                        || rel.equals("ccomp") || t.head() < 0) {
                    return false;
                }
                cur = t.head() + b;
            }
            return false;
        }

        private int findQue(int a, int end) {
            for (int k = a; k <= end && k - a < 12; k++) {
                String w = low.get(k);
                if (words.is("que", w)) {
                    // « considère ainsi que »: right after the verb, « ainsi » is the adverb, not « ainsi que »
                    boolean adverb = k - 1 == a && low.get(a).equals("ainsi");
                    if (k - 1 > a && low.get(k - 1).equals(",") && toks.get(a).pos().equals("DET")) {
                        return -1; // « a fustigé les sanctions, qu'il juge … »: a relative clause on the object
                    }
                    if (k - 2 >= a && low.get(k - 1).equals("et") && low.get(k - 2).equals(",")) {
                        return -1; // « a été critiquée par X pour des raisons morales, et que … »: a second relative
                    }
                    if (k > a && toks.get(k).pos().equals("PRON") && !toks.get(k).deprel().equals("mark")
                            && (toks.get(k - 1).pos().equals("NOUN") || toks.get(k - 1).pos().equals("PROPN"))
                            && !toks.get(k - 1).deprel().startsWith("obl") && !toks.get(k - 1).deprel().equals("iobj")) {
                        // « a annoncé un référendum, une décision que l'Occident a dénoncée »: a relative on the
                        // object (not « a répété aux journalistes qu'il … », after an addressee)
                        return -1;
                    }
                    return k > a && !adverb && (low.get(k - 1).equals("ce") || words.is("locution", low.get(k - 1)))
                            ? -1 : k;
                }
                Token t = toks.get(k);
                if (w.equals("qui") || w.equals(".") || w.equals(";") || w.equals(":")
                        || t.pos().equals("SCONJ") || t.isVerbal()) {
                    return -1;
                }
            }
            return -1;
        }

        /**
         * The first token from {@code a} past time words, adverbs, adverbial phrases (« pour sa part ») and one
         * comparative incise between commas (« a déclaré, comme il l'avait déjà fait, que … »).
         */
        private int skipLead(int a, int end) {
            int k = skipTime(a, end);
            if (k + 1 <= end && low.get(k).equals(",") && (low.get(k + 1).equals("comme")
                    || low.get(k + 1).equals("citant"))) { // « rapporte, citant des sources diplomatiques, que … »
                for (int m = k + 2; m <= Math.min(end, k + 16); m++) {
                    if (low.get(m).equals(",")) {
                        return skipTime(m + 1, end);
                    }
                }
            }
            return k;
        }

        /**
         * The start of an indirect question after a verb of asking or explaining: within eight tokens with no verb
         * and no other punctuation than quotation marks (an object « au diplomate » may come first), « si » or an
         * interrogative word (« comment », « pourquoi »); -1 otherwise.
         */
        private int question(int a, int end) {
            for (int k = a; k <= end && k - a < 8; k++) {
                String w = low.get(k);
                if (words.is("interrogative", w)) {
                    return k + 1 <= end ? k : -1;
                }
                Token t = toks.get(k);
                if (t.isVerbal() || t.pos().equals("PUNCT") && !isQuoteMark(t) || words.is("que", w)) {
                    return -1;
                }
            }
            return -1;
        }

        private int infinitive(int a, int end) {
            int k = a;
            while (k <= end && words.is("skip", low.get(k))) {
                k++;
            }
            if (k > end) {
                return -1;
            }
            Token t = toks.get(k);
            String w = low.get(k);
            boolean inf = w.equals("être") || w.equals("avoir") || w.matches(".*(er|ir|re|oir)");
            return t.isVerbal() && inf && k < end ? a : -1;
        }

        // ---------------------------------------------------------------- selon, d'après, cité par, pour

        private boolean isAccording(int g) {
            String w = low.get(g);
            return w.equals("selon") || (w.equals("d'") && g + 1 < toks.size() && low.get(g + 1).equals("après"));
        }

        private void according(int g) {
            String w = low.get(g);
            int s = sentenceOf.get(g);
            int from = sentenceStart.get(s);
            int end = sentenceEnd.get(s);
            if (insideQuote(toks.get(g).start()) || covered(toks.get(g).start())) {
                return;
            }
            int cueEnd;
            Speaker sp;
            Speaker whole = null; // « selon ses informations »: the phrase, when the speaker is only its owner
            if (isAccording(g) && opinionOf(g, end) < 0) { // (« selon le mot de X »: X's words, below)
                cueEnd = w.equals("selon") ? g : g + 1;
                if (w.equals("selon") && g + 1 <= end && low.get(g + 1).startsWith("lequel")
                        || w.equals("selon") && g + 1 <= end && low.get(g + 1).startsWith("lesquel")
                        || w.equals("selon") && g + 1 <= end && low.get(g + 1).equals("laquelle")) {
                    namedStatement(g, from, end);
                    return;
                }
                if (cueEnd + 1 > end || words.is("not-source", low.get(cueEnd + 1))) {
                    return;
                }
                sp = phraseRight(cueEnd + 1);
                sp = withAuthor(sp, end); // « d'après les chiffres communiqués par l'état-major, … »
                sp = commaList(sp, end); // « Selon Washington, Londres et Bruxelles, … »
                if (sp.present() && sp.to() == sp.from() + 1 && words.is("possessive", low.get(sp.from()))
                        && words.is("owned-claim", low.get(sp.to()))) {
                    whole = sp;
                    sp = new Speaker(sp.from(), sp.from()); // « selon ses calculs »: the owner, resolved like « il »
                }
                for (int m = sp.from(); sp.present() && m <= Math.min(sp.to(), sp.from() + 1); m++) {
                    if (words.is("not-source", low.get(m))) {
                        return;
                    }
                }
            } else if (possessiveOpinion(g, end) > 0) {
                // « À son avis, … », « De leur point de vue, … »: the owner is the possessive, resolved like « il »
                cueEnd = possessiveOpinion(g, end);
                sp = new Speaker(g + 1, g + 1);
                int first = from;
                while (first < g && words.is("sentence-adverb", low.get(first))) {
                    first++;
                }
                int after = low.get(cueEnd + 1).equals(",") ? cueEnd + 2 : cueEnd + 1; // « À ses yeux la … »
                Span content = first == g ? clause(after, clauseEnd(after, end)) : clause(from, end);
                if (content.length() > 0) {
                    drafts.add(new Draft("according_to", sp, span(g, cueEnd), null, content, s));
                }
                return;
            } else if (opinionOf(g, end) > 0) {
                // « aux yeux de X, … », « du point de vue de X, … »: X's opinion
                cueEnd = opinionOf(g, end);
                int owner = cueEnd + 1;
                if (owner <= end && contracted(cueEnd)) {
                    owner++; // « du » = de + le
                }
                sp = phraseRight(owner);
                if (!sp.present() || !(hasPos(sp, "PROPN") || hasNer(sp, "PER") || hasNoun(sp))) {
                    return;
                }
            } else if (words.is("cited", w) && g + 1 <= end && low.get(g + 1).equals("par")) {
                cueEnd = g + 1;
                sp = phraseRight(g + 2);
            } else if ((w.equals("de") || w.equals("d'")) && g + 1 <= end && low.get(g + 1).startsWith("source")
                    && (g == from || !toks.get(g - 1).pos().equals("NOUN"))
                    && !(g - 1 >= from && (low.get(g - 1).endsWith("-on") || g - 2 >= from
                    && low.get(g - 2).endsWith("-on"))) // « indique-t-on de source X »: the source of that cue
                    && !(g + 2 <= end && low.get(g + 2).startsWith("indépendant"))) { // « vérifier de source indépendante »
                cueEnd = g + 1;
                sp = phraseRight(g + 1);
            } else if (w.equals("pour") && g + 2 <= end && low.get(g + 1).equals("qui") && g - 2 >= from
                    && low.get(g - 1).equals(",")) {
                // « Le philosophe, pour qui la guerre est un échec, appelle … »: the opinion of the antecedent
                sp = phraseLeft(g - 2);
                if (!sp.present() || !namesSomeone(sp) || isEvidence(sp)) {
                    return;
                }
                int e = clauseEnd(g + 2, end);
                for (int m = g + 3; m < e; m++) {
                    if (low.get(m).equals(",")) {
                        e = m - 1;
                        break;
                    }
                }
                Span content = clause(g + 2, e);
                if (content.length() > 0 && hasVerb(g + 2, e)) {
                    drafts.add(new Draft("according_to", sp, span(g, g + 1), null, content, s));
                }
                return;
            } else if (w.equals("pour") && (g == from || words.is("sentence-adverb", low.get(g - 1))
                    || suspensionEnd(g - 1))) {
                if (g > from && suspensionEnd(g - 1)) {
                    from = g; // « … que la Chine… Pour d'autres, … »
                }
                cueEnd = g;
                Speaker some = someone(g + 1, end);
                sp = some.present() ? some : coordinated(phraseRight(g + 1), end);
                int close = sp.present() ? afterFocus(sp.to() + 1, end) : -1;
                if (!sp.present() || close > end || !low.get(close).equals(",")
                        || !(some.present() || hasPos(sp, "PROPN") || words.is("pronoun", low.get(sp.from()))
                        || someoneByNoun(sp))) {
                    return;
                }
                int m = close + 1;
                while (m < end && (toks.get(m).pos().equals("ADV") || toks.get(m).pos().equals("ADJ")
                        || low.get(m).equals("sans") && low.get(m + 1).equals("doute"))) {
                    m += low.get(m).equals("sans") ? 2 : 1;
                }
                if (m > close + 1 && low.get(m).equals(",")) {
                    close = m; // « Pour d'autres, peut-être plus influents, … »: a description of the owners
                }
                Span content = accordingContent(g, new Speaker(sp.from(), close - 1), from, end);
                if (content != null && content.length() > 0) {
                    drafts.add(new Draft("according_to", sp, span(g, cueEnd), null, content, s));
                }
                return;
            } else {
                return;
            }
            if (!sp.present()) {
                return;
            }
            int colon = (whole != null ? whole : sp).to() + 1;
            if (colon <= end && low.get(colon).equals(":") && colon + 1 < toks.size()
                    && isQuoteMark(toks.get(colon + 1))) {
                // « Selon le Premier ministre :⏎⏎« … » »: the quotation after the colon, even in the next paragraph
                Quotation q = firstQuoteAt(toks.get(colon + 1).start());
                if (q != null && q.closed() && drafts.stream().noneMatch(d -> d.content.equals(q.content()))) {
                    drafts.add(new Draft("direct", sp, span(g, cueEnd), null, q.content(), s));
                }
                return;
            }
            Speaker described = whole != null ? whole : sp;
            int p = described.to() + 1;
            int q = p + 2 < end && low.get(p + 1).matches("ce|cette|le") && words.is("time", low.get(p + 2)) ? p + 2
                    : p + 1; // « publiées ce jeudi »
            if (p < end && PARTICIPLE.matcher(low.get(p)).find() && !toks.get(p).pos().equals("NOUN")
                    && skipTime(q, end) < end && low.get(skipTime(q, end)).equals(",")) {
                // « d'après des estimations de l'OMS publiées jeudi, … »: the participle describes the source
                described = new Speaker(described.from(), skipTime(q, end) - 1);
            } else if (p + 1 < end && PARTICIPLE.matcher(low.get(p)).find() && low.get(p + 1).equals("par")
                    && phraseRight(p + 2).present()) {
                // « selon un projet de texte consulté par notre rédaction »: who read it, not who wrote it
                described = new Speaker(described.from(), phraseRight(p + 2).to());
            }
            Span content = accordingContent(g, described, from, end);
            if (content == null || content.length() == 0) {
                return;
            }
            drafts.add(new Draft("according_to", sp, span(g, cueEnd), null, content, s));
        }

        /**
         * « les déclarations du président polonais Andrzej Duda selon lesquelles … »: a statement noun
         * ({@code statement-noun}) with a named owner before « selon laquelle/lesquelles » makes the clause after it
         * that owner's reported speech. Without a named owner (« les informations selon lesquelles ») it is not an
         * attribution.
         */
        private void namedStatement(int selon, int from, int end) {
            for (int k = selon - 1; k >= Math.max(from, selon - 10); k--) {
                if (!words.is("statement-noun", low.get(k))) {
                    continue;
                }
                if (k + 1 == selon && k - 2 >= from && words.is("possessive", low.get(k - 1))) {
                    // « Le président a réitéré sa position selon laquelle … »: the statement of the verb's subject
                    Group g = group(k - 2);
                    Speaker sp = g == null || g.clitic() >= 0 ? Speaker.NONE : subjectOf(g);
                    if (sp.present() && !isImpersonal(sp) && !isEvidence(sp) && selon + 2 <= end) {
                        Span content = clause(selon + 2, clauseEnd(selon + 2, end));
                        usedVerbs.add(k - 2);
                        drafts.add(new Draft("indirect", sp, cueSpan(g), g.lexeme(), content, sentenceOf.get(selon)));
                    }
                    return;
                }
                if (k + 2 >= selon || !(low.get(k + 1).equals("de") || low.get(k + 1).equals("du")
                        || low.get(k + 1).equals("des") || low.get(k + 1).equals("d'"))) {
                    return;
                }
                int owner = k + 2;
                if (contracted(k + 1)) {
                    owner++; // « du » = de + le: both parts carry the offsets of « du »
                }
                Speaker sp = phraseRight(owner);
                if (!sp.present() || sp.to() >= selon || !(hasPos(sp, "PROPN") || hasNer(sp, "PER"))) {
                    return;
                }
                int a = selon + 2;
                if (a > end) {
                    return;
                }
                Span content = clause(a, clauseEnd(a, end));
                if (content.length() > 0) {
                    drafts.add(new Draft("indirect", sp, span(selon, selon + 1), null, content, sentenceOf.get(selon)));
                }
                return;
            }
            // « cite un diplomate européen selon lequel l'accord est prêt »: a person or body as the antecedent
            // « X selon lequel », « X, selon lequel »
            int before = selon - 1 >= from && low.get(selon - 1).equals(",") ? selon - 2 : selon - 1;
            Speaker who = before >= from ? phraseLeft(before) : Speaker.NONE;
            String det = who.present() ? low.get(who.from()) : "";
            boolean feminine = low.get(selon + 1).startsWith("laquelle") || low.get(selon + 1).startsWith("lesquelles");
            boolean agrees = feminine ? !det.matches("le|un|ce|cet") : !det.matches("la|une|cette");
            if (who.present() && agrees && !isEvidence(who) && namesSomeone(who) && selon + 2 <= end) {
                // (« la maxime de Mitterrand, alias Le Florentin, selon laquelle … »: « laquelle » is the maxim)
                for (int m = who.from(); m <= who.to(); m++) {
                    if (words.is("not-source", low.get(m)) || words.is("anonymous-noun", low.get(m))) {
                        return; // « les informations selon lesquelles … »: whose, the text does not say
                        // (statement nouns were handled by the loop above)
                    }
                }
                int e = clauseEnd(selon + 2, end);
                for (int m = selon + 3; before < selon - 1 && m < e; m++) {
                    if (low.get(m).equals(",")) {
                        e = m - 1; // « Le Kremlin, selon lequel les sanctions sont illégales, a convoqué … »
                        break;
                    }
                }
                Span content = clause(selon + 2, e);
                if (content.length() > 0) {
                    drafts.add(new Draft("according_to", who, span(selon, selon + 1), null, content,
                            sentenceOf.get(selon)));
                }
            }
        }

        /**
         * The index of the « de » that ends an opinion cue starting at {@code g} (« aux yeux de », « du point de vue
         * de », « de l'avis de »), or -1.
         */
        private int opinionOf(int g, int end) {
            String[][] cues = {{"aux", "yeux"}, {"de", "le", "point", "de", "vue"}, {"du", "point", "de", "vue"},
                {"de", "l'", "avis"}, {"aux", "dires"}, {"à", "les", "dires"}, {"pour", "reprendre", "les", "mots"},
                {"pour", "reprendre", "les", "termes"}, {"pour", "reprendre", "l'", "expression"},
                {"pour", "reprendre", "la", "formule"}, {"selon", "le", "mot"}, {"selon", "les", "mots"},
                {"selon", "la", "formule"}, {"selon", "l'", "expression"}, {"selon", "les", "termes"},
                {"à", "en", "croire"}, {"à", "entendre"}, {"à", "écouter"},
                {"pour", "citer"},
                {"si", "l'", "on", "en", "croit"}, {"si", "on", "en", "croit"}};
            for (String[] cue : cues) {
                int k = g;
                int i = 0;
                while (i < cue.length && k <= end && low.get(k).equals(cue[i])) {
                    i++;
                    k++;
                }
                if (i == cue.length && k <= end && cue[cue.length - 1].matches("croire|croit|entendre|écouter|citer")) {
                    return k - 1; // « À en croire le Kremlin, … », « À entendre X, … »: the owner follows at once
                }
                if (i == cue.length && k <= end && (low.get(k).equals("de") || low.get(k).equals("d'")
                        || low.get(k).equals("des") || low.get(k).equals("du"))) {
                    return k;
                }
            }
            return -1;
        }

        /**
         * The index of the last word of a possessive opinion cue starting at {@code g} and followed by a comma
         * (« à son avis, », « à leur avis, », « de son point de vue, »), or of « à ses yeux » with or without a
         * comma; -1 otherwise.
         */
        private int possessiveOpinion(int g, int end) {
            if (g + 3 > end || !words.is("possessive", low.get(g + 1))) {
                return -1;
            }
            int last = -1;
            if (low.get(g).equals("à") && low.get(g + 2).equals("yeux")) {
                return g + 2; // « L'Ukraine est à ses yeux un accident de l'histoire »: with or without commas
            }
            if (low.get(g).equals("à") && low.get(g + 2).equals("avis")) {
                last = g + 2;
            } else if (low.get(g).equals("de") && g + 5 <= end && low.get(g + 2).equals("point")
                    && low.get(g + 3).equals("de") && low.get(g + 4).equals("vue")) {
                last = g + 4;
            }
            return last > 0 && last + 1 <= end && low.get(last + 1).equals(",") ? last : -1;
        }

        /**
         * The clause a « selon X » attaches to, inside its region: the sentence cut at « ; » and « : » and, when the
         * cue sits in parentheses, the parentheses. A fronted cue (« Selon X, … », « … : selon lui, … », « d'autant
         * que, selon X, … ») takes what follows X; a final one (« …, selon X. », « (…, selon X) ») the clause before
         * it; an incise inside a clause (« Cela durera, selon lui, tant que … », « Ils sont, selon lui, les … ») the
         * whole clause with the incise.
         */
        private Span accordingContent(int g, Speaker sp, int from, int end) {
            if (g - 2 >= from && low.get(g - 1).equals("(") && sp.to() + 1 <= end && low.get(sp.to() + 1).equals(")")) {
                // « Les négociations ont échoué (selon l'AFP) après trois jours »: what stands before the parentheses,
                // from the last comma of its clause
                int start = Math.max(from, Math.max(clauseStart(g - 2), commaBefore(g - 2, from)));
                return start > g - 2 ? null : clause(start, g - 2);
            }
            int lo = from;
            int hi = end;
            int depth = 0;
            for (int m = g - 1; m >= from; m--) {
                String w = low.get(m);
                depth += w.equals(")") ? 1 : w.equals("(") ? -1 : 0;
                if (depth < 0 || depth == 0 && (w.equals(";") || w.equals(":"))) {
                    lo = m + 1;
                    break;
                }
            }
            boolean inParens = lo > from && low.get(lo - 1).equals("(");
            depth = 0;
            for (int m = sp.to() + 1; m <= end; m++) {
                String w = low.get(m);
                depth += w.equals("(") ? 1 : w.equals(")") ? -1 : 0;
                if (depth < 0 || depth == 0 && !inParens && w.equals(";") || suspensionEnd(m)) {
                    hi = m - 1;
                    break;
                }
            }
            int first = lo;
            while (first < g && (words.is("sentence-adverb", low.get(first)) || words.is("que", low.get(first))
                    || low.get(first).equals(",") || toks.get(first).pos().equals("CCONJ"))) {
                first++;
            }
            int after = sp.to() + 1;
            if (first == g) {
                return clauseAfter(after, hi);
            }
            int last = g - 1;
            if (low.get(last).equals(",") || low.get(last).equals("(")) {
                last--;
            }
            if (last < first) {
                return null;
            }
            int relative = relativeStart(lo, last);
            boolean restEmpty = after > hi || low.get(after).equals(".") || low.get(after).equals(")")
                    || after + 1 <= hi && low.get(after).equals(",") && low.get(after + 1).equals("qui"); // « …, selon
            // les autorités, qui font état de … »: what follows describes the source
            if (relative >= 0 && !restEmpty) {
                // « des équipements qui, selon lui, sont destinés aux soldats », « une pratique qui enfreint selon elle
                // le droit »: the relative clause with its antecedent
                return clause(relative, clauseEnd(after, hi));
            }
            String opener = toks.get(last).pos();
            if (words.is("que", low.get(last)) || words.is("sentence-adverb", low.get(last))
                    || opener.equals("SCONJ") || opener.equals("CCONJ")) {
                return clauseAfter(after, hi);
            }
            if (!restEmpty && last == g - 1 && !toks.get(last).pos().equals("PUNCT")
                    && !toks.get(after).pos().equals("PUNCT")) {
                // « une pratique qui enfreint selon elle le droit »: with no comma on either side, the
                // cue stands inside the clause
                return clause(Math.max(lo, clauseStart(last)), clauseEnd(after, hi));
            }
            if (restEmpty) {
                return clause(Math.max(lo, clauseStart(last)), last);
            }
            if (!hasVerb(after, hi) && !cannotEndClause(last) && after + 1 <= hi && low.get(after).equals(",")
                    && low.get(g - 1).equals(",")) {
                // « Il s'agit, selon lui, d'une violation du droit »: the incise splits one clause, whose rest has
                // no verb of its own
                return clause(Math.max(lo, clauseStart(last)), clauseEnd(after + 1, hi));
            }
            if (!hasVerb(after, hi) && !cannotEndClause(last)) {
                return clause(Math.max(lo, clauseStart(last)), last);
            }
            return clause(lo, hi);
        }

        /**
         * The first token of the antecedent of a relative clause that holds a « selon X » cue ending at {@code last}
         * (the token before the cue, or before its comma): « qui », « dont », « lequel » or a relative « que »,
         * followed by at most a verb group, and before it a noun phrase (« des fournitures », « ce »). -1 when the
         * cue is not inside a relative clause.
         */
        private int relativeStart(int lo, int last) {
            int m = last;
            while (m >= lo && m >= last - 4 && !isRelativePronoun(m)) {
                String pos = toks.get(m).pos();
                if (!(pos.equals("VERB") || pos.equals("AUX") || pos.equals("ADV") || words.is("skip", low.get(m))
                        || toks.get(m).deprel().equals("acl:relcl"))) { // « qui viole » tagged NOUN, parsed as a verb
                    return -1;
                }
                m--;
            }
            if (m < lo || m < last - 4 || m - 1 < lo) {
                return -1;
            }
            int a = m - 1;
            if (low.get(a).equals("ce")) {
                return a;
            }
            int start = -1;
            for (; a >= lo && a >= m - 8; a--) {
                if (parsed && start >= 0 && !descendsFrom(a, m - 1)) {
                    break; // « Le volontaire finance des équipements qui … »: only the antecedent's own words
                }
                String pos = toks.get(a).pos();
                if (pos.equals("DET") || pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("NUM")
                        || pos.equals("ADJ") && start >= 0) {
                    start = a;
                } else if (!(pos.equals("ADP") && start >= 0 && (low.get(a).equals("de") || low.get(a).equals("d'")))
                        && !pos.equals("ADJ")) {
                    break;
                }
            }
            return start;
        }

        /** Whether token {@code k}'s chain of heads in the parse reaches token {@code ancestor} (same sentence). */
        private boolean descendsFrom(int k, int ancestor) {
            int b = base.get(k);
            for (int cur = k, guard = 0; guard < 40; guard++) {
                if (cur == ancestor) {
                    return true;
                }
                int h = toks.get(cur).head();
                if (h < 0) {
                    return false;
                }
                cur = h + b;
            }
            return false;
        }

        private boolean isRelativePronoun(int k) {
            String w = low.get(k);
            return w.equals("qui") || w.equals("dont") || w.startsWith("lequel") || w.startsWith("lesquel")
                    || w.equals("laquelle") || (w.equals("que") || w.equals("qu'")) && toks.get(k).pos().equals("PRON");
        }

        /**
         * « Pour d'autres, … », « Pour certains, … », « Pour beaucoup, … »: one or two words before a comma that the
         * camp resolver reads as unnamed people (its {@code someone:} rule), or NONE.
         */
        private Speaker someone(int k, int end) {
            for (int last = k; last <= Math.min(k + 1, end - 1); last++) {
                if (low.get(last + 1).equals(",")) {
                    Speaker sp = new Speaker(k, last);
                    return campOf(sp).rule().startsWith("someone:") ? sp : Speaker.NONE;
                }
            }
            return Speaker.NONE;
        }

        /**
         * A list of sources closed by a comma, « Selon Washington, Londres et Bruxelles, … », from its first phrase
         * {@code sp} to the last one; {@code sp} itself when there is none (without the closing comma, « Selon
         * Washington, Londres et Bruxelles ont … » reads as one source and a clause).
         */
        private Speaker commaList(Speaker sp, int end) {
            if (!sp.present() || sp.to() + 2 > end || !low.get(sp.to() + 1).equals(",")
                    || words.is("possessive", low.get(sp.from()))) {
                return sp;
            }
            int k = sp.to() + 1;
            while (k + 1 <= end && low.get(k).equals(",")) {
                Speaker next = phraseRight(k + 1);
                if (!next.present() || words.is("pronoun", low.get(next.from()))
                        || !(toks.get(k + 1).pos().equals("DET") || toks.get(k + 1).pos().equals("PROPN"))) {
                    return sp;
                }
                for (int m = next.from() + 1; m < next.to(); m++) {
                    if (low.get(m).equals("et") || low.get(m).equals("ou")) { // the phrase took « Londres et Bruxelles »
                        return closesList(next, end) ? new Speaker(sp.from(), next.to()) : sp;
                    }
                }
                k = next.to() + 1;
            }
            if (k + 1 > end || !(low.get(k).equals("et") || low.get(k).equals("ou"))) {
                return sp;
            }
            Speaker last = phraseRight(k + 1);
            return last.present() && closesList(last, end) && !words.is("pronoun", low.get(last.from()))
                    ? new Speaker(sp.from(), last.to()) : sp;
        }

        /** Whether a comma follows phrase {@code p} and no name after it (« son homologue, Xi Jinping, »: apposition). */
        private boolean closesList(Speaker p, int end) {
            return p.to() + 2 <= end && low.get(p.to() + 1).equals(",") && !toks.get(p.to() + 2).pos().equals("PROPN");
        }

        /** « Borrell et l'Union européenne »: a speaker phrase with a second one joined by « et » or « ou ». */
        private Speaker coordinated(Speaker sp, int end) {
            if (!sp.present() || sp.to() + 2 > end || !(low.get(sp.to() + 1).equals("et") || low.get(sp.to() + 1).equals("ou"))) {
                return sp;
            }
            Speaker second = phraseRight(sp.to() + 2);
            return second.present() && !words.is("pronoun", low.get(second.from())) ? new Speaker(sp.from(), second.to()) : sp;
        }

        /** The token after a focusing adverb after a speaker (« Pour Macron en particulier, … »), or {@code k}. */
        private int afterFocus(int k, int end) {
            if (k + 1 <= end && low.get(k).equals("en") && low.get(k + 1).equals("particulier")) {
                return k + 2;
            }
            return k <= end && FOCUS.contains(low.get(k)) ? k + 1 : k;
        }

        /** The clause from token {@code after} (past one comma) to {@code hi}, or null when nothing is left. */
        private Span clauseAfter(int after, int hi) {
            int k = after <= hi && low.get(after).equals(",") ? after + 1 : after;
            int p = k <= hi && (low.get(k).equals("s'") || low.get(k).equals("se")) ? k + 1 : k;
            if (p <= hi && toks.get(p).isVerbal() && low.get(p).endsWith("ant")) {
                // « Selon un responsable s'exprimant sous couvert d'anonymat, … »: the participle describes the source
                for (int m = p + 1; m <= hi && m <= p + 10; m++) {
                    if (low.get(m).equals(",")) {
                        k = m + 1;
                        break;
                    }
                    if (toks.get(m).isVerbal() && !toks.get(m).pos().equals("AUX") && !low.get(m).endsWith("ant")
                            && !toks.get(m).deprel().startsWith("acl") && !toks.get(m).deprel().equals("xcomp")) {
                        break;
                    }
                }
            }
            if (k > after && k <= hi && (isRelativePronoun(k) && low.get(k).equals("qui")
                    || toks.get(k).pos().equals("ADJ") && k + 1 <= hi && toks.get(k + 1).pos().equals("ADP"))) {
                // « Selon Reuters, qui cite des responsables, … », « Selon Izvestia, proche du Kremlin, … »: a
                // description of the source between two commas
                for (int m = k + 1; m <= hi && m <= k + 12; m++) {
                    if (low.get(m).equals(",")) {
                        return m + 1 <= hi ? clause(m + 1, hi) : null;
                    }
                }
            }
            return k <= hi ? clause(k, hi) : null;
        }

        /** A token that cannot end a clause: an auxiliary or copula, a determiner, preposition, conjunction or clitic. */
        private boolean cannotEndClause(int k) {
            String pos = toks.get(k).pos();
            return pos.equals("AUX") || pos.equals("DET") || pos.equals("ADP") || pos.equals("CCONJ")
                    || pos.equals("SCONJ") || pos.equals("PRON") && !low.get(k).startsWith("-");
        }

        // ---------------------------------------------------------------- headlines

        /**
         * « Zakharova : l'Occident « répète une fable » »: a line without final period that opens with a name that
         * names a person or a speaker later in the document, and a colon before a clause that is not a quotation.
         */
        private void headlineColon(int s) {
            int from = sentenceStart.get(s);
            int end = sentenceEnd.get(s);
            if (from > end || ".!?…".contains(low.get(end)) || !endsLine(end)) {
                return;
            }
            if (!toks.get(from).pos().equals("PROPN")) {
                institutionColon(s, from, end);
                return;
            }
            for (int c = from + 1; c <= Math.min(from + 4, end - 3); c++) {
                if (!low.get(c).equals(":")) {
                    if (!toks.get(c).pos().equals("PROPN")) {
                        return;
                    }
                    continue;
                }
                Speaker sp = new Speaker(from, c - 1);
                if (!toks.get(from).pos().equals("PROPN") || !speaksElsewhere(sp) && outlet(sp).isEmpty()
                        || isQuoteMark(toks.get(c + 1)) || !hasVerb(c + 1, end)) {
                    return;
                }
                drafts.add(new Draft("indirect", sp, span(c, c), null, clause(c + 1, end), s));
                return;
            }
        }

        /**
         * « Le ministère russe de la Défense : les forces … »: a headline line opening with a noun phrase of at most
         * twelve words (« Le ministère de la Défense de la Fédération de Russie : »), with no verb, that the camp
         * resolver places as an official body or a medium (gazetteer,
         * title with a side, outlet registry), then a colon and a clause with a verb that is not a quotation.
         */
        private void institutionColon(int s, int from, int end) {
            for (int c = from + 1; c <= Math.min(from + 12, end - 3); c++) {
                if (!low.get(c).equals(":")) {
                    if (toks.get(c).isVerbal() || toks.get(c).pos().equals("PUNCT")) {
                        return;
                    }
                    continue;
                }
                Speaker sp = trimPhrase(from, c - 1);
                if (!sp.present() || !hasNoun(sp) || isQuoteMark(toks.get(c + 1)) || !hasVerb(c + 1, end)) {
                    return;
                }
                if (placedBody(sp)) {
                    drafts.add(new Draft("indirect", sp, span(c, c), null, clause(c + 1, end), s));
                }
                return;
            }
        }

        /** Whether the name's last word names a person (PER) later in the document, or a later speaker. */
        private boolean speaksElsewhere(Speaker name) {
            String last = low.get(name.to());
            for (int k = name.to() + 1; k < toks.size(); k++) {
                if (low.get(k).equals(last) && toks.get(k).ner().equals("PER")) {
                    return true;
                }
            }
            String n = speakerText(name);
            for (Draft d : drafts) {
                if (d.speaker.present() && d.speaker.from() > name.to() && speakerText(d.speaker).contains(n)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether only spaces follow token {@code k} up to the end of its line or of the text. */
        private boolean endsLine(int k) {
            for (int i = toks.get(k).end(); i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    return true;
                }
                if (!Quotation.isSpace(c)) {
                    return false;
                }
            }
            return true;
        }

        /** « Les frappes vont continuer – chef de l'armée »: a line without final period ending in « – NP ». */
        private void headlineDash(int s) {
            int from = sentenceStart.get(s);
            int end = sentenceEnd.get(s);
            if (from > end || ".!?…".contains(low.get(end))) {
                return;
            }
            for (int d = end - 1; d > from + 2 && end - d <= 7; d--) {
                if (!isDash(d)) {
                    continue;
                }
                Speaker sp = trimPhrase(d + 1, end);
                boolean verb = false;
                for (int k = from; k < d; k++) {
                    verb |= toks.get(k).isVerbal();
                }
                if (!verb || !sp.present() || sp.to() != end || outlet(sp).isPresent() || !nounPhrase(d + 1, end)) {
                    return;
                }
                drafts.add(new Draft("indirect", sp, span(d, d), null, clause(from, d - 1), s));
                return;
            }
        }

        // ---------------------------------------------------------------- relays and output

        /**
         * A medium named by « selon » / « cité par » beside another attribution of its sentence, or a medium's
         * postposed cue over another attribution (« X a déclaré que …, a rapporté l'AFP »), becomes its via.
         */
        private void relay() {
            List<Draft> removed = new ArrayList<>();
            for (Draft d : drafts) {
                Optional<Outlet> o = outlet(d.speaker).filter(x -> MEDIA.contains(x.type()));
                if (d.type.equals("according_to") || o.isEmpty()) {
                    continue;
                }
                for (Draft e : drafts) {
                    if (e != d && e.via == null && e.speaker.present() && d.content.contains(e.cue)
                            && !e.type.equals("according_to")) {
                        e.via = o.get().name();
                        if (d.content.end() <= d.cue.start()) {
                            removed.add(d);
                        }
                        break;
                    }
                }
            }
            for (Draft d : drafts) {
                if (!d.type.equals("according_to")) {
                    continue;
                }
                boolean cited = words.is("cited", low.get(firstTokenFrom(d.cue.start())));
                Optional<Outlet> o = outlet(d.speaker);
                if (o.isEmpty() && !cited) {
                    continue;
                }
                if (o.isPresent() && !cited && !MEDIA.contains(o.get().type())) {
                    continue;
                }
                String via = o.map(Outlet::name).orElse(speakerText(d.speaker));
                for (Draft e : drafts) {
                    if (e != d && e.sentence == d.sentence && !e.type.equals("according_to") && e.via == null
                            && e.speaker.present() && (o.isEmpty() || !outlet(e.speaker).equals(o))) {
                        e.via = via;
                        removed.add(d);
                        break;
                    }
                }
                if (!removed.contains(d) && cited) {
                    d.via = via;
                }
            }
            drafts.removeAll(removed);
        }

        /**
         * « Moscou et Kiev évoquent des progrès », « dénoncée par Kiev et les Occidentaux »: a speaker phrase that
         * coordinates sources with « et » gives one draft per source, each with its own speaker span, sharing the cue
         * and the content: each is a voice, and they may belong to different camps; a list « Paris, Berlin et
         * Varsovie » gives one draft per listed source. The parse decides: the word
         * after « et » heads a {@code conj} of the phrase's head, so « l'Organisation pour la sécurité et la
         * coopération en Europe » or « le ministre de l'Économie et des Finances » stay whole; a possessive conjunct
         * (« Poutine et son entourage ») is no source of its own.
         */
        private List<Draft> conjuncts(Draft d) {
            Speaker sp = d.speaker;
            if (!parsed || d.zero || !sp.present() || sp.to() - sp.from() < 2) {
                return List.of(d);
            }
            for (int k = sp.from() + 1; k < sp.to(); k++) {
                if (!low.get(k).equals("et") || !toks.get(k).pos().equals("CCONJ")) {
                    continue;
                }
                int b = base.get(k);
                int head = -1;
                for (int m = k + 1; m <= sp.to(); m++) {
                    Token t = toks.get(m);
                    int h = t.head() + b;
                    if (t.head() >= 0 && t.deprel().equals("conj") && h >= sp.from() && h < k
                            && (toks.get(h).head() < 0 || toks.get(h).head() + b < sp.from()
                            || toks.get(h).head() + b > sp.to())) {
                        head = h;
                        break;
                    }
                }
                String next = low.get(k + 1);
                String pos = toks.get(k + 1).pos();
                if (head < 0 || !(pos.equals("DET") || pos.equals("PROPN")) || words.is("possessive", next)) {
                    return List.of(d); // « députée LREM et ex-ministre de … »: two titles of one person
                }
                Speaker left = trimPhrase(sp.from(), k - 1);
                Speaker right = trimPhrase(k + 1, sp.to());
                if (!left.present() || !right.present() || !hasNoun(left) || !hasNoun(right)
                        || pos.equals("PROPN") && hasPos(left, "ADP")) {
                    return List.of(d); // « les biographies d'Emmanuel et Brigitte Macron »: names inside a complement
                }
                List<Speaker> parts = new ArrayList<>(listed(left, head, b));
                parts.add(right);
                List<Draft> out = new ArrayList<>();
                for (Speaker part : parts) {
                    Draft e = new Draft(d.type, part, d.cue, d.verb, d.content, d.sentence);
                    e.nested = d.nested;
                    e.via = d.via;
                    e.conjunct = true;
                    out.add(e);
                }
                return out;
            }
            return List.of(d);
        }

        /**
         * The sources listed with commas before the last « et » (« Paris, Berlin » in « Paris, Berlin et Varsovie »):
         * {@code left} cut at each comma followed by a conjunct of {@code head} (a {@code conj} of the first source that
         * opens with a determiner or a name), or {@code left} whole when none is (« Le ministre, Sergueï Lavrov »: an
         * apposition).
         */
        private List<Speaker> listed(Speaker left, int head, int b) {
            List<Speaker> parts = new ArrayList<>();
            int from = left.from();
            for (int c = left.from() + 1; c < left.to(); c++) {
                if (!low.get(c).equals(",") || !(toks.get(c + 1).pos().equals("DET")
                        || toks.get(c + 1).pos().equals("PROPN")) || words.is("possessive", low.get(c + 1))) {
                    continue;
                }
                boolean conjunct = false;
                for (int m = c + 1; m <= left.to() && !low.get(m).equals(","); m++) {
                    conjunct |= toks.get(m).deprel().equals("conj") && toks.get(m).head() + b == head;
                }
                Speaker part = trimPhrase(from, c - 1);
                if (conjunct && part.present() && hasNoun(part)) {
                    parts.add(part);
                    from = c + 1;
                }
            }
            Speaker last = trimPhrase(from, left.to());
            if (parts.isEmpty() || !last.present() || !hasNoun(last)) {
                return List.of(left);
            }
            parts.add(last);
            return parts;
        }

        private List<Attribution> finish() {
            List<Draft> split = new ArrayList<>();
            for (Draft d : drafts) {
                split.addAll(conjuncts(d));
            }
            drafts.clear();
            drafts.addAll(split);
            drafts.sort(Comparator.comparingInt((Draft d) -> d.cue.start()).thenComparingInt(d -> d.content.start()));
            List<Attribution> out = new ArrayList<>();
            Set<Span> cues = new HashSet<>();
            PronounResolver resolver = new PronounResolver(words);
            Map<Integer, Speaker> subjects = rootSubjects();
            int mention = 0;
            Set<List<Object>> seen = new HashSet<>();
            for (Draft d : drafts) {
                if (!cues.add(d.cue) && !d.type.equals("direct") && !d.conjunct
                        || !seen.add(List.of(d.cue, d.content, d.speaker))) {
                    continue; // one attribution per cue, except quotations sharing it; never the same one twice
                }
                int at = d.speaker.present() ? toks.get(d.speaker.from()).start() : d.cue.start();
                while (mention < toks.size() && toks.get(mention).start() < at) {
                    mention = personMention(mention, resolver, subjects);
                }
                TextSpan speaker = d.speaker.present() ? speakerSpan(d.speaker) : null;
                String resolved = null;
                boolean anonymous = !d.speaker.present();
                if (d.zero) {
                    PronounResolver.Antecedent a = resolver.latest();
                    resolved = a == null ? null : a.name();
                    anonymous = a != null && a.anonymous();
                } else if (d.speaker.present() && latter(d.speaker)) {
                    // « Ce dernier a affirmé », « Celle-ci a assuré »: the person last named before
                    resolved = lastPerson(d.speaker.from());
                    if (resolved != null) {
                        resolver.add(resolved, lowWords(d.speaker), null, false);
                    }
                } else if (d.speaker.present() && isPronounSpeaker(d.speaker)) {
                    PronounResolver.Antecedent a = resolver.resolve(asPronoun(low.get(d.speaker.from())));
                    resolved = a == null ? null : a.name();
                    anonymous = a != null && a.anonymous();
                } else if (d.speaker.present()) {
                    resolved = resolvedName(d.speaker);
                    anonymous = isAnonymous(d.speaker);
                    PronounResolver.Antecedent titled = titleAlone(d.speaker) ? resolver.byTitle(
                            low.get(d.speaker.from()), low.get(d.speaker.to())) : null;
                    if (titled != null) {
                        resolved = titled.name();
                        anonymous = titled.anonymous();
                    }
                    resolver.add(resolved, lowWords(d.speaker), headNoun(d.speaker), anonymous);
                }
                boolean nested = d.nested;
                for (Draft e : drafts) {
                    nested |= e != d && e.content.contains(d.cue) && e.content.length() > d.content.length();
                }
                out.add(new Attribution(d.type, speaker, resolved, TextSpan.of(text, d.cue),
                        d.verb == null ? null : d.verb.lemma(), d.verb == null ? null : d.verb.stance(), d.content,
                        "unknown", anonymous, nested, d.via, null));
            }
            out.sort(Comparator.comparing(Attribution::content).thenComparing(a -> a.cue().span()));
            return List.copyOf(out);
        }

        /**
         * The pronoun a possessive owner resolves as: « son, sa, ses » a singular of either gender (« lui »), « leur,
         * leurs » a plural; any other speaker word is itself.
         */
        private String asPronoun(String w) {
            if (!words.is("possessive", w)) {
                return w;
            }
            return w.startsWith("leur") ? "leur" : "lui";
        }

        /**
         * The parsed subject of each sentence's root verb outside quotations, by first token, when it names a person
         * (PER) or an office or body the camp resolver places (« Le porte-parole du Kremlin a répondu … »).
         */
        private Map<Integer, Speaker> rootSubjects() {
            Map<Integer, Speaker> out = new HashMap<>();
            for (int s = 0; parsed && s < sentenceStart.size(); s++) {
                for (int k = sentenceStart.get(s); k <= sentenceEnd.get(s); k++) {
                    if (toks.get(k).deprel().equals("root") && toks.get(k).isVerbal()) {
                        Speaker sp = parsedSubject(k, true);
                        if (sp != null && sp.present() && (hasNer(sp, "PER") || sp.to() > sp.from() && placedBody(sp))
                                && !insideQuote(toks.get(k).start())) {
                            out.put(sp.from(), sp);
                        }
                    }
                }
            }
            return out;
        }

        /** Registers the first person named (PER) of each sentence as a pronoun antecedent; returns the next index. */
        /** « ce dernier », « celle-ci »: a {@code latter} phrase of the words file, the whole speaker. */
        private boolean latter(Speaker sp) {
            return words.phraseAt("latter", low, sp.from()) == sp.to() - sp.from() + 1;
        }

        /**
         * The name (consecutive PER tokens) last written before token {@code k}, in its sentence or the two before;
         * null when there is none.
         */
        private String lastPerson(int k) {
            int s = sentenceOf.get(k);
            int lo = sentenceStart.get(Math.max(0, s - 2));
            for (int m = k - 1; m >= lo; m--) {
                if (toks.get(m).ner().equals("PER")) {
                    int a = m;
                    while (a - 1 >= lo && toks.get(a - 1).ner().equals("PER")) {
                        a--;
                    }
                    return span(a, m).of(text);
                }
            }
            return null;
        }

        private int personMention(int k, PronounResolver resolver, Map<Integer, Speaker> subjects) {
            Speaker subject = subjects.get(k);
            if (subject != null && !inSpeaker(k)) {
                resolver.add(resolvedName(subject), lowWords(subject), headNoun(subject), isAnonymous(subject));
                return subject.to() + 1;
            }
            Token t = toks.get(k);
            if (!t.ner().equals("PER") || (k > base.get(k) && toks.get(k - 1).ner().equals("PER"))
                    || inSpeaker(k)) {
                return k + 1;
            }
            for (int m = base.get(k); m < k; m++) {
                if (toks.get(m).ner().equals("PER")) {
                    return k + 1;
                }
            }
            int e = k;
            while (e + 1 < toks.size() && toks.get(e + 1).ner().equals("PER") && base.get(e + 1).equals(base.get(k))) {
                e++;
            }
            if (e == k && (k == base.get(k) || !List.of("m.", "mme", "m").contains(low.get(k - 1)))) {
                return e + 1;
            }
            Speaker sp = new Speaker(Math.max(base.get(k), k - 1), e);
            resolver.add(span(k, e).of(text), lowWords(sp), null, false);
            return e + 1;
        }

        // ---------------------------------------------------------------- phrases

        /** The noun phrase ending at token {@code k}, going left (« le chef de l'OTAN »). */
        private Speaker phraseLeft(int k) {
            int from = base.get(Math.max(k, 0));
            int lo = k + 1;
            for (int m = k; m >= from; m--) {
                if (!npToken(m)) {
                    break;
                }
                lo = m;
            }
            return lo > k ? Speaker.NONE : trimPhrase(lo, k);
        }

        /** The noun phrase starting at token {@code k}, with a name in apposition (« le porte-parole, D. Peskov »). */
        private Speaker phraseRight(int k) {
            if (k >= toks.size()) {
                return Speaker.NONE;
            }
            int end = sentenceEnd.get(sentenceOf.get(k));
            if (words.is("pronoun", low.get(k))) {
                return new Speaker(k, k);
            }
            int hi = k - 1;
            for (int m = k; m <= end && npToken(m) && !(m > k && words.is("time", low.get(m))
                    && !(m + 1 <= end && toks.get(m + 1).pos().equals("NOUN"))); m++) { // « le dernier bilan »
                if (m > k && toks.get(m).pos().equals("DET") && !words.is("np-link", low.get(m - 1))
                        && !toks.get(m - 1).pos().equals("DET") && !low.get(m - 1).equals("pour") // (a body's name)
                        && !(low.get(m - 1).equals("et") && conjunctOf(m, k))) { // « la sécurité et la coopération »
                    break;
                }
                hi = m;
            }
            if (hi < k) {
                return Speaker.NONE;
            }
            if (hi + 3 <= end && low.get(hi + 1).equals("(")) {
                for (int m = hi + 2; m <= Math.min(end, hi + 5); m++) {
                    if (low.get(m).equals(")")) {
                        hi = m; // « l'Institut pour l'étude de la guerre (ISW) »: the acronym belongs to the name
                        break;
                    }
                    if (!toks.get(m).pos().equals("PROPN") && !toks.get(m).pos().equals("NOUN")) {
                        break;
                    }
                }
            }
            if (hi + 2 <= end && low.get(hi + 1).equals(",") && toks.get(hi + 2).pos().equals("PROPN")) {
                int m = hi + 2;
                while (m + 1 <= end && toks.get(m + 1).pos().equals("PROPN")) {
                    m++;
                }
                if (m == end || ",.;:)".contains(low.get(m + 1)) && !toks.get(m + 1).isVerbal()) {
                    hi = m; // « Selon le porte-parole, Dmitri Peskov, … »; not « D'après X, Moscou se prépare … »
                }
            }
            return trimPhrase(k, hi);
        }

        /**
         * Whether the noun phrase opening at token {@code m} (after « et ») is, by the parse, a {@code conj} of a
         * token between {@code from} and the « et »: « selon l'Organisation pour la sécurité et la coopération »,
         * « selon Moscou et Kiev ».
         */
        private boolean conjunctOf(int m, int from) {
            if (!parsed) {
                return false;
            }
            int b = base.get(m);
            int end = sentenceEnd.get(sentenceOf.get(m));
            for (int n = m; n <= end && n - m <= 3; n++) {
                Token t = toks.get(n);
                if (t.pos().equals("NOUN") || t.pos().equals("PROPN")) {
                    int h = t.head() + b;
                    return t.deprel().equals("conj") && t.head() >= 0 && h >= from && h < m - 1;
                }
            }
            return false;
        }

        private boolean npToken(int m) {
            String p = toks.get(m).pos();
            String w = low.get(m);
            boolean nominalVerb = p.equals("VERB") && m > 0 && (toks.get(m - 1).pos().equals("DET")
                    || (toks.get(m - 1).pos().equals("ADJ") || toks.get(m - 1).pos().equals("NOUN")) && m > 1
                    && toks.get(m - 2).pos().equals("DET"))
                    && !(m + 1 < toks.size() && toks.get(m + 1).pos().equals("DET")); // « la situation inquiète l'ONG »
            // « rédactrice en chef », « ministre en charge de »: « en » between two nouns (not « en septembre »)
            // « l'Institut pour l'étude de la guerre », « la Fondation pour la recherche stratégique »: a body's name
            boolean body = w.equals("pour") && m > 0 && m + 1 < toks.size()
                    && Character.isUpperCase(toks.get(m - 1).word().charAt(0))
                    && (toks.get(m - 1).pos().equals("NOUN") || toks.get(m - 1).pos().equals("PROPN"))
                    && toks.get(m + 1).pos().equals("DET");
            boolean title = w.equals("en") && m > 0 && m + 1 < toks.size() && toks.get(m - 1).pos().equals("NOUN")
                    && (toks.get(m + 1).pos().equals("NOUN") || toks.get(m + 1).pos().equals("PROPN")
                    && m + 2 < toks.size() && ",.;:)".contains(low.get(m + 2))) // « la coopération en Europe, »
                    && !words.is("month", low.get(m + 1)) && !words.is("time", low.get(m + 1));
            return (p.equals("NOUN") || p.equals("PROPN") || p.equals("ADJ") || p.equals("DET") || p.equals("NUM")
                    || words.is("np-link", w) || w.equals("et") || nominalVerb || title || body) && !words.is("que", w)
                    && !isQuoteMark(toks.get(m))
                    && !(p.equals("PUNCT") && !w.equals("-"));
        }

        /**
         * Whether the verb group sits in a subordinate clause that opens its sentence (« Quand le ministre affirme que
         * …, personne ne le croit », « Si X prétend que …, … »), or is a concession (« X a beau dire que …, … »): its
         * content then ends before the main clause.
         */
        private boolean subordinate(Group g) {
            int k = sentenceStart.get(sentenceOf.get(g.start()));
            while (k < g.start() && words.is("sentence-adverb", low.get(k))) {
                k++;
            }
            boolean opening = k < g.start() && low.get(k).matches("quand|lorsque|lorsqu'|si|s'|puisque|puisqu'");
            for (int m = k + 1; opening && m < g.start(); m++) {
                if (low.get(m).equals(",")) {
                    return false; // « Quand il est arrivé, le ministre a affirmé que … »: in the main clause
                }
            }
            return opening || g.start() >= 1 && low.get(g.start() - 1).equals("beau");
        }

        /** The last token of content {@code a..e} before a comma that opens a clause with a verb of its own. */
        private int mainClauseBefore(int a, int e) {
            for (int k = a + 1; k < e; k++) {
                if (low.get(k).equals(",") && hasVerb(a, k - 1) && hasVerb(k + 1, e)) {
                    return k - 1;
                }
            }
            return e;
        }

        private boolean hasVerb(int a, int b) {
            for (int m = a; m <= b; m++) {
                if (toks.get(m).isVerbal()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether a word of the verb group (the verb, or the verb of a phrase: « fait » in « a fait état ») is the
         * sentence's root with a parsed subject before it.
         */
        private boolean rootWithSubjectBefore(Group g) {
            for (int m = g.start(); m <= g.verb(); m++) {
                if (toks.get(m).deprel().equals("root") && parsedSubject(m, true) != null) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The side that an impersonal « on » speaks for, when the sentence names it: fronted (« Côté ukrainien, on
         * assure … », « Du côté russe, on … », « À Moscou, on … ») or after an inverted « -t-on » (« rétorque-t-on
         * au Kremlin », « indique-t-on de source diplomatique », « précise-t-on auprès du ministère »); null
         * otherwise.
         */
        private Speaker sideOfOn(Group g, Speaker sp, int from, int end) {
            boolean on = sp.present() && sp.from() == sp.to() && (low.get(sp.from()).equals("on")
                    || low.get(sp.from()).equals("l'on")) || !sp.present() && isImpersonalClitic(g);
            if (!on) {
                return null;
            }
            if (g.clitic() >= 0 && Math.max(g.after(), g.clitic() + 1) <= end) {
                Speaker after = sidePhrase(Math.max(g.after(), g.clitic() + 1), end, false);
                if (after.present()) {
                    return after;
                }
                Speaker source = sourceOfOn(Math.max(g.after(), g.clitic() + 1), end);
                if (source.present()) {
                    return source; // « indique-t-on de source diplomatique », « précise-t-on auprès du ministère »
                }
            }
            int k = from;
            while (k < g.start() && words.is("sentence-adverb", low.get(k))) {
                k++;
            }
            Speaker fronted = sidePhrase(k, g.start() - 1, true);
            return fronted.present() ? fronted : null;
        }

        /**
         * « côté ukrainien », « du côté russe », « à Moscou », « au Kremlin » starting at {@code k}: the words naming
         * the side (« côté ukrainien », « Moscou »), ended by a comma when {@code comma}.
         */
        private Speaker sidePhrase(int k, int limit, boolean comma) {
            if (k > limit) {
                return Speaker.NONE;
            }
            String w = low.get(k);
            int m = w.equals("du") || w.equals("de") || w.equals("à") || w.equals("au") ? k + 1 : k;
            if (m <= limit && m > k && low.get(m).equals("le") && contracted(k)) {
                m++; // « du » = de + le, « au » = à + le: two tokens on the same offsets
            }
            boolean cote = m <= limit && low.get(m).equals("côté") && (m == k || w.startsWith("d"));
            boolean place = m <= limit && m > k && !w.startsWith("d") && toks.get(m).pos().equals("PROPN");
            if (!cote && !place) {
                return Speaker.NONE;
            }
            int last = m;
            while (last + 1 <= limit && last - m < 4 && (toks.get(last + 1).pos().equals("ADJ")
                    || toks.get(last + 1).pos().equals("PROPN"))) {
                last++;
            }
            if (cote && last == m || comma && (last + 1 > limit || !low.get(last + 1).equals(","))) {
                return Speaker.NONE;
            }
            return new Speaker(m, last);
        }

        /** A past participle with no auxiliary nor clitic (« confirmée par X », « pressés de »): an adjective. */
        private boolean bareParticiple(Group g) {
            if (g.start() != g.verb() || g.clitic() >= 0 || !low.get(g.verb()).matches(".*(é|ée|és|ées)")) {
                return false;
            }
            for (int k = g.verb() - 1; k >= base.get(g.verb()) && k >= g.verb() - 6; k--) {
                if (words.is("auxiliary", low.get(k))) {
                    return false; // « a tout de même de nouveau appelé »: an auxiliary beyond the adverbs
                }
            }
            return true;
        }

        /**
         * « Les Ukrainiens, rapporte le journal, manquent de … »: a verb after a comma whose inverted subject is
         * followed by a comma is an incise, even when the parser took the noun before it for its subject.
         */
        private boolean invertedIncise(Group g, int end) {
            Speaker sp = invertedSubject(g);
            if (!sp.present()) {
                return false;
            }
            int c = skipTime(sp.to() + 1, end);
            if (sp.to() - sp.from() > 5 || c >= end || !low.get(c).equals(",")) {
                return false;
            }
            for (int m = c + 1; m <= Math.min(c + 4, end); m++) { // the interrupted clause goes on with its verb
                if (toks.get(m).isVerbal() && !low.get(m).endsWith("ant")) {
                    return true;
                }
            }
            return false;
        }

        /** Tokens a..b hold a noun or name and no verb: a subject, not a clause (« La présidente, U. von der L. »). */
        private boolean bareSubject(int a, int b) {
            boolean noun = false;
            for (int m = a; m <= b; m++) {
                Token t = toks.get(m);
                if (t.isVerbal() || t.pos().equals("SCONJ") || isQuoteMark(t)) {
                    return false;
                }
                noun |= t.pos().equals("NOUN") || t.pos().equals("PROPN");
            }
            return noun;
        }

        private boolean nounPhrase(int a, int b) {
            for (int m = a; m <= b; m++) {
                if (!npToken(m)) {
                    return false;
                }
            }
            return true;
        }

        /** Tokens a..b without leading links and trailing links, determiners and punctuation; NONE without a noun. */
        private Speaker trimPhrase(int a, int b) {
            while (a <= b && (((words.is("np-link", low.get(a)) || toks.get(a).pos().equals("ADP"))
                    && !toks.get(a).pos().equals("DET") && !low.get(a).equals("des"))
                    || toks.get(a).pos().equals("PUNCT") || toks.get(a).pos().equals("CCONJ"))) {
                a++;
            }
            while (b >= a && (words.is("np-link", low.get(b)) || (toks.get(b).pos().equals("PUNCT")
                    && !(low.get(b).equals(")") && low.subList(a, b).contains("(")))
                    || toks.get(b).pos().equals("DET") || toks.get(b).pos().equals("ADP")
                    || toks.get(b).pos().equals("CCONJ"))) {
                b--;
            }
            Speaker sp = new Speaker(a, b);
            return a <= b && (hasNoun(sp) || (a == b && toks.get(a).pos().equals("PRON"))) ? sp : Speaker.NONE;
        }

        private boolean hasNoun(Speaker sp) {
            return hasPos(sp, "NOUN") || hasPos(sp, "PROPN");
        }

        private boolean hasNer(Speaker sp, String ner) {
            for (int m = sp.from(); m <= sp.to(); m++) {
                if (toks.get(m).ner().equals(ner)) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasPos(Speaker sp, String pos) {
            for (int m = sp.from(); m <= sp.to(); m++) {
                if (toks.get(m).pos().equals(pos)) {
                    return true;
                }
            }
            return false;
        }

        private boolean isPronounSpeaker(Speaker sp) {
            return sp.from() == sp.to()
                    && (words.is("pronoun", low.get(sp.from())) || words.is("possessive", low.get(sp.from())));
        }

        private boolean isImpersonal(Speaker sp) {
            return sp.from() == sp.to() && (words.is("impersonal", low.get(sp.from()))
                    || words.is("narrator", low.get(sp.from())) || impersonalIl(sp.from()));
        }

        /**
         * « il est à noter que », « il est clair que », « il est sans doute utile de souligner que », « il convient de
         * rappeler que », « il faut dire que »: an impersonal « il ».
         */
        private boolean impersonalIl(int k) {
            if (!low.get(k).equals("il") || k + 2 >= toks.size()) {
                return false;
            }
            if (words.is("impersonal-verb", low.get(k + 1))) {
                return true;
            }
            if (!(low.get(k + 1).equals("est") || low.get(k + 1).equals("était") || low.get(k + 1).equals("serait")
                    || low.get(k + 1).equals("sera"))) {
                return false;
            }
            int m = k + 2;
            while (m + 1 < toks.size() && m < k + 5 && (toks.get(m).pos().equals("ADV") || low.get(m).equals("sans")
                    || low.get(m).equals("doute"))) {
                m++; // « il est sans doute utile de », « il est donc clair que »
            }
            return low.get(m).equals("à") || toks.get(m).pos().equals("ADJ");
        }

        private boolean isEvidence(Speaker sp) {
            for (int m = sp.from(); m <= sp.to(); m++) {
                if (words.is("evidence-noun", low.get(m))) {
                    return true;
                }
            }
            return false;
        }

        private boolean isAnonymous(Speaker sp) {
            if (hasPos(sp, "PROPN")) {
                return false;
            }
            if (words.is("indefinite", low.get(sp.from()))) {
                return true;
            }
            for (int m = sp.from(); m <= sp.to(); m++) {
                if (words.is("anonymous-noun", low.get(m)) || (toks.get(m).pos().equals("PRON")
                        && words.is("indefinite", low.get(m)))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The name in a speaker phrase: a person (PER) run, else a PROPN run that is not a « de X » complement
         * (« le porte-parole du Kremlin, Dmitri Peskov » → « Dmitri Peskov »), else the phrase itself.
         */
        private String resolvedName(Speaker sp) {
            int bestFrom = -1;
            int bestTo = -1;
            int bestRank = 0;
            for (int m = sp.from(); m <= sp.to(); m++) {
                if (!nameToken(m)) {
                    continue;
                }
                int e = m;
                while (e + 1 <= sp.to() && (nameToken(e + 1) || (toks.get(e + 1).pos().equals("DET")
                        && e + 2 <= sp.to() && toks.get(e + 2).pos().equals("PROPN")
                        && Character.isUpperCase(toks.get(e + 1).word().charAt(0))))) {
                    e++;
                }
                int p = m - 1;
                while (p >= sp.from() && toks.get(p).pos().equals("DET")) {
                    p--;
                }
                boolean complement = p >= sp.from() && (words.is("np-link", low.get(p)) || low.get(p).equals("en"));
                int rank = complement ? 0 : toks.get(m).ner().equals("PER") ? 2 : 1;
                if (rank > bestRank) {
                    bestFrom = m;
                    bestTo = e;
                    bestRank = rank;
                }
                m = e;
            }
            return bestFrom >= 0 ? span(bestFrom, bestTo).of(text) : speakerText(sp);
        }

        private String headNoun(Speaker sp) {
            for (int m = sp.from(); m <= sp.to(); m++) {
                if (toks.get(m).pos().equals("NOUN")) {
                    return low.get(m);
                }
            }
            return null;
        }

        /** « l'hydrologue », « le diplomate »: a definite article and one noun, no name. */
        private boolean titleAlone(Speaker sp) {
            return sp.to() == sp.from() + 1 && toks.get(sp.to()).pos().equals("NOUN")
                    && List.of("le", "la", "l'", "les").contains(low.get(sp.from()));
        }

        private boolean nameToken(int m) {
            Token t = toks.get(m);
            return t.pos().equals("PROPN") || t.ner().equals("PER")
                    || ((t.pos().equals("X") || t.pos().equals("NUM")) && Character.isUpperCase(t.word().charAt(0)));
        }

        private boolean inSpeaker(int k) {
            for (Draft d : drafts) {
                if (d.speaker.from() <= k && k <= d.speaker.to()) {
                    return true;
                }
            }
            return false;
        }

        private List<String> lowWords(Speaker sp) {
            return low.subList(sp.from(), sp.to() + 1);
        }

        private String speakerText(Speaker sp) {
            return span(sp.from(), sp.to()).of(text);
        }

        /**
         * The outlet a speaker phrase names: the whole phrase, or its end after a determiner and a noun (« l'agence
         * Interfax », « le quotidien Le Monde »); not after a preposition (« un journaliste de la BBC » is a person).
         */
        private Optional<Outlet> outlet(Speaker sp) {
            for (int i = sp.from(); sp.present() && i <= sp.to(); i++) {
                Optional<Outlet> o = outlets.byName(text.substring(toks.get(i).start(), toks.get(sp.to()).end()));
                if (o.isPresent()) {
                    return o;
                }
                String pos = toks.get(i).pos();
                if (!(pos.equals("DET") || pos.equals("NOUN") || pos.equals("ADJ"))) {
                    break;
                }
            }
            return Optional.empty();
        }

        // ---------------------------------------------------------------- offsets

        private Span span(int a, int b) {
            return new Span(toks.get(a).start(), toks.get(b).end());
        }

        private Span cueSpan(Group g) {
            return span(g.start(), g.verb());
        }

        /** Tokens a..b as a content span, without a final period and without edge punctuation (quotes kept). */
        private Span clause(int a, int b) {
            while (b >= a && toks.get(b).pos().equals("PUNCT") && !isQuoteMark(toks.get(b))
                    && !low.get(b).equals("?") && !low.get(b).equals("!") && !low.get(b).equals(")")) {
                b--;
            }
            while (a <= b && toks.get(a).pos().equals("PUNCT") && !isQuoteMark(toks.get(a))) {
                a++;
            }
            return a > b ? new Span(toks.get(Math.min(a, toks.size() - 1)).start(),
                    toks.get(Math.min(a, toks.size() - 1)).start()) : span(a, b);
        }

        /** The token after the last comma before {@code k} (not before {@code from}), or {@code from}. */
        private int commaBefore(int k, int from) {
            for (int m = k; m > from; m--) {
                if (low.get(m - 1).equals(",")) {
                    return m;
                }
            }
            return from;
        }

        /**
         * Whether token {@code k} is a suspension mark (« … ») followed by a capital in the same sentence: « …
         * que la Chine… Pour d'autres, … » ends a sentence the tokenizer kept whole.
         */
        private boolean suspensionEnd(int k) {
            return (low.get(k).equals("…") || low.get(k).equals("...")) && k + 1 < toks.size()
                    && sentenceOf.get(k + 1).equals(sentenceOf.get(k))
                    && Character.isUpperCase(toks.get(k + 1).word().charAt(0));
        }

        /**
         * The last token of reported content from {@code a}: before a postposed cue « , a rapporté X », before a
         * colon that opens a quotation, or {@code end}.
         */
        private int clauseEnd(int a, int end) {
            boolean fronted = FRONTED_SUBORDINATE.contains(low.get(a)); // « que si X, il … »: the main clause is content
            for (int k = a + 1; k < end; k++) {
                if (k > a + 1 && suspensionEnd(k) && hasVerb(a, k - 1)) {
                    return k - 1; // « … que la Chine… Pour d'autres, … »: the tokenizer kept one sentence
                }
                if (k > a + 1 && low.get(k).equals(":") && isQuoteMark(toks.get(k + 1)) && hasVerb(a, k - 1)) {
                    return k - 1; // « a répété que l'accord était mort : « … » »: the quotation is a statement of its own
                }
                if (!low.get(k).equals(",")) {
                    continue;
                }
                if (!fronted && newClause(k + 1, end) && hasVerb(a, k - 1)) {
                    return k - 1; // « que la guerre continuerait, il l'a répété, … »: the next clause is not content
                }
                if (k + 2 < end && hasVerb(a, k - 1) && (low.get(k + 1).equals("avant")
                        && (low.get(k + 2).equals("de") || low.get(k + 2).equals("d'"))
                        || (low.get(k + 1).equals("après") || low.get(k + 1).equals("avant"))
                        && words.is("que", low.get(k + 2)) // « …, après que l'ONG a reproché … »: what happened next
                        || low.get(k + 1).equals("après") && low.get(k + 2).startsWith("avoir")
                        || low.get(k + 1).equals("tout") && low.get(k + 2).equals("en"))) {
                    return k - 1; // « que le pays était souverain, avant d'appeler à … »: the speaker's next act
                }
                int n = k + 1;
                while (n < end && n - k <= 3 && Character.isUpperCase(toks.get(n).word().charAt(0))) {
                    n++;
                }
                if (n > k + 1 && n < end && (toks.get(n).pos().equals("AUX") || toks.get(n).pos().equals("VERB")
                        && !low.get(n).endsWith("ant")) && hasVerb(a, k - 1)) {
                    return k - 1; // « de revenir sur ce texte, Jean Martin avait promis … »: a clause of its own
                }
                if (k + 2 <= end && (low.get(k + 1).equals("tandis") || low.get(k + 1).equals("alors"))
                        && words.is("que", low.get(k + 2))
                        || k + 1 < end && isAccording(k + 1)
                        && (hasVerb(a, k - 1) || !low.subList(k + 1, end).contains(","))) {
                    return k - 1; // « a salué la décision, tandis que Pékin … », « …, selon le communiqué »
                }
                if (k + 2 < end && low.get(k + 1).equals("ce") && (low.get(k + 2).equals("que")
                        || low.get(k + 2).equals("qu'")) && hasVerb(a, k - 1)) {
                    return k - 1; // « accuse Moscou d'avoir bombardé …, ce que la Russie dément »: another's comment
                }
                for (int v = k + 1; v <= Math.min(k + 4, end); v++) {
                    Group g = group(v);
                    if (g != null && g.start() == k + 1 && (g.clitic() >= 0 || low.get(v).endsWith("ant")
                            || invertedSubject(g).present())) {
                        return k - 1;
                    }
                }
            }
            return end;
        }

        /** Whether token {@code k} opens a clause of its own: a subject pronoun and then its verb or auxiliary. */
        private boolean newClause(int k, int end) {
            if (k + 1 > end || !SUBJECT_PRONOUNS.contains(low.get(k))) {
                return false;
            }
            int v = k + 1;
            while (v < end && words.is("skip", low.get(v))) {
                v++; // « il ne … », « elle l'a … »
            }
            String pos = toks.get(v).pos();
            return pos.equals("VERB") || pos.equals("AUX");
        }

        /** The start of the clause ending at token {@code k}: after the last ; or : of its sentence, or its start. */
        private int clauseStart(int k) {
            int from = base.get(k);
            for (int m = k; m > from; m--) {
                String w = low.get(m - 1);
                if (w.equals(";") || w.equals(":")) {
                    return m;
                }
            }
            return from;
        }

        private double quotedShare(Span content) {
            int inside = 0;
            for (Quotation q : quotes) {
                inside += new Span(q.open(), q.close()).intersection(content);
            }
            return content.length() == 0 ? 0 : (double) inside / content.length();
        }

        private boolean insideQuote(int offset) {
            Quotation q = firstQuoteAt(offset);
            return q != null && q.open() != offset;
        }

        private Quotation firstQuoteAt(int offset) {
            for (Quotation q : quotes) {
                if (q.open() <= offset && offset < q.close()) {
                    return q;
                }
                if (q.open() > offset) {
                    break;
                }
            }
            return null;
        }

        /** Whether an « according » cue at this offset already serves a direct quotation. */
        private boolean covered(int offset) {
            for (Draft d : drafts) {
                if (d.cue.contains(offset)) {
                    return true;
                }
            }
            return false;
        }

        private boolean isQuoteMark(Token t) {
            return t.word().length() == 1 && "«»“”„\"‘".indexOf(t.word().charAt(0)) >= 0;
        }

        /**
         * Whether token {@code k} is the first part of a contraction split by CoreNLP's multiword tokens (« du » =
         * de + le, « au » = à + le, « des » = de + les): the next token carries the same offsets.
         */
        private boolean contracted(int k) {
            return k + 1 < toks.size() && toks.get(k + 1).start() == toks.get(k).start();
        }

        private int firstTokenFrom(int offset) {
            int lo = 0;
            int hi = toks.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (toks.get(mid).start() < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo < toks.size() ? lo : -1;
        }

        private int lastTokenBefore(int offset) {
            int k = firstTokenFrom(offset);
            return k < 0 ? toks.size() - 1 : k - 1;
        }
    }
}
