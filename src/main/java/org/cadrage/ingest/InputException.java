package org.cadrage.ingest;

import java.io.Serial;

/**
 * A problem with a path the user named (missing, unreadable, or of an unknown format). The message is one
 * user-facing line naming the path. Problems inside inputs are {@link org.cadrage.model.IngestIssue}s instead.
 */
public final class InputException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
