package org.cadrage.nlp.corenlp;

import java.nio.file.Path;

/** One CoreNLP instance for all integration tests of a JVM (loading takes ~10 s), and the shared data folder. */
public final class SharedCoreNlp {
    private static CoreNlpAnnotator instance;

    private SharedCoreNlp() {
    }

    public static synchronized CoreNlpAnnotator get() {
        if (instance == null) {
            instance = new CoreNlpAnnotator();
        }
        return instance;
    }

    /** {@code ../shared} beside the repository, or the {@code cadrage.shared} system property. */
    public static Path shared() {
        return Path.of(System.getProperty("cadrage.shared", "../shared"));
    }
}
