/**
 * Hedging and distancing: the journalistic conditional (« aurait commis »), epistemic modals (« pourrait »),
 * epistemic adverbs and phrases (« apparemment », « il semble que ») and distancing adjectives (« prétendue »), with
 * whether each lies in the narrator's voice or in reported content. Lexicons and morphology tables are the data files
 * under {@code src/main/resources/org/cadrage/extract/hedge/}. Imports {@code org.cadrage.model},
 * {@code org.cadrage.nlp} and {@code org.cadrage.extract} only.
 */
package org.cadrage.extract.hedge;
