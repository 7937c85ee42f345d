package org.cadrage.extract.hedge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.cadrage.model.Span;
import org.cadrage.nlp.AnnotatedDocument;
import org.cadrage.nlp.Sentence;
import org.cadrage.nlp.Token;

/**
 * The parts of a document that report someone else's words, found by surface cues (a first approximation, to be
 * refined by the attribution extractor):
 * <ul>
 *   <li>quotations: « … », “ … ”, "…" (with or without no-break spaces); an unclosed « runs to the end of its
 *       paragraph (the next line break);</li>
 *   <li>completive clauses after a reporting verb and « que »: « a déclaré que … » to the end of the sentence
 *       (reporting verbs from {@code reporting-verbs.tsv});</li>
 *   <li>the sentence part before a postposed cue: « …, a déclaré X. », « …, a-t-il ajouté. », « …, selon X. »
 *       (and, for an incise « X, selon Y, … », the part after it); the impersonal « …, dit-on » is hearsay in
 *       the narrator's voice, not a cue;</li>
 *   <li>the sentence part after a fronted « Selon X, » or « D'après X, ».</li>
 * </ul>
 * Spans index {@link AnnotatedDocument#text()}, are sorted and do not overlap (touching or overlapping findings are
 * merged).
 *
 * <p>Immutable and thread-safe. {@link #of} rejects a null document.
 */
public final class ReportedContent {
    private static final Set<String> QUE = Lexicons.functionWords("que");
    private static final Set<String> AUXILIARY = Lexicons.functionWords("auxiliary");
    private static final Set<String> ACCORDING = Lexicons.functionWords("according");
    private static final int MAX_GAP_BEFORE_QUE = 6;

    private final List<Span> spans;
    private final List<Span> quotes;

    private ReportedContent(List<Span> spans, List<Span> quotes) {
        this.spans = List.copyOf(spans);
        this.quotes = List.copyOf(quotes);
    }

    /** Finds the reported content of a document. */
    public static ReportedContent of(AnnotatedDocument document) {
        List<Span> quotes = merge(quotations(document.analysisText()));
        List<Span> found = new ArrayList<>(quotes);
        for (Sentence sentence : document.sentences()) {
            clauses(sentence, found);
        }
        return new ReportedContent(merge(found), quotes);
    }

    /** Whether the character at {@code offset} lies inside quotation marks (direct speech). */
    public boolean quoted(int offset) {
        return covers(quotes, offset);
    }

    /** The reported spans, sorted, non-overlapping. */
    public List<Span> spans() {
        return spans;
    }

    /** Whether the character at {@code offset} lies in reported content. */
    public boolean covers(int offset) {
        return covers(spans, offset);
    }

    private static boolean covers(List<Span> spans, int offset) {
        int lo = 0;
        int hi = spans.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = spans.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Whether a word (any case, either apostrophe, anything from a hyphen on ignored) is a reporting-verb form. */
    static boolean isReportingForm(String word) {
        return Lexicons.reportingForms().contains(beforeHyphen(Lexicons.key(word)));
    }

    private static List<Span> quotations(String text) {
        List<Span> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '\u00AB' && c != '\u201C' && c != '"') {
                i++;
                continue;
            }
            int paragraphEnd = text.indexOf('\n', i);
            if (paragraphEnd < 0) {
                paragraphEnd = text.length();
            }
            int close = switch (c) {
                case '\u00AB' -> text.indexOf('\u00BB', i + 1);
                case '\u201C' -> text.indexOf('\u201D', i + 1);
                case '"' -> text.indexOf('"', i + 1);
                default -> -1;
            };
            if (close >= 0 && close < paragraphEnd) {
                found.add(new Span(i, close + 1));
                i = close + 1;
            } else if (c == '\u00AB') {
                int end = paragraphEnd;
                while (end > i + 1 && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                found.add(new Span(i, end));
                i = paragraphEnd;
            } else {
                i++;
            }
        }
        return found;
    }

    private static void clauses(Sentence sentence, List<Span> found) {
        List<Token> tokens = sentence.tokens();
        int n = tokens.size();
        int sentenceEnd = tokens.isEmpty() ? sentence.end() : Math.max(sentence.end(), tokens.get(n - 1).end());
        int first = 0;
        while (first < n && tokens.get(first).pos().equals("PUNCT")) {
            first++;
        }
        int fronted = accordingLength(tokens, first);
        if (fronted > 0) {
            int comma = nextComma(tokens, first + fronted);
            if (comma >= 0 && comma + 1 < n) {
                found.add(new Span(tokens.get(comma + 1).start(), sentenceEnd));
            }
        }
        for (int k = 0; k < n; k++) {
            Token t = tokens.get(k);
            if (t.word().equals(",") && k > 0) {
                int cueEnd = postposedCueEnd(tokens, k + 1);
                if (cueEnd > 0) {
                    found.add(new Span(tokens.get(0).start(), t.start()));
                    int comma = nextComma(tokens, cueEnd);
                    if (comma >= 0 && comma + 1 < n) {
                        found.add(new Span(tokens.get(comma + 1).start(), sentenceEnd));
                    }
                }
            } else if (isReportingForm(t.word())) {
                int que = queAfter(tokens, k);
                if (que >= 0 && que + 1 < n) {
                    found.add(new Span(tokens.get(que + 1).start(), sentenceEnd));
                }
            }
        }
    }

    /** Index just after a postposed cue starting at {@code m} (« selon », « a-t-il déclaré », « affirme »), or -1. */
    private static int postposedCueEnd(List<Token> tokens, int m) {
        if (m >= tokens.size()) {
            return -1;
        }
        int according = accordingLength(tokens, m);
        if (according > 0) {
            return m + according;
        }
        String w = tokens.get(m).word();
        if (isReportingForm(w)) {
            boolean impersonal = Lexicons.key(w).endsWith("-on")
                    || m + 1 < tokens.size() && Lexicons.key(tokens.get(m + 1).word()).equals("-on");
            return impersonal ? -1 : m + 1;
        }
        if (AUXILIARY.contains(beforeHyphen(Lexicons.key(w)))) {
            int v = m + 1;
            while (v < tokens.size() && tokens.get(v).word().startsWith("-")) {
                v++;
            }
            if (v < tokens.size() && isReportingForm(tokens.get(v).word())) {
                return v + 1;
            }
        }
        return -1;
    }

    /** Number of tokens of a « selon » / « d'après » cue at {@code i} (« d' » + « après » is two), or 0. */
    private static int accordingLength(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return 0;
        }
        String w = Lexicons.key(tokens.get(i).word());
        if (ACCORDING.contains(w)) {
            return 1;
        }
        if (i + 1 < tokens.size() && ACCORDING.contains(w + Lexicons.key(tokens.get(i + 1).word()))) {
            return 2;
        }
        return 0;
    }

    private static int queAfter(List<Token> tokens, int verb) {
        for (int m = verb + 1; m < tokens.size() && m <= verb + MAX_GAP_BEFORE_QUE; m++) {
            Token t = tokens.get(m);
            if (QUE.contains(Lexicons.key(t.word()))) {
                return m;
            }
            if ((t.pos().equals("PUNCT") && !t.word().equals(",")) || t.pos().equals("VERB")) {
                return -1;
            }
        }
        return -1;
    }

    private static int nextComma(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            if (tokens.get(k).word().equals(",")) {
                return k;
            }
        }
        return -1;
    }

    private static String beforeHyphen(String w) {
        int h = w.indexOf('-');
        return h > 0 ? w.substring(0, h) : w;
    }

    private static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.removeIf(s -> s.length() == 0);
        sorted.sort(Comparator.naturalOrder());
        List<Span> merged = new ArrayList<>();
        for (Span s : sorted) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s.start() <= last.end()) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }
}
