/**
 * Text to lines: where an article's front matter and body are
 * ({@link io.github.quicktakes.articles.internal.lines.Frame}), the first pass over the front matter's
 * lines, eight bytes at a time ({@link io.github.quicktakes.articles.internal.lines.FrontMatterLines}),
 * and what one parse needs to report a problem at a line and column
 * ({@link io.github.quicktakes.articles.internal.lines.ParseContext}).
 */
package io.github.quicktakes.articles.internal.lines;
