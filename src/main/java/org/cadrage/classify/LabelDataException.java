package org.cadrage.classify;

/**
 * Labeled data that cannot be used as it stands: a malformed line, an undeclared label, a duplicate id, unreadable
 * JSON or an unreadable file. The message names the file and, when there is one, the line ({@code file:line}).
 */
public class LabelDataException extends Exception {
    private static final long serialVersionUID = 1L;

    public LabelDataException(String message) {
        super(message);
    }

    public LabelDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
