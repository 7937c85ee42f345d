package org.cadrage.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cadrage.model.Article;
import org.cadrage.nlp.AnnotatedDocument;
import org.cadrage.nlp.Annotator;
import org.cadrage.nlp.TestDocs;

/**
 * Invented labeled articles for training tests: a single-label task {@code ton} (alarmiste / mesuré, told apart by
 * their vocabulary) and a multi-label task {@code cadres} (économie, sécurité), with a hand-made annotator and a tiny
 * sentiment lexicon, so that train → save → load → evaluate runs in a second without CoreNLP.
 */
final class FramingFixtures {
    static final Annotator FAKE = new Annotator() {
        @Override
        public AnnotatedDocument annotate(Article article) {
            return TestDocs.of(article, Map.of("a", "AUX", "déclaré", "VERB", "aurait", "AUX", "frappé", "VERB"));
        }

        @Override
        public String id() {
            return "fake-framing";
        }
    };

    private static final String[] ALARM = {
        "Catastrophe imminente : le front s'effondre et la panique gagne la capitale.",
        "Un désastre terrible, une menace mortelle, l'horreur absolue selon les témoins.",
        "La panique grandit, le chaos total menace la région, un danger terrible approche.",
    };
    private static final String[] CALM = {
        "Les négociations reprennent lundi, a déclaré le ministre, sur un ton prudent.",
        "Le rapport détaille les chiffres du trimestre avec précision et mesure.",
        "Les deux délégations examinent calmement le calendrier proposé.",
    };
    private static final String ECONOMY = " Le prix du gaz et l'inflation pèsent sur le budget des ménages.";
    private static final String SECURITY = " Des troupes et des blindés renforcent la frontière sous haute surveillance.";

    private FramingFixtures() {
    }

    /** Writes {@code n} labeled articles to a JSONL file; {@code offset} varies the sentences between sets. */
    static Path jsonl(Path file, int n, int offset) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int j = i + offset;
            boolean alarm = j % 2 == 0;
            boolean economy = j % 3 != 0;
            boolean security = j % 4 < 2;
            String text = (alarm ? ALARM[j % 3] + " " + ALARM[(j + 1) % 3] : CALM[j % 3] + " " + CALM[(j + 1) % 3])
                    + (economy ? ECONOMY : "") + (security ? SECURITY : "")
                    + String.format(Locale.ROOT, " Dépêche numéro %d.", j);
            ObjectNode line = json.createObjectNode();
            line.put("id", String.format(Locale.ROOT, "art%03d", j));
            line.put("text", text);
            line.put("outlet", "Journal " + (char) ('A' + j % 6));
            ObjectNode labels = line.putObject("labels");
            labels.put("ton", alarm ? "alarmiste" : "mesuré");
            var cadres = labels.putArray("cadres");
            if (economy) {
                cadres.add("économie");
            }
            if (security) {
                cadres.add("sécurité");
            }
            lines.add(json.writeValueAsString(line));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /** A four-word pattern-fr style lexicon. */
    static Path lexicon(Path file) throws IOException {
        Files.writeString(file, """
                <?xml version="1.0" encoding="utf-8"?>
                <sentiment language="fr">
                <word form="terrible" pos="JJ" polarity="-0.8" subjectivity="0.9" intensity="1.0" />
                <word form="mortelle" pos="JJ" polarity="-0.7" subjectivity="0.8" intensity="1.0" />
                <word form="prudent" pos="JJ" polarity="0.2" subjectivity="0.4" intensity="1.0" />
                <word form="absolue" pos="JJ" polarity="0.0" subjectivity="0.6" intensity="1.5" />
                </sentiment>
                """, StandardCharsets.UTF_8);
        return file;
    }
}
