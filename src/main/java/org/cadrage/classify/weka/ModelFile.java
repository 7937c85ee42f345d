package org.cadrage.classify.weka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import org.cadrage.classify.Learner;

/**
 * Reads and writes a fitted model with its provenance. A model file is
 * <ol>
 *   <li>the line {@value #MAGIC};</li>
 *   <li>one line of JSON, the {@link Header}: {@code formatVersion}, {@code schema}, {@code featureSetVersion},
 *       {@code payloadLength}, {@code payloadSha256} and the caller's {@code metadata} object (provenance: settings,
 *       input hashes, seed, versions, scores);</li>
 *   <li>the payload: the Java serialization of the {@link Learner.Model}.</li>
 * </ol>
 *
 * <p>{@link #read} checks the magic line, the format version, the schema and the feature-set version before
 * deserializing anything, then the payload's length and SHA-256, and only then deserializes it behind an
 * {@link ObjectInputFilter}: only classes under {@code weka.}, the model classes of this package, {@code TaskKind}, a
 * few {@code java.lang}/{@code java.util} value and collection classes, {@code java.io.File} (Weka's filters keep an
 * unused dictionary file name) and primitive arrays are allowed, with limits on depth ({@value #MAX_DEPTH}), references
 * ({@value #MAX_REFERENCES}) and array length; the bytes are bounded by the payload length, at most
 * {@value #MAX_PAYLOAD_BYTES}. Anything else — a foreign file, an edited
 * header, a modified payload, a gadget class — ends in a {@link ModelFileException} naming the file and the reason,
 * before any code of a disallowed class runs. The hash detects accidents and edits of the payload alone; it is not a
 * signature (whoever can write the file can rewrite the hash), which is why the allow-list is there.
 *
 * <p>Stateless and thread-safe. Null arguments are rejected with a {@link NullPointerException}.
 */
public final class ModelFile {
    /** The first line of every model file. */
    public static final String MAGIC = "CADRAGE-MODEL";
    /** The version of the layout above; a file with a higher one is refused. */
    public static final int FORMAT_VERSION = 1;
    static final int MAX_DEPTH = 500;
    static final long MAX_REFERENCES = 50_000_000L;
    static final long MAX_ARRAY_LENGTH = 100_000_000L;
    static final int MAX_HEADER_BYTES = 1 << 20;
    static final long MAX_PAYLOAD_BYTES = 1L << 30;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ALLOWED_JDK = Set.of(
            "java.lang.Object", "java.lang.String", "java.lang.Number", "java.lang.Enum", "java.lang.Boolean",
            "java.lang.Integer", "java.lang.Long", "java.lang.Double", "java.lang.Float", "java.lang.Short",
            "java.lang.Byte", "java.lang.Character",
            "java.util.ArrayList", "java.util.Vector", "java.util.HashMap", "java.util.LinkedHashMap",
            "java.util.Hashtable", "java.util.TreeMap", "java.util.HashSet", "java.util.Map$Entry", "java.util.BitSet",
            "java.util.Random", "java.io.File");
    private static final Set<String> ALLOWED_OWN = Set.of(
            "org.cadrage.classify.TaskKind", WekaModel.class.getName(), WekaModel.Head.class.getName(),
            ModelBundle.class.getName(), TextVectorizer.class.getName(),
            FrenchStemmer.class.getName(), FrenchStopwords.class.getName(), FrenchTokenizer.class.getName());

    private ModelFile() {
    }

    /**
     * What the first two lines of a model file say.
     *
     * @param formatVersion     the file layout version
     * @param schema            what the model is for (e.g. the task and unit), checked on loading
     * @param featureSetVersion the version of the feature extraction the model was trained on, checked on loading
     * @param payloadLength     the payload's length in bytes
     * @param payloadSha256     the payload's SHA-256, lower-case hex
     * @param metadata          the caller's provenance object (a copy)
     */
    public record Header(int formatVersion, String schema, String featureSetVersion, long payloadLength,
                         String payloadSha256, JsonNode metadata) {
        public Header {
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(featureSetVersion, "featureSetVersion");
            Objects.requireNonNull(payloadSha256, "payloadSha256");
            if (metadata == null || !metadata.isObject()) {
                throw new IllegalArgumentException("metadata must be a JSON object, got " + metadata);
            }
            metadata = metadata.deepCopy();
        }

        @Override
        public JsonNode metadata() {
            return metadata.deepCopy();
        }
    }

    /** A model read back with its header. */
    public record Loaded(Header header, Learner.Model model) {
        public Loaded {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(model, "model");
        }
    }

    /**
     * Writes {@code model} to {@code file} (through a temporary file in the same directory, then a rename, so a reader
     * never sees half a file).
     *
     * @param metadata provenance; must be a JSON object
     * @return the header written
     * @throws IllegalArgumentException if the model is not {@link Serializable} or the metadata is not an object
     */
    public static Header write(Path file, String schema, String featureSetVersion, JsonNode metadata,
                               Learner.Model model) throws IOException {
        Objects.requireNonNull(file, "file");
        if (!(model instanceof Serializable)) {
            throw new IllegalArgumentException("model " + model.getClass().getName() + " is not Serializable");
        }
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(payload)) {
            out.writeObject(model);
        }
        byte[] bytes = payload.toByteArray();
        Header header = new Header(FORMAT_VERSION, schema, featureSetVersion, bytes.length, sha256(bytes), metadata);
        ObjectNode json = JSON.createObjectNode();
        json.put("formatVersion", header.formatVersion());
        json.put("schema", header.schema());
        json.put("featureSetVersion", header.featureSetVersion());
        json.put("payloadLength", header.payloadLength());
        json.put("payloadSha256", header.payloadSha256());
        json.set("metadata", header.metadata());
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temporary = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                out.write((MAGIC + "\n").getBytes(StandardCharsets.US_ASCII));
                out.write(JSON.writeValueAsBytes(json));
                out.write('\n');
                out.write(bytes);
            }
            try { // a temporary file is private (0600); a model is meant to be shared
                Files.setPosixFilePermissions(temporary, java.nio.file.attribute.PosixFilePermissions.fromString(
                        "rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: keep its defaults
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return header;
    }

    /**
     * Reads only the header, checking the magic line and the format version (for {@code inspect}-style commands).
     */
    public static Header readHeader(Path file) throws ModelFileException {
        try (InputStream in = Files.newInputStream(file)) {
            return header(file, in);
        } catch (ModelFileException e) {
            throw e;
        } catch (IOException e) {
            throw new ModelFileException(file, "cannot be read: " + e, e);
        }
    }

    /**
     * Reads a model, refusing it unless it was written for {@code schema} and {@code featureSetVersion}, its payload
     * matches the header's hash, and it holds only allowed classes.
     */
    public static Loaded read(Path file, String schema, String featureSetVersion) throws ModelFileException {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(featureSetVersion, "featureSetVersion");
        try (InputStream in = Files.newInputStream(file)) {
            Header header = header(file, in);
            if (!header.schema().equals(schema)) {
                throw new ModelFileException(file, "schema is '" + header.schema() + "', expected '" + schema + "'");
            }
            if (!header.featureSetVersion().equals(featureSetVersion)) {
                throw new ModelFileException(file, "trained on feature-set version '" + header.featureSetVersion()
                        + "', this Cadrage computes '" + featureSetVersion + "': retrain the model");
            }
            byte[] payload = in.readNBytes((int) header.payloadLength());
            if (payload.length != header.payloadLength() || in.read() != -1) {
                throw new ModelFileException(file, "payload is " + (payload.length < header.payloadLength()
                        ? "truncated" : "followed by extra bytes") + " (header says " + header.payloadLength()
                        + " bytes)");
            }
            String actual = sha256(payload);
            if (!MessageDigest.isEqual(actual.getBytes(StandardCharsets.US_ASCII),
                    header.payloadSha256().getBytes(StandardCharsets.US_ASCII))) {
                throw new ModelFileException(file, "payload SHA-256 is " + actual + ", header says "
                        + header.payloadSha256() + ": the file was modified or damaged");
            }
            return new Loaded(header, deserialize(file, payload));
        } catch (ModelFileException e) {
            throw e;
        } catch (IOException e) {
            throw new ModelFileException(file, "cannot be read: " + e, e);
        }
    }

    private static Header header(Path file, InputStream in) throws IOException {
        byte[] magic = (MAGIC + "\n").getBytes(StandardCharsets.US_ASCII);
        if (!java.util.Arrays.equals(in.readNBytes(magic.length), magic)) {
            throw new ModelFileException(file, "not a Cadrage model file (no " + MAGIC + " line)");
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0 || line.size() >= MAX_HEADER_BYTES) {
                throw new ModelFileException(file, "header line is " + (b < 0 ? "unterminated" : "too long"));
            }
            line.write(b);
        }
        JsonNode json;
        try {
            json = JSON.readTree(line.toByteArray());
        } catch (JsonProcessingException e) {
            throw new ModelFileException(file, "header is not JSON: " + e.getOriginalMessage(), e);
        }
        if (json == null || !json.isObject()) {
            throw new ModelFileException(file, "header is not a JSON object");
        }
        JsonNode version = json.get("formatVersion");
        if (version == null || !version.canConvertToInt() || !version.isIntegralNumber() || version.intValue() < 1) {
            throw new ModelFileException(file, "header has no valid formatVersion: " + version);
        }
        if (version.intValue() > FORMAT_VERSION) {
            throw new ModelFileException(file, "format version " + version.intValue()
                    + " is newer than this Cadrage reads (" + FORMAT_VERSION + "): upgrade Cadrage");
        }
        String schema = text(file, json, "schema");
        String featureSetVersion = text(file, json, "featureSetVersion");
        String sha = text(file, json, "payloadSha256");
        JsonNode length = json.get("payloadLength");
        if (length == null || !length.isIntegralNumber() || length.longValue() < 0
                || length.longValue() > MAX_PAYLOAD_BYTES) {
            throw new ModelFileException(file, "header has no valid payloadLength (0 to " + MAX_PAYLOAD_BYTES
                    + "): " + length);
        }
        JsonNode metadata = json.get("metadata");
        if (metadata == null || !metadata.isObject()) {
            throw new ModelFileException(file, "header metadata is not a JSON object");
        }
        return new Header(version.intValue(), schema, featureSetVersion, length.longValue(), sha, metadata);
    }

    private static String text(Path file, JsonNode json, String field) throws ModelFileException {
        JsonNode node = json.get(field);
        if (node == null || !node.isTextual()) {
            throw new ModelFileException(file, "header has no " + field);
        }
        return node.textValue();
    }

    private static Learner.Model deserialize(Path file, byte[] payload) throws ModelFileException {
        StringBuilder rejected = new StringBuilder();
        ObjectInputFilter filter = info -> {
            if (info.depth() > MAX_DEPTH || info.references() > MAX_REFERENCES
                    || info.arrayLength() > MAX_ARRAY_LENGTH) {
                rejected.append("limits exceeded (depth ").append(info.depth()).append(", references ")
                        .append(info.references()).append(", array length ").append(info.arrayLength()).append(')');
                return ObjectInputFilter.Status.REJECTED;
            }
            Class<?> type = info.serialClass();
            if (type == null) {
                return ObjectInputFilter.Status.UNDECIDED;
            }
            while (type.isArray()) {
                type = type.getComponentType();
            }
            if (allowed(type)) {
                return ObjectInputFilter.Status.ALLOWED;
            }
            rejected.append("class ").append(type.getName()).append(" is not allowed in a model");
            return ObjectInputFilter.Status.REJECTED;
        };
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(payload))) {
            in.setObjectInputFilter(filter);
            Object model = in.readObject();
            if (!(model instanceof Learner.Model learned)) {
                throw new ModelFileException(file, "payload is a " + model.getClass().getName() + ", not a model");
            }
            return learned;
        } catch (InvalidClassException e) {
            throw new ModelFileException(file, rejected.length() > 0 ? "payload refused: " + rejected
                    : "payload class mismatch: " + e.getMessage(), e);
        } catch (ClassNotFoundException | IOException | RuntimeException e) {
            throw new ModelFileException(file, "payload cannot be deserialized: " + e, e);
        }
    }

    private static boolean allowed(Class<?> type) {
        String name = type.getName();
        return type.isPrimitive() || name.startsWith("weka.") || ALLOWED_JDK.contains(name)
                || ALLOWED_OWN.contains(name);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
