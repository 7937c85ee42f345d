package org.cadrage.classify.weka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import org.cadrage.classify.FeatureSet;
import org.cadrage.classify.Learner;
import org.cadrage.classify.Prediction;
import org.cadrage.classify.Row;
import org.cadrage.classify.TaskKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA = "frames/paragraph";
    private static final String FEATURES = "features-3";
    private static WekaModel model;

    @TempDir
    Path dir;

    @BeforeAll
    static void fit() {
        List<Row> rows = ToyData.topics().stream().map(r -> new Row(r.id(), r.group(), r.text(), r.features(),
                r.labels().contains("militaire") ? List.of("conflit") : List.of())).toList();
        model = WekaLearner.of(WekaLearner.Algorithm.LOGISTIC, 1).fit(rows, TaskKind.MULTI_LABEL,
                List.of("conflit"), FeatureSet.BOTH, 4);
    }

    private static ObjectNode metadata() {
        ObjectNode metadata = JSON.createObjectNode();
        metadata.put("learner", model.learnerName());
        metadata.put("seed", 4);
        return metadata;
    }

    private Path written() throws IOException {
        Path file = dir.resolve("frames.model");
        ModelFile.write(file, SCHEMA, FEATURES, metadata(), model);
        return file;
    }

    @Test
    void roundTripKeepsPredictionsAndMetadata() throws IOException {
        Path file = written();
        ModelFile.Loaded loaded = ModelFile.read(file, SCHEMA, FEATURES);
        assertEquals(metadata(), loaded.header().metadata());
        assertEquals(ModelFile.FORMAT_VERSION, loaded.header().formatVersion());
        for (Row row : ToyData.topics()) {
            Prediction expected = model.predict(row);
            assertEquals(expected, loaded.model().predict(row));
        }
        assertEquals(model.thresholds(), ((WekaModel) loaded.model()).thresholds());
        assertTrue(Files.readString(file, StandardCharsets.ISO_8859_1).startsWith("CADRAGE-MODEL\n{\"formatVersion\":1,"));
    }

    @Test
    void aModelKeepsNothingOfTheTextItPredicted() throws IOException {
        model.predict(new Row("p", "p", "Le zorglubien prédit.", ToyData.features(1, 1), List.of()));
        String file = Files.readString(written(), StandardCharsets.ISO_8859_1);
        assertFalse(file.contains("zorglub"));
        assertFalse(file.contains("offensive"), "no training text either");
        assertTrue(file.contains("artiller"), "the dictionary holds the stemmed training words");
    }

    @Test
    void refusesAFileWithoutTheMagicLine() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "CADRAGE-MODEM\n{}\n");
        assertRefused(file, "not a Cadrage model file");
    }

    @Test
    void refusesANewerFormatVersion() throws IOException {
        Path file = written();
        replaceInHeader(file, "\"formatVersion\":1", "\"formatVersion\":2");
        assertRefused(file, "format version 2 is newer than this Cadrage reads (1)");
    }

    @Test
    void refusesAnotherSchemaOrFeatureSetVersion() throws IOException {
        Path file = written();
        ModelFileException schema = assertThrows(ModelFileException.class,
                () -> ModelFile.read(file, "genre/article", FEATURES));
        assertTrue(schema.reason().contains("schema is 'frames/paragraph', expected 'genre/article'"), schema.reason());
        ModelFileException version = assertThrows(ModelFileException.class,
                () -> ModelFile.read(file, SCHEMA, "features-4"));
        assertTrue(version.reason().contains("feature-set version 'features-3'"), version.reason());
    }

    @Test
    void refusesAModifiedPayload() throws IOException {
        Path file = written();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 10] ^= 1;
        Files.write(file, bytes);
        assertRefused(file, "payload SHA-256 is");
    }

    @Test
    void refusesATruncatedPayload() throws IOException {
        Path file = written();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 1));
        assertRefused(file, "payload is truncated");
    }

    @Test
    void refusesAClassOutsideTheAllowListEvenWithAValidHeaderAndHash() throws IOException {
        HashMap<String, Object> gadget = new HashMap<>();
        gadget.put("url", new URL("http://example.invalid/"));
        assertRefused(crafted(gadget), "class java.net.URL is not allowed");
    }

    @Test
    void neverRunsReadObjectOfAForeignClass() throws IOException {
        Path file = crafted(new SideEffect());
        assertRefused(file, "class " + SideEffect.class.getName() + " is not allowed");
        assertFalse(SideEffect.ran, "readObject of a disallowed class ran");
    }

    @Test
    void refusesAPayloadThatIsNotAModel() throws IOException {
        assertRefused(crafted(new java.util.ArrayList<>(List.of("a"))), "not a model");
    }

    @Test
    void refusesADeeplyNestedPayload() throws IOException {
        java.util.ArrayList<Object> nested = new java.util.ArrayList<>();
        for (int i = 0; i < ModelFile.MAX_DEPTH; i++) {
            java.util.ArrayList<Object> outer = new java.util.ArrayList<>();
            outer.add(nested);
            nested = outer;
        }
        assertRefused(crafted(nested), "limits exceeded");
    }

    @Test
    void theAllowListAdmitsEveryAlgorithmAndTheBaseline() throws IOException {
        List<WekaLearner> learners = new java.util.ArrayList<>(List.of(WekaLearner.bagOfWordsBaseline()));
        for (WekaLearner.Algorithm algorithm : WekaLearner.Algorithm.values()) {
            learners.add(WekaLearner.candidates().stream().filter(l -> l.algorithm() == algorithm).findFirst()
                    .orElseGet(() -> WekaLearner.of(algorithm, 1.0)));
        }
        Row probe = ToyData.topics().get(20);
        for (WekaLearner learner : learners) {
            Learner.Model fitted = learner.fit(ToyData.topics(), TaskKind.SINGLE_LABEL, ToyData.TOPICS,
                    FeatureSet.BOTH, 2);
            Path file = dir.resolve("single.model");
            ModelFile.write(file, SCHEMA, FEATURES, metadata(), fitted);
            assertEquals(fitted.predict(probe), ModelFile.read(file, SCHEMA, FEATURES).model().predict(probe),
                    learner.name());
        }
    }

    @Test
    void readHeaderNeedsNoPayloadCheck() throws IOException {
        Path file = written();
        ModelFile.Header header = ModelFile.readHeader(file);
        assertEquals(SCHEMA, header.schema());
        assertEquals(FEATURES, header.featureSetVersion());
        assertEquals(64, header.payloadSha256().length());
    }

    /** A file with a well-formed header and a matching hash around an arbitrary serialized object. */
    private Path crafted(Serializable payloadObject) throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(payload)) {
            out.writeObject(payloadObject);
        }
        byte[] bytes = payload.toByteArray();
        ObjectNode header = JSON.createObjectNode();
        header.put("formatVersion", 1);
        header.put("schema", SCHEMA);
        header.put("featureSetVersion", FEATURES);
        header.put("payloadLength", bytes.length);
        header.put("payloadSha256", sha256(bytes));
        header.set("metadata", metadata());
        Path file = dir.resolve("crafted.model");
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.write(("CADRAGE-MODEL\n" + JSON.writeValueAsString(header) + "\n").getBytes(StandardCharsets.UTF_8));
        all.write(bytes);
        Files.write(file, all.toByteArray());
        return file;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static void replaceInHeader(Path file, String from, String to) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains(from), from);
        Files.write(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to).getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void assertRefused(Path file, String reason) {
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.read(file, SCHEMA, FEATURES));
        assertTrue(e.getMessage().startsWith("model file " + file + ": "), e.getMessage());
        assertTrue(e.reason().contains(reason), e.reason());
    }

    /** A class whose deserialization would leave a trace. */
    static final class SideEffect implements Serializable, Learner.Model {
        private static final long serialVersionUID = 1L;
        static volatile boolean ran;

        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            ran = true;
            in.defaultReadObject();
        }

        @Override
        public Prediction predict(Row row) {
            return new Prediction(List.of(), new java.util.TreeMap<>());
        }
    }
}
