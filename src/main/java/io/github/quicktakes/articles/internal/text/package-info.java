/**
 * Bytes to text: strict UTF-8 decoding ({@link io.github.quicktakes.articles.internal.text.Utf8}) and
 * the character classes the format cares about: printable characters as YAML defines them
 * ({@link io.github.quicktakes.articles.internal.text.Chars}) and text made safe to print on one line
 * ({@link io.github.quicktakes.articles.internal.text.Printable}). The first step of reading.
 */
package io.github.quicktakes.articles.internal.text;
