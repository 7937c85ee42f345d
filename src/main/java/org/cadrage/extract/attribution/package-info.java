/**
 * Attribution extraction (who said what): {@link org.cadrage.extract.attribution.AttributionExtractor} finds direct
 * quotations, reported speech and « selon X » sources as defined by {@code training/annotations/ATTRIBUTIONS.md},
 * with speakers, cues, reporting-verb lemmas and stances ({@link org.cadrage.extract.attribution.ReportingVerbs})
 * and relaying media. Word lists are data files next to the classes. Imports {@code org.cadrage.model},
 * {@code org.cadrage.nlp} and {@code org.cadrage.extract.credit} (the outlet registry) only.
 */
package org.cadrage.extract.attribution;
