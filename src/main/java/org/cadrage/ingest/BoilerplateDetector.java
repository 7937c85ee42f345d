package org.cadrage.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.cadrage.model.Boilerplate;
import org.cadrage.model.BoilerplateKind;
import org.cadrage.model.Span;

/**
 * Finds boilerplate in scraped pages: cookie banners, share widgets, subscription appeals, promotional link lists,
 * related links and navigation. Rules come from the data file {@code boilerplate.tsv} (documented in its header);
 * on top of them the detector marks
 * <ul>
 *   <li>a repetition of the page's first line in its tail, i.e. followed only by short or marked lines
 *       (navigation);</li>
 *   <li>runs of short UI lines (at most {@value #SHORT_CHARS} characters and {@value #SHORT_WORDS} words, no final
 *       {@code . ! ?}) between two marked lines, or between a marked line and the end of the page: they take the
 *       kind of their neighbours when both agree, else navigation; and runs of at most {@value #MEDIUM_RUN} lines
 *       of at most {@value #MEDIUM_CHARS} characters, none ending with {@code . ! ?}, between two marked lines of the same kind (the items of a
 *       sponsored-links widget between its header and footer);</li>
 *   <li>enumerated items ({@code 2) ...}) next to promotional lines (promo links).</li>
 * </ul>
 * Every span covers whole lines (stripped, no line break) or whole sentences; adjacent spans of one kind separated
 * only by whitespace are merged. The text is never changed.
 *
 * <p>Immutable and thread-safe. Arguments must not be {@code null}.
 */
public final class BoilerplateDetector {
    static final int SHORT_CHARS = 60;
    static final int SHORT_WORDS = 8;
    static final int MEDIUM_CHARS = 150;
    static final int MEDIUM_RUN = 6;
    private static final int PREFIX_MAX_CHARS = 300;
    private static final Pattern URL = Pattern.compile("https?://|www\\.", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENUMERATED = Pattern.compile("\\d{1,2} ?[).-] ?\\S.*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\u2026]+[\"'\u00BB\u201D\u2019)\\]]*(?=\\s|$)");

    private enum Scope { LINE, PREFIX, SENTENCE, URL_LINE }

    private record Rule(BoilerplateKind kind, Scope scope, Pattern pattern) {
    }

    private record Line(int start, int end, String key) {
    }

    private record Item(Span span, BoilerplateKind kind) {
    }

    private final List<Rule> rules;

    private BoilerplateDetector(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The detector with the rules of the bundled {@code boilerplate.tsv}. */
    public static BoilerplateDetector load() {
        try (InputStream in = BoilerplateDetector.class.getResourceAsStream("boilerplate.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource org/cadrage/ingest/boilerplate.tsv is missing");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read boilerplate.tsv", e);
        }
    }

    /** A detector with the given rule lines (format of {@code boilerplate.tsv}). */
    static BoilerplateDetector parse(List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] cols = l.split("\t", 3);
            if (cols.length != 3) {
                throw new IllegalArgumentException("boilerplate rule line " + (i + 1) + ": expected 3 tab-separated"
                        + " columns (kind, scope, regex), got: " + l);
            }
            try {
                rules.add(new Rule(BoilerplateKind.valueOf(cols[0].strip().toUpperCase(Locale.ROOT)),
                        Scope.valueOf(cols[1].strip().toUpperCase(Locale.ROOT).replace('-', '_')),
                        Pattern.compile(cols[2].strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("boilerplate rule line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new BoilerplateDetector(rules);
    }

    /** Boilerplate anywhere in the document, sorted by offset. */
    public List<Boilerplate> detect(String document) {
        return detect(document, new Span(0, document.length()));
    }

    /**
     * Boilerplate of the document that lies inside {@code region}, sorted by offset. Detection looks at the whole
     * document (a repeated title, neighbouring lines), then keeps the lines and sentences inside the region.
     */
    public List<Boilerplate> detect(String document, Span region) {
        List<Line> lines = lines(document);
        Map<Integer, BoilerplateKind> marked = new TreeMap<>();
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            BoilerplateKind kind = lineKind(line);
            if (kind != null) {
                marked.put(i, kind);
                continue;
            }
            List<Item> sentences = sentenceItems(document, line);
            if (!sentences.isEmpty() && sentences.size() == sentenceCount(document, line)
                    && sentences.stream().allMatch(s -> s.kind() == sentences.get(0).kind())) {
                marked.put(i, sentences.get(0).kind());
            } else {
                items.addAll(sentences);
            }
        }
        markRepeatedTitle(lines, marked);
        markEnumeratedPromo(lines, marked);
        markSandwiched(lines, marked);
        for (Map.Entry<Integer, BoilerplateKind> e : marked.entrySet()) {
            Line l = lines.get(e.getKey());
            items.add(new Item(new Span(l.start(), l.end()), e.getValue()));
        }
        items.sort(Comparator.comparing(Item::span));
        List<Boilerplate> out = new ArrayList<>();
        Item open = null;
        for (Item item : items) {
            if (!region.contains(item.span())) {
                continue;
            }
            if (open != null && open.kind() == item.kind()
                    && document.substring(open.span().end(), item.span().start()).isBlank()) {
                open = new Item(new Span(open.span().start(), item.span().end()), open.kind());
            } else {
                if (open != null) {
                    out.add(new Boilerplate(open.span(), open.kind()));
                }
                open = item;
            }
        }
        if (open != null) {
            out.add(new Boilerplate(open.span(), open.kind()));
        }
        return List.copyOf(out);
    }

    private BoilerplateKind lineKind(Line line) {
        boolean hasUrl = URL.matcher(line.key()).find();
        for (Rule r : rules) {
            boolean hit = switch (r.scope()) {
                case LINE -> r.pattern().matcher(line.key()).matches();
                case PREFIX -> line.key().length() <= PREFIX_MAX_CHARS && r.pattern().matcher(line.key()).lookingAt();
                case URL_LINE -> hasUrl && r.pattern().matcher(line.key()).find();
                case SENTENCE -> false;
            };
            if (hit) {
                return r.kind();
            }
        }
        return null;
    }

    private List<Item> sentenceItems(String document, Line line) {
        List<Item> out = new ArrayList<>();
        for (Span s : sentences(document, line)) {
            String key = Texts.matchKey(s.of(document));
            for (Rule r : rules) {
                if (r.scope() == Scope.SENTENCE && r.pattern().matcher(key).find()) {
                    out.add(new Item(s, r.kind()));
                    break;
                }
            }
        }
        return out;
    }

    private int sentenceCount(String document, Line line) {
        return sentences(document, line).size();
    }

    /** Sentences of a line: up to and including final punctuation and closing quotes, stripped. */
    private static List<Span> sentences(String document, Line line) {
        List<Span> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(document).region(line.start(), line.end());
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int from = line.start();
        while (m.find()) {
            Span s = Texts.trimmed(document, from, m.end());
            if (s.length() > 0) {
                out.add(s);
            }
            from = m.end();
        }
        Span rest = Texts.trimmed(document, from, line.end());
        if (rest.length() > 0) {
            out.add(rest);
        }
        return out;
    }

    /** Marks a repetition of the first line that sits in the page's tail (only short or marked lines after it). */
    private static void markRepeatedTitle(List<Line> lines, Map<Integer, BoilerplateKind> marked) {
        if (lines.isEmpty()) {
            return;
        }
        String title = lines.get(0).key();
        for (int i = lines.size() - 1; i > 0; i--) {
            Line line = lines.get(i);
            if (line.key().equals(title)) {
                marked.putIfAbsent(i, BoilerplateKind.NAVIGATION);
            } else if (!marked.containsKey(i) && !isShort(line)) {
                return;
            }
        }
    }

    private static void markEnumeratedPromo(List<Line> lines, Map<Integer, BoilerplateKind> marked) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < lines.size(); i++) {
                if (!marked.containsKey(i) && ENUMERATED.matcher(lines.get(i).key()).matches()
                        && (marked.get(i - 1) == BoilerplateKind.PROMO_LINKS
                        || marked.get(i + 1) == BoilerplateKind.PROMO_LINKS)) {
                    marked.put(i, BoilerplateKind.PROMO_LINKS);
                    changed = true;
                }
            }
        }
    }

    private static void markSandwiched(List<Line> lines, Map<Integer, BoilerplateKind> marked) {
        int i = 1;
        while (i < lines.size()) {
            if (marked.containsKey(i) || !marked.containsKey(i - 1) || !isMedium(lines.get(i))) {
                i++;
                continue;
            }
            int end = i;
            boolean allShort = true;
            while (end < lines.size() && !marked.containsKey(end) && isMedium(lines.get(end))) {
                allShort &= isShort(lines.get(end));
                end++;
            }
            BoilerplateKind before = marked.get(i - 1);
            BoilerplateKind after = end == lines.size() ? before : marked.get(end);
            boolean sameKind = before == after;
            if (after != null && (allShort || sameKind && end < lines.size() && end - i <= MEDIUM_RUN)) {
                for (int k = i; k < end; k++) {
                    marked.put(k, sameKind ? before : BoilerplateKind.NAVIGATION);
                }
            }
            i = end;
        }
    }

    private static boolean isMedium(Line line) {
        return line.key().length() <= MEDIUM_CHARS && !line.key().matches(".*[.!?]$");
    }

    private static boolean isShort(Line line) {
        String k = line.key();
        return k.length() <= SHORT_CHARS && k.split(" ").length <= SHORT_WORDS && !k.matches(".*[.!?]$");
    }

    /** The non-blank lines of the document, stripped. */
    private static List<Line> lines(String document) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        while (start <= document.length()) {
            int nl = document.indexOf('\n', start);
            int end = nl < 0 ? document.length() : nl;
            Span s = Texts.trimmed(document, start, end);
            if (s.length() > 0) {
                out.add(new Line(s.start(), s.end(), Texts.matchKey(s.of(document))));
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return out;
    }
}
