package org.cadrage.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.cadrage.classify.FramingModel;
import org.cadrage.model.Article;
import org.cadrage.model.TaskScores;
import org.junit.jupiter.api.Test;

/**
 * A small model file trained once and committed ({@code src/test/resources/org/cadrage/pipeline/frozen-ton.model}):
 * it must still load and predict as it did. A change to the model-file format, the payload classes or the feature
 * extraction that breaks old models makes this test fail; bump {@code FramingFeatures.VERSION} (so old models are
 * refused with "retrain") and regenerate it with {@link FrozenModelGenerator}.
 */
class FrozenModelTest {
    static final Path FROZEN = Path.of("src/test/resources/org/cadrage/pipeline/frozen-ton.model");

    @Test
    void theCommittedModelStillLoadsAndPredicts() throws Exception {
        FramingModel model = FramingModel.load(FROZEN);
        assertEquals("ton", model.task());
        assertEquals(List.of("alarmiste", "mesuré"), model.labelSet());
        TaskScores alarm = model.score(new Analyzer(FramingFixtures.FAKE).analyze(Article.of("f1",
                "La panique et le chaos : un désastre terrible menace la ville.")));
        TaskScores calm = model.score(new Analyzer(FramingFixtures.FAKE).analyze(Article.of("f2",
                "Les délégations examinent le calendrier avec précision et mesure.")));
        assertEquals(List.of("alarmiste"), alarm.units().get(0).predicted());
        assertEquals(List.of("mesuré"), calm.units().get(0).predicted());
        assertTrue(alarm.units().get(0).probabilities().get("alarmiste") > 0.5);
    }
}
