/**
 * Source camps: who a source speaks for (Russian officials, Russian state media, Ukrainian officials, Western
 * officials, other officials, independent media, experts and others, anonymous or unknown sources), decided by
 * {@link org.cadrage.extract.camp.CampResolver} from an actor gazetteer, title patterns and cue words (data files
 * under {@code src/main/resources/org/cadrage/extract/camp/}) and the outlet registry of
 * {@code org.cadrage.extract.credit}. May import {@code org.cadrage.model}, {@code org.cadrage.nlp} (not
 * {@code nlp.corenlp}) and {@code org.cadrage.extract.credit}.
 */
package org.cadrage.extract.camp;
