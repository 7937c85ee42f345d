package org.cadrage.report.export;

import java.util.Objects;

/** One column of an exported sheet: its header and the definition the README sheet gives. Immutable. */
record Column(String name, String definition) {
    Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
        if (name.isBlank() || definition.isBlank()) {
            throw new IllegalArgumentException("column needs a name and a definition, got '" + name + "': '"
                    + definition + "'");
        }
    }
}
