/**
 * Outputs of {@code cadrage compare}: a terminal table, JSON with provenance, and a self-contained HTML page with a
 * forest chart. Imports {@code org.cadrage.aggregate}, {@code org.cadrage.model} and Jackson; no I/O beyond strings.
 */
package org.cadrage.report.compare;
