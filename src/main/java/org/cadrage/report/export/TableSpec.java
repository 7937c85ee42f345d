package org.cadrage.report.export;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One logical sheet of the export: its sheet name, its CSV file name and its columns. Immutable.
 */
record TableSpec(String name, String fileName, List<Column> columns) {
    TableSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fileName, "fileName");
        columns = List.copyOf(columns);
        Set<String> seen = new HashSet<>();
        for (Column c : columns) {
            if (!seen.add(c.name())) {
                throw new IllegalArgumentException("sheet " + name + ": duplicate column '" + c.name() + "'");
            }
        }
    }
}
