package org.cadrage.nlp.corenlp;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.cadrage.extract.attribution.AttributionExtractor;
import org.cadrage.model.Article;
import org.cadrage.nlp.AnnotatedDocument;
import org.cadrage.nlp.Sentence;
import org.cadrage.nlp.Token;

/**
 * Developer tool: parses each line of standard input (« \n » written as ⏎) and prints its tokens with POS, NER,
 * head and relation, then the attributions found. Run from the test classpath: {@code java -cp
 * target/test-classes:target/classes:<the test classpath of dependency:build-classpath>
 * org.cadrage.nlp.corenlp.ParseDump < sentences.txt}.
 */
public final class ParseDump {
    private ParseDump() {
    }

    public static void main(String[] args) throws Exception {
        CoreNlpAnnotator nlp = new CoreNlpAnnotator();
        AttributionExtractor extractor = new AttributionExtractor();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int n = 0;
        for (String line; (line = in.readLine()) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            String text = line.replace("⏎", "\n");
            AnnotatedDocument doc = nlp.annotate(Article.of("dump" + (n++), text));
            System.out.println("## " + text.replace("\n", "⏎"));
            for (Sentence s : doc.sentences()) {
                for (Token t : s.tokens()) {
                    System.out.printf(Locale.ROOT, "  %2d %-18s %-6s %-4s %2d %s%n", t.index(), t.word(), t.pos(), t.ner(),
                            t.head(), t.deprel());
                }
            }
            extractor.extract(doc).forEach(a -> System.out.println("  => " + a.type() + " | "
                    + (a.speaker() == null ? null : a.speaker().text()) + " | " + a.cue().text() + " | "
                    + text.substring(a.content().start(), a.content().end())));
        }
    }
}
