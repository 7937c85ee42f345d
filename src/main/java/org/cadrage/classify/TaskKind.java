package org.cadrage.classify;

/** Whether an item carries exactly one label (genre) or any subset of the label set (frames, techniques). */
public enum TaskKind {
    SINGLE_LABEL, MULTI_LABEL
}
