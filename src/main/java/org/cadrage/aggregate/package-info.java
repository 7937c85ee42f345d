/**
 * Aggregation over many analysed articles: the per-article indices reports and comparisons speak of, summaries with
 * confidence intervals, time series and tests between groups. Pure Java plus Commons Math; no I/O.
 */
package org.cadrage.aggregate;
