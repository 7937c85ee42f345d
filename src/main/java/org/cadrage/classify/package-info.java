/**
 * Stage 6, classify: labeled data, features, learners and their evaluation for framing tasks (genre, frames,
 * persuasion techniques, or any scheme of the user's). Weka is confined to {@code classify.weka}; this package
 * speaks only in the records below, so that evaluation code works with any {@link org.cadrage.classify.Learner}.
 */
package org.cadrage.classify;
