package org.cadrage.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Versions of the tool and its libraries, read from the build, and the git commit of the checkout if any. */
public final class BuildInfo {
    private static final Properties PROPS = load();

    private BuildInfo() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/org/cadrage/build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    public static String version() {
        return PROPS.getProperty("version", "dev");
    }

    /** Library versions, sorted by name. */
    public static Map<String, String> libraries() {
        Map<String, String> m = new TreeMap<>();
        m.put("corenlp", PROPS.getProperty("corenlp.version", "?"));
        m.put("weka", PROPS.getProperty("weka.version", "?"));
        m.put("jackson", PROPS.getProperty("jackson.version", "?"));
        m.put("java", System.getProperty("java.version"));
        return m;
    }

    /**
     * The commit of the git checkout the tool runs from ({@code cadrage.home} system property, set by the
     * launcher, else the working directory), or {@code "unknown"}. Reads {@code .git} directly: no git needed.
     */
    public static String gitCommit() {
        Path home = Path.of(System.getProperty("cadrage.home", "."));
        Path git = home.resolve(".git");
        try {
            if (Files.isRegularFile(git)) { // a worktree: "gitdir: <path>"
                git = home.resolve(Files.readString(git).trim().substring("gitdir:".length()).trim());
            }
            String head = Files.readString(git.resolve("HEAD")).trim();
            if (!head.startsWith("ref: ")) {
                return head;
            }
            String ref = head.substring(5);
            for (Path dir = git; dir != null; dir = commonDir(dir)) {
                Path refFile = dir.resolve(ref);
                if (Files.isRegularFile(refFile)) {
                    return Files.readString(refFile).trim();
                }
                Path packed = dir.resolve("packed-refs");
                if (Files.isRegularFile(packed)) {
                    for (String line : Files.readAllLines(packed)) {
                        if (line.endsWith(" " + ref)) {
                            return line.substring(0, line.indexOf(' '));
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
        return "unknown";
    }

    private static Path commonDir(Path gitDir) throws IOException {
        Path common = gitDir.resolve("commondir");
        return Files.isRegularFile(common) ? gitDir.resolve(Files.readString(common).trim()).normalize() : null;
    }

    /** Hex SHA-256 of a string's UTF-8 bytes. */
    public static String sha256(String s) {
        return sha256(s.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
