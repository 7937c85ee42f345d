/**
 * Outlet reports: {@link org.cadrage.report.html.ReportWriter} aggregates analysed articles
 * ({@link org.cadrage.aggregate.OutletAggregator}) and writes one self-contained HTML page and one JSON file per
 * outlet plus a sortable index, with inline SVG charts, external ratings read at run time
 * ({@link org.cadrage.report.html.ExternalRatings}) shown apart from the measured figures, and provenance. May import
 * model, aggregate and Jackson; no network, no external fonts or scripts.
 */
package org.cadrage.report.html;
