/**
 * Values shared by every stage: articles, spans into the original text, evidence items and issues.
 * Records only; imports nothing outside the JDK. Every record validates in its compact constructor.
 */
package org.cadrage.model;
