package org.cadrage.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Decodes input files without altering their text. UTF-8 with or without a byte-order mark (the mark is not part of
 * the text); UTF-16 with a byte-order mark; anything else that is not valid UTF-8 is decoded as windows-1252, with a
 * warning. Binary files (NUL bytes, many control characters) and empty or whitespace-only files are refused with a
 * reason. A file is first {@link #probe probed} in one streaming pass (which also computes its SHA-256), then read
 * whole ({@link #read}) or line by line ({@link #open}).
 *
 * <p>Stateless and thread-safe; no method accepts {@code null}.
 */
public final class TextDecoder {
    /** The fallback charset for files that are not valid UTF-8. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** The warning recorded for a file decoded with the fallback charset. */
    public static final String FALLBACK_WARNING = "not valid UTF-8; decoded as windows-1252";

    private static final int BUFFER = 1 << 16;

    private TextDecoder() {
    }

    /**
     * What a probe found out about a file.
     *
     * @param sha256    SHA-256 of the whole file, lower-case hex
     * @param charset   the charset to decode it with
     * @param bomLength bytes of byte-order mark to skip
     * @param problem   why the file cannot be read as text ({@code "empty file"}, {@code "binary file ..."},
     *                  ...), or {@code null} when it can
     */
    public record Probe(String sha256, Charset charset, int bomLength, String problem) {
        /** Whether the file was not valid UTF-8 and is decoded as windows-1252. */
        public boolean fallback() {
            return charset.equals(WINDOWS_1252);
        }
    }

    /** Reads the file once: SHA-256, byte-order mark, UTF-8 validity, binary and blank checks. */
    public static Probe probe(Path file) throws IOException {
        MessageDigest sha = sha256();
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(BUFFER + 8);
        CharBuffer out = CharBuffer.allocate(BUFFER);
        byte[] head = new byte[3];
        int headLength = 0;
        long total = 0;
        long nul = 0;
        long control = 0;
        boolean validUtf8 = true;
        boolean[] nonBlank = {false};
        try (InputStream stream = Files.newInputStream(file)) {
            byte[] buf = new byte[BUFFER];
            int n;
            while ((n = stream.read(buf)) > 0) {
                sha.update(buf, 0, n);
                for (int i = 0; i < n; i++) {
                    int b = buf[i] & 0xFF;
                    if (headLength < 3) {
                        head[headLength++] = buf[i];
                    }
                    if (b == 0) {
                        nul++;
                    } else if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                        control++;
                    }
                }
                total += n;
                if (validUtf8) {
                    in.put(buf, 0, n).flip();
                    validUtf8 = decodeChunk(utf8, in, out, false, nonBlank, total == n);
                    in.compact();
                }
            }
        }
        if (validUtf8) {
            in.flip();
            validUtf8 = decodeChunk(utf8, in, out, true, nonBlank, total == 0);
        }
        String hash = HexFormat.of().formatHex(sha.digest());
        if (headLength >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            Charset utf16 = (head[0] & 0xFF) == 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            return new Probe(hash, utf16, 2, total == 2 ? "empty file" : null);
        }
        int bom = headLength == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
                ? 3 : 0;
        String problem = null;
        if (total - bom == 0) {
            problem = "empty file";
        } else if (nul > 0) {
            problem = "binary file (" + nul + " NUL bytes)";
        } else if (control * 20 > total) {
            problem = "binary file (" + control + " control characters in " + total + " bytes)";
        } else if (validUtf8 && !nonBlank[0]) {
            problem = "whitespace-only file";
        }
        return new Probe(hash, validUtf8 ? StandardCharsets.UTF_8 : WINDOWS_1252, validUtf8 ? bom : 0, problem);
    }

    private static boolean decodeChunk(CharsetDecoder decoder, ByteBuffer in, CharBuffer out, boolean end,
                                       boolean[] nonBlank, boolean first) {
        boolean atStart = first;
        while (true) {
            CoderResult r = decoder.decode(in, out, end);
            if (r.isError()) {
                return false;
            }
            out.flip();
            while (out.hasRemaining()) {
                char c = out.get();
                if (!(atStart && c == '\uFEFF') && !Texts.isSpace(c)) {
                    nonBlank[0] = true;
                }
                atStart = false;
            }
            out.clear();
            if (!r.isOverflow()) {
                break;
            }
        }
        if (end) {
            return !decoder.flush(out).isError();
        }
        return true;
    }

    /** The whole file as text (byte-order mark excluded). */
    public static String read(Path file, Probe probe) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        CharsetDecoder decoder = probe.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, probe.bomLength(), bytes.length - probe.bomLength()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException("cannot decode " + file + " as " + probe.charset() + ": " + e, e);
        }
    }

    /** A reader over the file's text, positioned after the byte-order mark. */
    public static BufferedReader open(Path file, Probe probe) throws IOException {
        InputStream stream = Files.newInputStream(file);
        try {
            stream.readNBytes(probe.bomLength());
        } catch (IOException e) {
            stream.close();
            throw e;
        }
        CharsetDecoder decoder = probe.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedReader(new InputStreamReader(stream, decoder), BUFFER);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
