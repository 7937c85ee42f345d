package org.cadrage.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadrage.model.Article;

/**
 * Builds small hand-annotated documents for unit tests, without CoreNLP.
 *
 * <p>Tokenisation: elided clitics ({@code l' d' qu' s' n' j' m' c'} with ’ or ') are tokens of their own,
 * inverted subject clitics ({@code -t-il}, {@code -elle}) stay one token as in CoreNLP, other words and single
 * punctuation marks are tokens. Sentences end after {@code . ! ?} or at a blank line. POS tags come from the map
 * (keys lower-case words); punctuation is {@code PUNCT}; anything else is {@code X}. No dependency parse
 * (head -1, deprel {@code dep}) and no NER ({@code O}).
 */
public final class TestDocs {
    private static final Pattern TOKEN = Pattern.compile(
            "(?i)(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['\u2019]"
                    + "|-t-(?:il|elle|on|ils|elles)|-(?:il|elle|on|ils|elles|je|tu|nous|vous)(?![\\p{L}])"
                    + "|[\\p{L}\\p{N}]+(?:[-.][\\p{L}\\p{N}]+)*"
                    + "|[^\\s\\p{L}\\p{N}]");

    private TestDocs() {
    }

    public static AnnotatedDocument of(String text) {
        return of(text, Map.of());
    }

    public static AnnotatedDocument of(String text, Map<String, String> pos) {
        return of(Article.of("test", text), pos);
    }

    public static AnnotatedDocument of(Article article, Map<String, String> pos) {
        String text = article.analysisText();
        List<Sentence> sentences = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int lastEnd = 0;
        while (m.find()) {
            if (!current.isEmpty() && text.substring(lastEnd, m.start()).contains("\n\n")) {
                sentences.add(sentence(sentences.size(), current));
                current = new ArrayList<>();
            }
            String w = m.group();
            String tag = w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0)) ? "PUNCT"
                    : pos.getOrDefault(w.toLowerCase(Locale.ROOT).replace('\u2019', '\''), "X");
            current.add(new Token(current.size(), w, tag, "O", -1, "dep", m.start(), m.end()));
            lastEnd = m.end();
            if (w.equals(".") || w.equals("!") || w.equals("?")) {
                sentences.add(sentence(sentences.size(), current));
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            sentences.add(sentence(sentences.size(), current));
        }
        return new AnnotatedDocument(article, sentences);
    }

    private static Sentence sentence(int index, List<Token> tokens) {
        return new Sentence(index, tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens);
    }
}
