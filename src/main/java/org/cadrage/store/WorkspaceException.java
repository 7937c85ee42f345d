package org.cadrage.store;

/**
 * A workspace could not be opened, read or written: a database error, a schema version this Cadrage does not read,
 * or a file that is not a Cadrage workspace. The message names the workspace file.
 */
public final class WorkspaceException extends RuntimeException {
    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
