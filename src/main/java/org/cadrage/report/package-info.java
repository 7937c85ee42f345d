/** Outputs: per-article JSON lines and the run summary (later HTML reports and spreadsheets). Jackson lives here. */
package org.cadrage.report;
