package org.cadrage.nlp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.CRC32;
import org.cadrage.model.Article;

/**
 * A disk cache of annotations, so that a text parsed once is never parsed again (training runs re-read the same
 * articles many times).
 *
 * <p><b>Key.</b> {@link #key}: SHA-256 of the annotator id, a NUL, and the article's {@link Article#analysisText()}
 * (UTF-8), in hex. The analysis text is what an annotator parses (the document with everything outside the article's
 * span and its boilerplate blanked, same length as the document), so it fixes every token, offset and tag; two
 * articles with the same analysis text share an entry. The annotator id must name the models and settings (e.g.
 * {@code corenlp-4.5.10-french}): change it when they change.
 *
 * <p><b>Entry.</b> {@code dir/<first 2 hex>/<key>.ann}: the magic {@code CADRAGE-ANN}, a format version, the payload
 * length, the payload (annotator id, key, document length, then sentences and their tokens, written with
 * {@link DataOutputStream}) and a CRC-32 of the payload. Only the sentences are stored; the document is rebuilt from
 * the caller's article. An entry is written to a temporary file in the same folder and moved into place atomically,
 * so an interrupted write never leaves a partial entry. An unreadable, corrupt, foreign (other key or annotator) or
 * other-version entry is reported to the warning sink, recomputed and overwritten; a failure to write is reported and
 * the computed document returned all the same.
 *
 * <p>Thread-safe: it holds no mutable state, and concurrent writers of one key each move a complete file into place.
 * Two threads may both compute a key neither has cached yet. Arguments must not be {@code null}.
 */
public final class AnnotationCache {
    private static final byte[] MAGIC = "CADRAGE-ANN".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT_VERSION = 1;

    private final Path dir;
    private final String annotatorId;
    private final Consumer<String> warnings;

    /**
     * @param dir         the cache folder (created when needed)
     * @param annotatorId identifies the annotator and its models; entries of another id are never used
     * @param warnings    receives one message per ignored entry or failed write, naming the file
     */
    public AnnotationCache(Path dir, String annotatorId, Consumer<String> warnings) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.annotatorId = Objects.requireNonNull(annotatorId, "annotatorId");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
        if (annotatorId.isBlank()) {
            throw new IllegalArgumentException("blank annotator id for the annotation cache in " + dir);
        }
    }

    /** An annotator that answers from {@code dir} when it can and asks {@code inner} otherwise; same id as inner. */
    public static Annotator caching(Annotator inner, Path dir, Consumer<String> warnings) {
        AnnotationCache cache = new AnnotationCache(dir, inner.id(), warnings);
        return new Annotator() {
            @Override
            public AnnotatedDocument annotate(Article article) {
                return cache.get(article, inner::annotate);
            }

            @Override
            public String id() {
                return inner.id();
            }
        };
    }

    /** The cache key of an analysis text under an annotator id: 64 lower-case hex digits. */
    public static String key(String analysisText, String annotatorId) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(annotatorId.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(analysisText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /**
     * The annotation of {@code article}: from the cache when a valid entry exists, else {@code compute.apply(article)},
     * which is then stored.
     *
     * @param compute the annotator; its result must be a document of {@code article}
     */
    public AnnotatedDocument get(Article article, Function<Article, AnnotatedDocument> compute) {
        String key = key(article.analysisText(), annotatorId);
        Path file = pathOf(key);
        if (Files.exists(file)) {
            try {
                return new AnnotatedDocument(article, read(Files.readAllBytes(file), key, article.document().length()));
            } catch (NoSuchFileException e) {
                // removed between the check and the read: recompute
            } catch (IOException | RuntimeException e) {
                warnings.accept("ignoring annotation cache entry " + file + " (recomputed): " + e.getMessage());
            }
        }
        AnnotatedDocument doc = compute.apply(article);
        try {
            store(file, write(key, article.document().length(), doc.sentences()));
        } catch (IOException | UncheckedIOException e) {
            warnings.accept("could not write annotation cache entry " + file + ": " + e.getMessage());
        }
        return doc;
    }

    /** The file of a key (it need not exist). */
    public Path pathOf(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ".ann");
    }

    private static void store(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private byte[] write(String key, int documentLength, List<Sentence> sentences) throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(payload);
        out.writeUTF(annotatorId);
        out.writeUTF(key);
        out.writeInt(documentLength);
        out.writeInt(sentences.size());
        for (Sentence s : sentences) {
            out.writeInt(s.index());
            out.writeInt(s.start());
            out.writeInt(s.end());
            out.writeInt(s.tokens().size());
            for (Token t : s.tokens()) {
                out.writeInt(t.index());
                out.writeUTF(t.word());
                out.writeUTF(t.pos());
                out.writeUTF(t.ner());
                out.writeInt(t.head());
                out.writeUTF(t.deprel());
                out.writeInt(t.start());
                out.writeInt(t.end());
            }
        }
        out.flush();
        byte[] body = payload.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(body);
        ByteArrayOutputStream file = new ByteArrayOutputStream(body.length + 32);
        DataOutputStream f = new DataOutputStream(file);
        f.write(MAGIC);
        f.writeInt(FORMAT_VERSION);
        f.writeInt(body.length);
        f.write(body);
        f.writeLong(crc.getValue());
        f.flush();
        return file.toByteArray();
    }

    private List<Sentence> read(byte[] bytes, String key, int documentLength) throws IOException {
        DataInputStream f = new DataInputStream(new ByteArrayInputStream(bytes));
        byte[] magic = new byte[MAGIC.length];
        f.readFully(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException("not an annotation cache entry (bad magic)");
        }
        int version = f.readInt();
        if (version != FORMAT_VERSION) {
            throw new IOException("format version " + version + ", expected " + FORMAT_VERSION);
        }
        int length = f.readInt();
        if (length < 0 || length != bytes.length - MAGIC.length - 16) {
            throw new IOException("payload length " + length + " does not match the file size " + bytes.length);
        }
        byte[] body = new byte[length];
        f.readFully(body);
        CRC32 crc = new CRC32();
        crc.update(body);
        if (f.readLong() != crc.getValue()) {
            throw new IOException("checksum mismatch");
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(body));
        String id = in.readUTF();
        if (!id.equals(annotatorId)) {
            throw new IOException("written by annotator '" + id + "', expected '" + annotatorId + "'");
        }
        String storedKey = in.readUTF();
        if (!storedKey.equals(key)) {
            throw new IOException("holds key " + storedKey + ", expected " + key);
        }
        int storedLength = in.readInt();
        if (storedLength != documentLength) {
            throw new IOException("document length " + storedLength + ", expected " + documentLength);
        }
        int n = in.readInt();
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = in.readInt();
            int start = in.readInt();
            int end = in.readInt();
            int count = in.readInt();
            List<Token> tokens = new ArrayList<>();
            for (int j = 0; j < count; j++) {
                Token t = new Token(in.readInt(), in.readUTF(), in.readUTF(), in.readUTF(), in.readInt(), in.readUTF(),
                        in.readInt(), in.readInt());
                if (t.end() > documentLength) {
                    throw new IOException("token '" + t.word() + "' ends at " + t.end() + " beyond the document");
                }
                tokens.add(t);
            }
            sentences.add(new Sentence(index, start, end, tokens));
        }
        if (in.read() != -1) {
            throw new IOException("trailing bytes after the last sentence");
        }
        return sentences;
    }
}
