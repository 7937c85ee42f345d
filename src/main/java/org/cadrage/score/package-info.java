/** Scores: pure functions over extracted evidence. Imports {@code org.cadrage.model} only. */
package org.cadrage.score;
