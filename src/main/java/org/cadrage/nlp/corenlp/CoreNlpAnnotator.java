package org.cadrage.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.cadrage.model.Article;
import org.cadrage.nlp.AnnotatedDocument;
import org.cadrage.nlp.Annotator;
import org.cadrage.nlp.Sentence;
import org.cadrage.nlp.Token;

/**
 * Stanford CoreNLP 4.5.10 with its French models: {@code tokenize, ssplit, mwt, pos, ner, depparse}, with blank
 * lines as sentence breaks. The only class that touches {@code edu.stanford.*}.
 *
 * <p>Loading takes about ten seconds: create one instance per run. {@link #annotate} is thread-safe (CoreNLP's
 * annotators are), so one instance serves every worker thread.
 */
public final class CoreNlpAnnotator implements Annotator {
    /** The CoreNLP version the models belong to; kept in sync with the pom. */
    public static final String VERSION = "4.5.10";
    public static final String FULL = "tokenize,ssplit,mwt,pos,ner,depparse";

    private final StanfordCoreNLP pipeline;
    private final String annotators;

    /** The full French pipeline. */
    public CoreNlpAnnotator() {
        this(FULL);
    }

    /**
     * A French pipeline with the given annotators (a prefix of {@link #FULL}); tokens lack what is not run
     * (POS {@code X}, NER {@code O}, head -1).
     */
    public CoreNlpAnnotator(String annotators) {
        this.annotators = annotators;
        Properties props = new Properties();
        try (InputStream in = StanfordCoreNLP.class.getClassLoader()
                .getResourceAsStream("StanfordCoreNLP-french.properties")) {
            if (in == null) {
                throw new IllegalStateException("StanfordCoreNLP-french.properties not on the classpath: "
                        + "the stanford-corenlp models-french jar is missing");
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        props.setProperty("annotators", annotators);
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("tokenize.language", "fr");
        pipeline = new StanfordCoreNLP(props);
    }

    @Override
    public String id() {
        return "corenlp-" + VERSION + "-french[" + annotators + "]";
    }

    @Override
    public AnnotatedDocument annotate(Article article) {
        int base = article.span().start();
        String text = forTagger(article.analysisText().substring(base, article.span().end()));
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap sent : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = sent.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
            int[] heads = new int[labels.size()];
            String[] rels = new String[labels.size()];
            java.util.Arrays.fill(heads, -1);
            SemanticGraph graph = sent.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (graph != null) {
                for (SemanticGraphEdge edge : graph.edgeIterable()) {
                    int dep = edge.getDependent().index() - 1;
                    heads[dep] = edge.getGovernor().index() - 1;
                    rels[dep] = edge.getRelation().toString();
                }
                for (IndexedWord root : graph.getRoots()) {
                    rels[root.index() - 1] = "root";
                }
            }
            List<Token> tokens = new ArrayList<>(labels.size());
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                String pos = l.tag() == null ? "X" : l.tag();
                tokens.add(new Token(i, l.word(), pos, nerLabel(l.ner()), heads[i], rels[i],
                        base + l.beginPosition(), base + l.endPosition()));
            }
            sentences.add(new Sentence(sentences.size(), tokens.get(0).start(),
                    tokens.get(tokens.size() - 1).end(), tokens));
        }
        return new AnnotatedDocument(article, sentences);
    }

    /**
     * Runs the bare CoreNLP pipeline on a text and returns its token count, converting nothing: the baseline the
     * benchmark compares the whole {@code analyze} path with.
     */
    public int annotateBare(String text) {
        Annotation annotation = new Annotation(forTagger(text));
        pipeline.annotate(annotation);
        return annotation.get(CoreAnnotations.TokensAnnotation.class).size();
    }

    /**
     * Length-preserving clean-up of what the French models were not trained on: typographic apostrophes become
     * {@code '} (the tagger reads « l’ » as a noun otherwise) and narrow or non-breaking spaces become spaces.
     * Offsets are unchanged, so token offsets still index the original document.
     */
    static String forTagger(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            switch (c[i]) {
                case '\u2019', '\u2018', '\u02BC' -> c[i] = '\'';
                case '\u00A0', '\u202F', '\u2007', '\u2009' -> c[i] = ' ';
                default -> { }
            }
        }
        return new String(c);
    }

    /** CoreNLP's French NER writes IOB-style labels (I-PER); keep the type only. */
    private static String nerLabel(String ner) {
        if (ner == null || ner.equals("O")) {
            return "O";
        }
        return ner.startsWith("I-") || ner.startsWith("B-") ? ner.substring(2) : ner;
    }
}
