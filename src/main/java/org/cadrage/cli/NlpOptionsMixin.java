package org.cadrage.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.cadrage.nlp.AnnotationCache;
import org.cadrage.nlp.Annotator;
import org.cadrage.nlp.corenlp.CoreNlpAnnotator;
import org.cadrage.pipeline.Analyzer;
import picocli.CommandLine.Option;

/** Options of commands that parse labeled articles: the annotation cache and the number of threads. */
final class NlpOptionsMixin {
    @Option(names = "--cache", paramLabel = "DIR",
            description = "Annotation cache: a text parsed once is never parsed again (default: $XDG_CACHE_HOME or"
                    + " ~/.cache, then cadrage/annotations).")
    Path cache;

    @Option(names = "--no-cache", description = "Parse every text, read and write no cache.")
    boolean noCache;

    @Option(names = "--threads", description = "Threads for parsing (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    /** The default cache folder. */
    static Path defaultCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("cadrage").resolve("annotations");
    }

    /** An analyzer over CoreNLP, cached unless {@code --no-cache}; cache warnings go to {@code log}. */
    Analyzer analyzer(PrintStream log) {
        Annotator annotator = new CoreNlpAnnotator();
        if (!noCache) {
            annotator = AnnotationCache.caching(annotator, cache != null ? cache : defaultCache(),
                    w -> log.println("cache: " + w));
        }
        return new Analyzer(annotator);
    }
}
