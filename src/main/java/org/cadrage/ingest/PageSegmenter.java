package org.cadrage.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.cadrage.model.Boilerplate;
import org.cadrage.model.Span;

/**
 * Splits a page that holds several articles (a scraped front page, a feed dump) into one span per article.
 *
 * <p>Paragraphs are the non-blank lines that are not boilerplate. A new article starts
 * <ul>
 *   <li>right after a <em>signature line</em>: two or three capitalised words alone on a line (an author name)
 *       following a paragraph that ends a sentence;</li>
 *   <li>at a <em>headline-like</em> paragraph (at most {@value #HEADLINE_CHARS} characters, no final
 *       {@code . ! ?}, no credit signal of its own) that follows a paragraph ending a sentence, when one of the next
 *       three paragraphs holds a credit signal ({@code page-signals.tsv}: ©, « (Photo de », « Image from »,
 *       « Crédit : », a /TASS/-style dateline, a bare link line), and the current article already has a body
 *       paragraph (at least {@value #BODY_CHARS} characters ending a sentence).</li>
 * </ul>
 * Crossheads (a short line followed by plain paragraphs) are therefore not boundaries. A page counts as
 * multi-article only with at least one signature line or at least two headline starts; otherwise it is one segment
 * covering the whole document. Segments are contiguous, stripped of surrounding whitespace, and cover every
 * paragraph and boilerplate line from their start to the next segment.
 *
 * <p>Immutable and thread-safe. Arguments must not be {@code null}.
 */
public final class PageSegmenter {
    static final int HEADLINE_CHARS = 200;
    static final int BODY_CHARS = 200;
    private static final int LOOKAHEAD = 3;
    private static final Pattern SIGNATURE =
            Pattern.compile("\\p{Lu}[\\p{Ll}'\u2019-]+(?: \\p{Lu}[\\p{Ll}'\u2019.-]*){1,2}");
    private static final Pattern ENDS_SENTENCE =
            Pattern.compile(".*[.!?\u2026][\\s\"'\u00BB\u201D\u2019)\\]\u00A0\u202F]*");
    private static final Pattern HEADLINE_START = Pattern.compile("[\\p{Lu}\\p{N}\"'\u00AB\u201C\\[(].*",
            Pattern.DOTALL);

    private record Paragraph(Span span, String text) {
    }

    private final List<Pattern> signals;

    private PageSegmenter(List<Pattern> signals) {
        this.signals = List.copyOf(signals);
    }

    /** The segmenter with the credit signals of the bundled {@code page-signals.tsv}. */
    public static PageSegmenter load() {
        try (InputStream in = PageSegmenter.class.getResourceAsStream("page-signals.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource org/cadrage/ingest/page-signals.tsv is missing");
            }
            List<Pattern> signals = new ArrayList<>();
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .toList()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    signals.add(Pattern.compile(line.strip()));
                }
            }
            return new PageSegmenter(signals);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read page-signals.tsv", e);
        }
    }

    /**
     * The article spans of the page: one span {@code [0, document.length())} for a single-article page, else one
     * span per article in document order.
     *
     * @param boilerplate boilerplate found in the document (its lines are not paragraphs)
     */
    public List<Span> segment(String document, List<Boilerplate> boilerplate) {
        List<Paragraph> paras = paragraphs(document, boilerplate);
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int signatures = 0;
        int headlineStarts = 0;
        boolean body = false;
        for (int i = 1; i < paras.size(); i++) {
            Paragraph p = paras.get(i);
            Paragraph prev = paras.get(i - 1);
            boolean justStarted = starts.get(starts.size() - 1) == i;
            if (isSignature(p, prev)) {
                signatures++;
                if (i + 1 < paras.size()) {
                    starts.add(i + 1);
                    body = false;
                }
            } else if (!justStarted && body && endsSentence(prev) && isHeadline(p) && signalAfter(paras, i)) {
                starts.add(i);
                headlineStarts++;
                body = false;
            } else if (p.text().length() >= BODY_CHARS && endsSentence(p)) {
                body = true;
            }
        }
        if (signatures == 0 && headlineStarts < 2 || starts.size() < 2) {
            return List.of(new Span(0, document.length()));
        }
        List<Span> segments = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int from = k == 0 ? 0 : paras.get(starts.get(k)).span().start();
            int to = k + 1 < starts.size() ? paras.get(starts.get(k + 1)).span().start() : document.length();
            segments.add(Texts.trimmed(document, from, to));
        }
        return List.copyOf(segments);
    }

    /** The first paragraph of a segment when it reads like a headline, else {@code null}. */
    public static String headline(String document, Span segment) {
        String text = segment.of(document).strip();
        int nl = text.indexOf('\n');
        String first = (nl < 0 ? text : text.substring(0, nl)).strip();
        return !first.isEmpty() && first.length() <= HEADLINE_CHARS && !ENDS_SENTENCE.matcher(first).matches()
                ? first : null;
    }

    private boolean isHeadline(Paragraph p) {
        return p.text().length() <= HEADLINE_CHARS && !endsSentence(p) && HEADLINE_START.matcher(p.text()).matches()
                && !hasSignal(p) && !p.text().endsWith(":");
    }

    private static boolean isSignature(Paragraph p, Paragraph prev) {
        return SIGNATURE.matcher(p.text()).matches() && endsSentence(prev);
    }

    private boolean signalAfter(List<Paragraph> paras, int i) {
        for (int k = i + 1; k <= i + LOOKAHEAD && k < paras.size(); k++) {
            if (hasSignal(paras.get(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean hasSignal(Paragraph p) {
        return signals.stream().anyMatch(s -> s.matcher(p.text()).find());
    }

    private static boolean endsSentence(Paragraph p) {
        return ENDS_SENTENCE.matcher(p.text()).matches();
    }

    private static List<Paragraph> paragraphs(String document, List<Boilerplate> boilerplate) {
        List<Paragraph> out = new ArrayList<>();
        int start = 0;
        while (start <= document.length()) {
            int nl = document.indexOf('\n', start);
            int end = nl < 0 ? document.length() : nl;
            Span s = Texts.trimmed(document, start, end);
            if (s.length() > 0 && boilerplate.stream().noneMatch(b -> b.span().contains(s))) {
                out.add(new Paragraph(s, s.of(document)));
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return out;
    }
}
