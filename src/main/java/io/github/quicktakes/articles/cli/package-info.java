/**
 * The {@code quicktakes} command line (picocli): validate, convert, render, stats and fix-links
 * over the library's public API. Shipped in its own shaded jar; not part of the library's API.
 */
package io.github.quicktakes.articles.cli;
