/**
 * Credits: which outlets an article credits (photo credits, agency datelines, links, « selon X » mentions), with the
 * {@link org.cadrage.extract.credit.OutletRegistry} of outlets, agencies and official bodies loaded from a documented
 * data file. May import {@code org.cadrage.model}, {@code org.cadrage.nlp} (not {@code nlp.corenlp}) and
 * {@code org.cadrage.extract}.
 */
package org.cadrage.extract.credit;
