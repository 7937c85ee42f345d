package org.cadrage.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cadrage.model.Attribution;
import org.cadrage.nlp.AnnotatedDocument;
import org.cadrage.nlp.TestDocs;
import org.junit.jupiter.api.Test;

/**
 * The {@link org.cadrage.extract.Extractor} contract for attributions, which have no text/start/end of their own
 * (so {@code ExtractorContractTest}'s reflective span check does not apply): empty input, exact and trimmed spans,
 * sorted deterministic output, hostile input.
 */
class AttributionContractTest {
    private static final String RICH = "Le chef de l'armée, Oleg Sidorov, a affirmé que les troupes avançaient.\n\n"
            + "«\u00A0Nous tiendrons le front\u00A0», a-t-il ajouté. Selon Kiev, dix villages ont été repris. "
            + "“La ville ne tombera pas », a affirmé Marta Kovalenko, cité par l'agence Reuters.";

    private static AnnotatedDocument rich() {
        return AttributionExtractorTest.doc(RICH);
    }

    @Test
    void emptyTextGivesNoAttribution() {
        assertEquals(List.of(), AttributionExtractorTest.EXTRACTOR.extract(TestDocs.of("", Map.of())));
        assertEquals(List.of(), AttributionExtractorTest.EXTRACTOR.extract(TestDocs.of(" \n\n\u00A0 ", Map.of())));
    }

    @Test
    void richDocumentSpansAreExactAndSorted() {
        List<Attribution> out = AttributionExtractorTest.EXTRACTOR.extract(rich());
        assertEquals(4, out.size(), out.toString());
        for (int i = 0; i < out.size(); i++) {
            AttributionContract.assertExact(RICH, out.get(i));
            if (i > 0) {
                assertTrue(out.get(i - 1).content().compareTo(out.get(i).content()) <= 0, "sorted by content");
            }
        }
    }

    @Test
    void deterministic() {
        assertEquals(AttributionExtractorTest.EXTRACTOR.extract(rich()), new AttributionExtractor().extract(rich()));
    }

    @Test
    void hostileInputsKeepTheContract() {
        for (String s : List.of("«", "»", "« »", "«\u00A0\u00A0»", "\"", "\"\"", "a déclaré", ", a-t-il ajouté.",
                "selon", "Selon ,", "– chef", ": « x", "« a » « b » « c", "“‘’”", "a déclaré que", "d'après",
                "cité par", "Pour lui,", "\r\n«\r\n»\r\n")) {
            AnnotatedDocument d = AttributionExtractorTest.doc(s);
            for (Attribution a : AttributionExtractorTest.EXTRACTOR.extract(d)) {
                AttributionContract.assertExact(s, a);
            }
        }
    }

    @Test
    void randomWordSequencesKeepTheContract() {
        String[] vocabulary = ("« » “ ” \" , . : – selon d' après cité par que qu' a a-t-il -t-elle déclaré affirmé "
                + "ajouté estime le la les de du Petrov Kiev ministre il elle on pour lui \n\n ( ) été annoncé "
                + "ajoutant et nie avoir sources des un responsable Reuters -t-on dit-elle ajoute-t-il ne pas source "
                + "Pour Selon D'après ; ? [ ] ‘ ’ M. Mme qui communiqué - Deutsche Welle").split(" ");
        java.util.Random random = new java.util.Random(20260221L);
        for (int i = 0; i < 5000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(14);
            for (int k = 0; k < n; k++) {
                sb.append(vocabulary[random.nextInt(vocabulary.length)]).append(random.nextInt(4) == 0 ? "\u00A0" : " ");
            }
            String s = sb.toString();
            AnnotatedDocument d = AttributionExtractorTest.doc(s);
            for (Attribution a : AttributionExtractorTest.EXTRACTOR.extract(d)) {
                AttributionContract.assertExact(s, a);
            }
        }
    }
}
