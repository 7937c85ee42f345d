/**
 * Weka-backed learners for the classify stage: {@link org.cadrage.classify.weka.WekaLearner} (Logistic, SMO,
 * NaiveBayesMultinomial, RandomForest on TF-IDF word n-grams and Cadrage's numeric features), its French text
 * processing ({@link org.cadrage.classify.weka.FrenchTokenizer}, {@link org.cadrage.classify.weka.FrenchStemmer},
 * {@link org.cadrage.classify.weka.FrenchStopwords}) and the model file with its provenance header
 * ({@link org.cadrage.classify.weka.ModelFile}). The only package that may import {@code weka.*} and
 * {@code org.apache.lucene.*}; it speaks to the rest of Cadrage in the records of {@code org.cadrage.classify}.
 */
package org.cadrage.classify.weka;
