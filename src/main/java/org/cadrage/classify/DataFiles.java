package org.cadrage.classify;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.cadrage.model.Span;

/** Reads labeled-data files as strict UTF-8, recording each file's SHA-256. Stateless; nulls are rejected. */
final class DataFiles {
    private DataFiles() {
    }

    /**
     * The file's text exactly as decoded (a byte-order mark, if any, is kept as U+FEFF).
     *
     * @param hashes receives {@code file.toString()} → lowercase hex SHA-256 of the bytes read
     */
    static String read(Path file, Map<String, String> hashes) throws LabelDataException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LabelDataException(file + ": cannot read: " + e.getMessage(), e);
        }
        hashes.put(file.toString(), sha256(bytes));
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new LabelDataException(file + ": not valid UTF-8", e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    /**
     * The file's lines without their terminators ({@code \n}, {@code \r\n} or {@code \r}); a final terminator ends
     * the last line rather than starting an empty one. A leading byte-order mark is dropped.
     */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (Span span : lineSpans(text)) {
            lines.add(span.of(text));
        }
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
            lines.set(0, lines.get(0).substring(1));
        }
        return lines;
    }

    /** The span of each line of {@code text}, end excluding the terminator; see {@link #lines}. */
    static List<Span> lineSpans(String text) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                spans.add(new Span(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            spans.add(new Span(start, text.length()));
        }
        return spans;
    }
}
