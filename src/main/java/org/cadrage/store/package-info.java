/**
 * The workspace: an embedded DuckDB database ({@code cadrage.duckdb}) that accumulates analysed articles across
 * runs, with versioning by text hash, run provenance and lossless read-back, plus a seeded synthetic generator for
 * benchmarks and tests. The only package that uses JDBC ({@code java.sql}, {@code org.duckdb}); may import model,
 * score and Jackson. The schema is {@code src/main/resources/org/cadrage/store/schema.sql}.
 */
package org.cadrage.store;
