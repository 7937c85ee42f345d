/** The CoreNLP adapter: the only package that imports {@code edu.stanford.*}. */
package org.cadrage.nlp.corenlp;
