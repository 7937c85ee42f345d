package org.cadrage.extract.hedge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import org.cadrage.extract.Extractor;
import org.cadrage.model.Hedge;
import org.cadrage.model.HedgeKind;
import org.cadrage.model.NormalizedText;
import org.cadrage.model.Scope;
import org.cadrage.model.Span;
import org.cadrage.nlp.AnnotatedDocument;
import org.cadrage.nlp.Sentence;
import org.cadrage.nlp.Token;

/**
 * Finds hedging and distancing markers:
 * <ul>
 *   <li>{@link HedgeKind#CONDITIONAL}: the journalistic conditional of any verb (« aurait commis », « se serait
 *       tourné »), recognised from the POS tag (VERB/AUX) and the spelling ({@link #isConditionalForm}); the hedge
 *       spans the verb group (reflexive clitic, conditional, past participle within three tokens). Not a hedge: a
 *       conditional in a completive « que » clause (future-in-the-past: « il a affirmé que Londres ne reconnaîtrait
 *       jamais »), any conditional in a sentence with a « si » clause (hypothetical), and the politeness or
 *       obligation verbs of {@code conditional-stems.tsv} (« voudrait », « faudrait »);</li>
 *   <li>{@link HedgeKind#MODAL}: « pourrait », « devrait » and their persons, wherever they occur;</li>
 *   <li>{@link HedgeKind#EPISTEMIC} and {@link HedgeKind#DISTANCING}: the adverbs, phrases and adjectives of
 *       {@code hedge-markers.tsv}, matched on the normalised text with their token conditions.</li>
 * </ul>
 * Overlapping findings keep the earliest, then the longest. Each hedge's scope is {@link Scope#ATTRIBUTED} when it
 * starts inside {@link ReportedContent}, else {@link Scope#NARRATOR}. Output is sorted by offset.
 *
 * <p>The data files are loaded once per class; instances are stateless and thread-safe. {@link #extract} rejects a
 * null document.
 */
public final class HedgeExtractor implements Extractor<Hedge> {
    private static final List<Marker> MARKERS = Marker.load();
    private static final Set<String> AUXILIARY = Lexicons.functionWords("auxiliary");
    private static final Set<String> NEGATION = Lexicons.functionWords("negation");
    private static final Set<String> REFLEXIVE = Lexicons.functionWords("reflexive");
    private static final Set<String> CLITIC = Lexicons.functionWords("clitic");
    private static final Set<String> OBJECT_CLITIC = Lexicons.functionWords("object-clitic");
    private static final Set<String> QUE = Lexicons.functionWords("que");
    private static final Set<String> HYPOTHETICAL = Lexicons.functionWords("hypothetical");
    private static final Set<String> LOCUTION = Lexicons.functionWords("locution");
    private static final Set<String> ANTECEDENT = Lexicons.functionWords("antecedent");
    private static final Set<String> CLAUSE_STOP = Lexicons.functionWords("clause-stop");
    private static final Set<String> SUBJECT_IL = Set.of("il", "ils");
    private static final Set<String> RELATIVE = Lexicons.functionWords("relative");
    private static final Set<String> QUESTION_GOVERNORS = Lexicons.functionWords("question-governor");
    private static final Set<String> COUNTERFACTUAL = Lexicons.functionWords("counterfactual");
    /** Tokens searched after a conditional auxiliary for its participle, and after « semble » for its infinitive. */
    private static final int WINDOW = 3;
    private static final int INCISE = 8;

    private record Candidate(int start, int end, HedgeKind kind, String cue) {
    }

    /** Loads the lexicons (once per class). */
    public HedgeExtractor() {
    }

    /**
     * Whether a word is a French conditional form by its spelling alone: S + r + ais/ait/ions/iez/aient where S + r
     * is a future stem according to {@code conditional-stems.tsv} (« aurait », « tirerait », « enverrait »: yes;
     * « tirait », « montrait », « serrait », « portrait »: no). Case is ignored, as is anything from a hyphen on
     * (« aurait-il »). Rejects null.
     */
    public static boolean isConditionalForm(String word) {
        return ConditionalStems.verdict(word) != ConditionalStems.Verdict.IMPARFAIT;
    }

    @Override
    public List<Hedge> extract(AnnotatedDocument document) {
        List<Candidate> candidates = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        List<Integer> sentenceOf = new ArrayList<>();
        ReportedContent reported = ReportedContent.of(document);
        for (Sentence sentence : document.sentences()) {
            conditionals(sentence.tokens(), reported, candidates);
            for (Token t : sentence.tokens()) {
                tokens.add(t);
                sentenceOf.add(sentence.index());
            }
        }
        markers(document.normalized(), tokens, sentenceOf, candidates);
        if (candidates.isEmpty()) {
            return List.of();
        }
        candidates.sort(Comparator.comparingInt(Candidate::start)
                .thenComparing(Comparator.comparingInt(Candidate::end).reversed())
                .thenComparing(Candidate::kind));
        String text = document.text();
        List<Hedge> hedges = new ArrayList<>();
        int covered = -1;
        for (Candidate c : candidates) {
            if (c.start() >= covered && c.end() > c.start()) {
                Scope scope = reported.covers(c.start()) ? Scope.ATTRIBUTED : Scope.NARRATOR;
                hedges.add(new Hedge(text.substring(c.start(), c.end()), c.start(), c.end(), c.kind(), scope, c.cue()));
                covered = c.end();
            }
        }
        return List.copyOf(hedges);
    }

    // ---- conditionals and modals -----------------------------------------------------------------------------

    /**
     * Conditionals and modals of one sentence. Not hedges: a conditional in a completive « que » clause (future in
     * the past) or in a sentence with a « si » hypothesis; a simple conditional of a lexical verb (not « aurait »,
     * « serait ») in a relative clause (« des garanties qui limiteraient ») or in direct speech (« un tel accord
     * ouvrirait la voie ») — there it states a hypothesis or a purpose, not unverified information.
     */
    private static void conditionals(List<Token> tokens, ReportedContent reported, List<Candidate> out) {
        Boolean hypothetical = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token verb = tokens.get(i);
            if (!verb.isVerbal()) {
                continue;
            }
            ConditionalStems.Verdict verdict = ConditionalStems.verdict(verb.word());
            String key = Lexicons.key(verb.word());
            switch (verdict) {
                case MODAL -> out.add(new Candidate(verb.start(), verb.end(), HedgeKind.MODAL, "modal:" + key));
                case CONDITIONAL, AUXILIARY -> {
                    if (hypothetical == null) {
                        hypothetical = hasSiClause(tokens);
                    }
                    if (hypothetical || inCompletive(tokens, i)) {
                        continue;
                    }
                    int last = verdict == ConditionalStems.Verdict.AUXILIARY ? participleEnd(tokens, i) : i;
                    boolean simple = verdict == ConditionalStems.Verdict.CONDITIONAL
                            || (last == i && key.startsWith("aur")); // « qui aurait des conséquences »
                    if (simple && (reported.quoted(verb.start()) || inRelativeClause(tokens, i))) {
                        continue;
                    }
                    if (counterfactual(tokens, i, last) || evaluative(tokens, i, last) || (last == i && question(tokens, i))) {
                        continue;
                    }
                    out.add(new Candidate(tokens.get(reflexiveStart(tokens, i)).start(), tokens.get(last).end(),
                            HedgeKind.CONDITIONAL, "conditional:" + key));
                    i = last;
                }
                default -> { }
            }
        }
    }

    /**
     * Whether the sentence has a « si » clause (« si », « même si », « comme si », « s'il »): « si » tagged SCONJ
     * or before il/ils, elided « s' » only before il/ils (elsewhere it is the reflexive clitic). A « si » right
     * after a verb or adjective of asking or knowing opens an indirect question (« il a demandé si », « il n'est
     * pas clair si »; {@code question-governor} in {@code function-words.tsv}), not a hypothesis.
     */
    private static boolean hasSiClause(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            String w = Lexicons.key(t.word());
            boolean beforeIl = k + 1 < tokens.size() && SUBJECT_IL.contains(Lexicons.key(tokens.get(k + 1).word()));
            if (HYPOTHETICAL.contains(w) && (w.endsWith("'") ? beforeIl : t.pos().equals("SCONJ") || beforeIl)
                    && opensClause(tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the « si » at {@code k} opens a hypothesis rather than an indirect question. */
    private static boolean opensClause(List<Token> tokens, int k) {
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
            String w = Lexicons.key(tokens.get(j).word());
            if (QUESTION_GOVERNORS.stream().anyMatch(g -> g.length() >= 5 ? w.startsWith(g) : w.equals(g))) {
                return false; // « il a demandé si », « on ignore si », « il n'est pas clair si »
            }
            if (!tokens.get(j).pos().equals("ADV") && !NEGATION.contains(w) && !CLITIC.contains(w)) {
                break;
            }
        }
        return true;
    }

    /**
     * Whether the verb heads a relative clause, or is coordinated with one: by the dependency parse when there is
     * one ({@code acl:relcl}), else by a relative pronoun (qui, dont, où, lequel...) earlier in the same clause.
     * « selon lequel/laquelle... » introduces hearsay, not a relative description, and does not count.
     */
    private static boolean inRelativeClause(List<Token> tokens, int verb) {
        int v = verb;
        for (int hops = 0; hops < 4 && v >= 0; hops++) {
            Token t = tokens.get(v);
            if (t.deprel().equals("acl:relcl")) {
                return !hearsayRelative(tokens, v);
            }
            if (!t.deprel().equals("conj")) {
                break;
            }
            v = t.head();
        }
        for (int k = verb - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            String w = Lexicons.key(t.word());
            if (CLAUSE_STOP.contains(w) || (t.isVerbal() && k < verb - 1 && !AUXILIARY.contains(w))) {
                return false;
            }
            if (RELATIVE.contains(w) && t.pos().equals("PRON")) {
                return k == 0 || !Lexicons.key(tokens.get(k - 1).word()).equals("selon");
            }
            if (QUE.contains(w) && k > 0 && (tokens.get(k - 1).pos().equals("NOUN")
                    || ANTECEDENT.contains(Lexicons.key(tokens.get(k - 1).word())))) {
                return true; // « les changements que nécessiterait ... », « ce que ferait ... »
            }
        }
        return false;
    }

    /**
     * Not unverified information but a judgement or a reproach: « il serait logique de », « ce serait utile que »
     * (a simple « serait » + adjective + de/que), « aurait dû », « aurait pu » (modal perfect).
     */
    private static boolean evaluative(List<Token> tokens, int verb, int last) {
        String participle = Lexicons.key(tokens.get(last).word());
        if (last > verb && (participle.equals("dû") || participle.equals("du") || participle.equals("pu"))) {
            return true;
        }
        if (last != verb || !Lexicons.key(tokens.get(verb).word()).startsWith("ser")) {
            return false;
        }
        int j = verb + 1;
        while (j < tokens.size() && tokens.get(j).pos().equals("ADV")) {
            j++;
        }
        return j + 1 < tokens.size() && tokens.get(j).pos().equals("ADJ")
                && (QUE.contains(Lexicons.key(tokens.get(j + 1).word()))
                || Lexicons.key(tokens.get(j + 1).word()).equals("de")
                || Lexicons.key(tokens.get(j + 1).word()).equals("d'"));
    }

    /** An inverted subject in a question: a simple conditional there is rhetorical (« Y aurait-il ... ? »). */
    private static boolean question(List<Token> tokens, int verb) {
        boolean inverted = tokens.get(verb).word().contains("-")
                || (verb + 1 < tokens.size() && tokens.get(verb + 1).word().startsWith("-"));
        return inverted && tokens.get(tokens.size() - 1).word().equals("?");
    }

    /** « alors », « sinon », « autrement » inside or right after the verb group mark a counterfactual. */
    private static boolean counterfactual(List<Token> tokens, int first, int last) {
        for (int j = first + 1; j <= Math.min(tokens.size() - 1, last + 1); j++) {
            if (COUNTERFACTUAL.contains(Lexicons.key(tokens.get(j).word()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the relative clause headed by {@code verb} is introduced by « selon lequel/laquelle... ». */
    private static boolean hearsayRelative(List<Token> tokens, int verb) {
        for (int k = verb - 1; k > 0; k--) {
            Token t = tokens.get(k);
            if (t.head() == verb && RELATIVE.contains(Lexicons.key(t.word()))) {
                return Lexicons.key(tokens.get(k - 1).word()).equals("selon");
            }
        }
        return false;
    }

    /**
     * Whether the verb at {@code verb} is inside a completive « que » clause: a « que » before it in the same
     * clause that is not part of an adverbial locution (« alors que ») nor a relative pronoun after a noun or
     * « ce » (unless a reporting verb precedes: « il a dit à la presse que »).
     */
    private static boolean inCompletive(List<Token> tokens, int verb) {
        for (int k = verb - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            String w = Lexicons.key(t.word());
            if (CLAUSE_STOP.contains(w)) {
                return false;
            }
            if (QUE.contains(w) && !t.pos().equals("ADV") && !t.pos().equals("CCONJ") && introducesCompletive(tokens, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean introducesCompletive(List<Token> tokens, int que) {
        int p = que - 1;
        while (p >= 0 && tokens.get(p).pos().equals("ADJ")) {
            p--;
        }
        if (p < 0) {
            return false;
        }
        Token prev = tokens.get(p);
        String w = Lexicons.key(prev.word());
        if (LOCUTION.contains(w)) {
            return false;
        }
        if (ANTECEDENT.contains(w) || prev.pos().equals("NOUN") || prev.pos().equals("PROPN")) {
            for (int k = p; k >= 0 && !CLAUSE_STOP.contains(Lexicons.key(tokens.get(k).word())); k--) {
                if (tokens.get(k).isVerbal() && ReportedContent.isReportingForm(tokens.get(k).word())) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /** Index of the last token of a compound conditional (« aurait déjà été tué »), or {@code aux} itself. */
    private static int participleEnd(List<Token> tokens, int aux) {
        int last = aux;
        int from = aux;
        for (int j = aux + 1; j < tokens.size() && j <= from + WINDOW; j++) {
            Token t = tokens.get(j);
            String w = Lexicons.key(t.word());
            if (t.pos().equals("ADV") || NEGATION.contains(w) || w.startsWith("-")) {
                continue;
            }
            if (!t.isVerbal() || isInfinitive(w)) {
                break;
            }
            last = j;
            if (!w.equals("été")) {
                break;
            }
            from = j;
        }
        return last;
    }

    /** Index of a reflexive clitic before the verb (« se serait », « s'en serait »), or {@code verb} itself. */
    private static int reflexiveStart(List<Token> tokens, int verb) {
        int k = verb - 1;
        while (k >= 0 && verb - k <= 2 && CLITIC.contains(Lexicons.key(tokens.get(k).word()))) {
            k--;
        }
        return k >= 0 && REFLEXIVE.contains(Lexicons.key(tokens.get(k).word())) ? k : verb;
    }

    private static boolean isInfinitive(String w) {
        return w.endsWith("er") || w.endsWith("ir") || w.endsWith("re");
    }

    // ---- lexicon markers -------------------------------------------------------------------------------------

    private static void markers(NormalizedText normalized, List<Token> tokens, List<Integer> sentenceOf,
                                List<Candidate> out) {
        String lower = normalized.lower();
        for (Marker marker : MARKERS) {
            for (MatchResult m : marker.matches(lower)) {
                Span span = normalized.toOriginal(m.start(), m.end());
                int end = conditionEnd(marker.condition(), span, tokens, sentenceOf);
                if (end >= 0) {
                    out.add(new Candidate(span.start(), end, marker.kind(), marker.cue()));
                }
            }
        }
    }

    /** The hedge's end if the marker's condition holds for a match at {@code span}, else -1. */
    private static int conditionEnd(Marker.Condition condition, Span span, List<Token> tokens,
                                    List<Integer> sentenceOf) {
        if (condition == Marker.Condition.NONE) {
            return span.end();
        }
        int first = firstTokenFrom(tokens, span.start());
        int next = firstTokenFrom(tokens, span.end());
        boolean hasFirst = first < tokens.size();
        switch (condition) {
            case BEFORE_NOUN -> {
                return next < tokens.size() && sameSentence(sentenceOf, first, next)
                        && (tokens.get(next).pos().equals("NOUN") || tokens.get(next).pos().equals("PROPN"))
                        ? span.end() : -1;
            }
            case BEFORE_INFINITIVE -> {
                for (int j = next; j < tokens.size() && j < next + WINDOW && sameSentence(sentenceOf, first, j); j++) {
                    Token t = tokens.get(j);
                    String w = Lexicons.key(t.word());
                    if (t.pos().equals("ADV") || NEGATION.contains(w) || OBJECT_CLITIC.contains(w) || w.startsWith("-")) {
                        continue;
                    }
                    if (t.isVerbal() && isInfinitive(w)) {
                        return t.end();
                    }
                    break;
                }
                // an incise or a short phrase before the infinitive (« semble, pour l'instant, n'avoir »): the verb alone
                for (int j = next; j < tokens.size() && j < next + INCISE && sameSentence(sentenceOf, first, j); j++) {
                    Token t = tokens.get(j);
                    String w = Lexicons.key(t.word());
                    if (t.isVerbal()) {
                        return isInfinitive(w) ? span.end() : -1;
                    }
                    if (t.pos().equals("PUNCT") && !w.equals(",")) {
                        return -1;
                    }
                }
                return -1;
            }
            case NOT_VERB -> {
                if (!hasFirst) {
                    return span.end();
                }
                for (int k = first - 1; k >= 0 && sameSentence(sentenceOf, first, k); k--) {
                    Token t = tokens.get(k);
                    String w = Lexicons.key(t.word());
                    if (t.pos().equals("ADV") || NEGATION.contains(w) || w.startsWith("-")) {
                        continue;
                    }
                    if (AUXILIARY.contains(w)) {
                        return -1;
                    }
                    break;
                }
                boolean queFollows = next < tokens.size() && sameSentence(sentenceOf, first, next)
                        && QUE.contains(Lexicons.key(tokens.get(next).word()));
                return queFollows ? -1 : span.end();
            }
            default -> throw new IllegalStateException("unhandled condition " + condition);
        }
    }

    private static boolean sameSentence(List<Integer> sentenceOf, int a, int b) {
        return a < sentenceOf.size() && b < sentenceOf.size() && sentenceOf.get(a).equals(sentenceOf.get(b));
    }

    /** Index of the first token starting at or after {@code offset} (tokens are in document order). */
    private static int firstTokenFrom(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
