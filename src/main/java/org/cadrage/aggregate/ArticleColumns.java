package org.cadrage.aggregate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Named columns of per-article numbers, one row per article, created on first use (earlier rows read 0). This is all
 * an outlet's aggregation keeps of its articles besides counts. Not thread-safe.
 */
final class ArticleColumns {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<double[]> columns = new ArrayList<>();
    private int rows;
    private int capacity = 64;

    /** Appends a row of zeros and returns its number. */
    int addRow() {
        if (rows == capacity) {
            capacity *= 2;
            columns.replaceAll(c -> Arrays.copyOf(c, capacity));
        }
        return rows++;
    }

    /** Adds {@code value} to the cell of column {@code name} in {@code row}. */
    void add(String name, int row, double value) {
        Integer i = index.get(name);
        if (i == null) {
            i = columns.size();
            index.put(name, i);
            columns.add(new double[capacity]);
        }
        columns.get(i)[row] += value;
    }

    /** The column's values for rows {@code 0 .. rows()-1} (all zeros when the column was never written). */
    double[] column(String name) {
        Integer i = index.get(name);
        return i == null ? new double[rows] : Arrays.copyOf(columns.get(i), rows);
    }

    int rows() {
        return rows;
    }
}
