package org.cadrage.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDecoderTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void utf8WithBomExcludesTheMark() throws Exception {
        byte[] body = "L’OTAN a réagi.".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Path f = write("bom.txt", bytes);
        TextDecoder.Probe p = TextDecoder.probe(f);
        assertNull(p.problem());
        assertEquals(3, p.bomLength());
        assertFalse(p.fallback());
        assertEquals("L’OTAN a réagi.", TextDecoder.read(f, p));
        try (BufferedReader r = TextDecoder.open(f, p)) {
            assertEquals("L’OTAN a réagi.", r.readLine());
        }
        assertEquals(64, p.sha256().length());
    }

    @Test
    void windows1252FallsBackWithoutAlteringText() throws Exception {
        // "été l’armée" in windows-1252: é = E9, ’ = 92
        byte[] bytes = {(byte) 0xE9, 't', (byte) 0xE9, ' ', 'l', (byte) 0x92, 'a', 'r', 'm', (byte) 0xE9, 'e'};
        Path f = write("cp.txt", bytes);
        TextDecoder.Probe p = TextDecoder.probe(f);
        assertTrue(p.fallback());
        assertNull(p.problem());
        assertEquals("été l’armée", TextDecoder.read(f, p));
    }

    @Test
    void binaryEmptyAndBlankFilesAreRefused() throws Exception {
        assertEquals("empty file", TextDecoder.probe(write("e.txt", new byte[0])).problem());
        assertEquals("whitespace-only file",
                TextDecoder.probe(write("w.txt", " \n\t\r\n ".getBytes(StandardCharsets.UTF_8))).problem());
        assertTrue(TextDecoder.probe(write("b.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 'x'})).problem()
                .startsWith("binary file"));
        byte[] controls = new byte[40];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 2 == 0 ? 'a' : 0x07);
        }
        assertTrue(TextDecoder.probe(write("c.txt", controls)).problem().startsWith("binary file"));
    }

    @Test
    void sameBytesSameHash() throws Exception {
        Path a = write("a.txt", "Bonjour".getBytes(StandardCharsets.UTF_8));
        Path b = write("b.txt", "Bonjour".getBytes(StandardCharsets.UTF_8));
        assertEquals(TextDecoder.probe(a).sha256(), TextDecoder.probe(b).sha256());
        // SHA-256 of "Bonjour"
        assertEquals("9172e8eec99f144f72eca9a568759580edadb2cfd154857f07e657569493bc44", TextDecoder.probe(a).sha256());
    }
}
