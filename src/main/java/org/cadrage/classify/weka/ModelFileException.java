package org.cadrage.classify.weka;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A model file that cannot be used: unreadable, foreign, from another format or feature-set version, tampered with,
 * or holding classes outside the allow-list. The message names the file and the reason.
 *
 * <p>Immutable. The file and reason are never {@code null}.
 */
public final class ModelFileException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final String reason;

    public ModelFileException(Path file, String reason, Throwable cause) {
        super("model file " + file + ": " + reason, cause);
        this.file = Objects.requireNonNull(file, "file");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public ModelFileException(Path file, String reason) {
        this(file, reason, null);
    }

    /** The file that was read. */
    public Path file() {
        return file;
    }

    /** Why it was refused, without the file name. */
    public String reason() {
        return reason;
    }
}
