/**
 * Math in answers: where formulas are ({@link io.github.quicktakes.articles.internal.math.MathScanner}),
 * one set of rules for the answer's decoder and the HTML writer, and the TeX commands that a stored
 * {@code \n} can start ({@link io.github.quicktakes.articles.internal.math.TexCommands}).
 */
package io.github.quicktakes.articles.internal.math;
