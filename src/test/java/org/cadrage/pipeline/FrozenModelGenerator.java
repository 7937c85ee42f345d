package org.cadrage.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Rewrites the frozen model of {@link FrozenModelTest} from the invented fixtures (run from the repository root with
 * the test classpath, e.g. from an IDE). Not a test: run it only when the model format changes on purpose.
 */
public final class FrozenModelGenerator {
    private FrozenModelGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("frozen");
        Path data = FramingFixtures.jsonl(dir.resolve("train.jsonl"), 30, 0);
        Path lexicon = FramingFixtures.lexicon(dir.resolve("lexicon.xml"));
        new TrainingService(new Analyzer(FramingFixtures.FAKE)).train(new TrainSettings(data, "ton",
                dir.resolve("frozen-ton.model"), 3, 7, 20, false, "quick", lexicon, 1),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Files.copy(dir.resolve("frozen-ton.model"), FrozenModelTest.FROZEN, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("wrote " + FrozenModelTest.FROZEN);
    }
}
