/**
 * Spreadsheet and CSV export of analyses: one workbook (or one CSV file per sheet) with articles, evidence rows, outlet
 * and outlet-by-month means and a README sheet defining every column. Apache POI is imported only here. Imports the
 * model, the aggregate index catalogue and the JDK.
 */
package org.cadrage.report.export;
