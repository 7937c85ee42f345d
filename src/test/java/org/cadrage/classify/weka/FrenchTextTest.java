package org.cadrage.classify.weka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.filters.Filter;

class FrenchTextTest {
    private final FrenchStemmer stemmer = new FrenchStemmer();

    @Test
    void stemsFrenchWords() {
        assertEquals("national", stemmer.stem("nationales"));
        assertEquals("continuel", stemmer.stem("continuellement"));
        assertEquals("négoci", stemmer.stem("négociations"));
        assertEquals("négoci", stemmer.stem("Négociation"));
        assertEquals("ukrainien", stemmer.stem("UKRAINIENNES"));
    }

    @Test
    void stemsEachWordOfAnNGram() {
        assertEquals("négoci national", stemmer.stem("négociations nationales"));
        assertEquals("", stemmer.stem(""));
    }

    @Test
    void stemmerIsThreadSafe() {
        List<String> words = IntStream.range(0, 20_000)
                .mapToObj(i -> List.of("nationales", "continuellement", "négociations", "ukrainiennes").get(i % 4))
                .toList();
        List<String> sequential = words.stream().map(stemmer::stem).toList();
        List<String> parallel = words.parallelStream().map(stemmer::stem).toList();
        assertEquals(sequential, parallel);
    }

    @Test
    void stopWordsIncludeElisionsStemsAndNGramsWithAStopWord() {
        FrenchStopwords stop = new FrenchStopwords();
        assertTrue(stop.isStopword("dans"));
        assertTrue(stop.isStopword("dan"), "stem of « dans »: Weka stems before asking");
        assertTrue(stop.isStopword("l"));
        assertTrue(stop.isStopword("qu"));
        assertTrue(stop.isStopword("Nous"));
        assertTrue(stop.isStopword("de la"));
        assertTrue(stop.isStopword("de moscou"));
        assertTrue(stop.isStopword("national dan"));
        assertFalse(stop.isStopword("négoci national"));
        assertFalse(stop.isStopword("moscou"));
        assertFalse(stop.isStopword("négoci"));
    }

    @Test
    void tokenizerSplitsApostrophesQuotesAndHyphens() {
        FrenchTokenizer tokenizer = new FrenchTokenizer(1);
        tokenizer.tokenize("L’OTAN, a-t-il dit, qu'il «\u00A0négocie\u202F» aujourd'hui.");
        List<String> tokens = new ArrayList<>();
        while (tokenizer.hasMoreElements()) {
            tokens.add(tokenizer.nextElement());
        }
        assertEquals(List.of("l", "otan", "a", "t", "il", "dit", "qu", "il", "négocie", "aujourd", "hui"), tokens);
    }

    @Test
    void wordVectorStemsAndDropsStopWords() throws Exception {
        ArrayList<Attribute> attributes = new ArrayList<>();
        attributes.add(new Attribute("text:", (List<String>) null));
        Instances data = new Instances("t", attributes, 0);
        for (String text : List.of("Les négociations nationales dans l’ombre.",
                "La négociation nationale dans la capitale.", "Des négociations dans la nuit.")) {
            data.add(new DenseInstance(1, new double[] {data.attribute(0).addStringValue(text)}));
        }
        Filter filter = WekaLearner.of(WekaLearner.Algorithm.LOGISTIC, 1).wordVector();
        filter.setInputFormat(data);
        Instances vectors = Filter.useFilter(data, filter);
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < vectors.numAttributes(); i++) {
            terms.add(vectors.attribute(i).name());
        }
        assertEquals(List.of("national", "négoci", "négoci national"), terms.stream().sorted().toList());
    }
}
