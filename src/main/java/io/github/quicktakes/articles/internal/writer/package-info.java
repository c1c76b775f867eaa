/**
 * Articles to other forms: the lossless Markdown writer, the readable Markdown document, JSON
 * ({@link io.github.quicktakes.articles.internal.writer.JsonArticles}) and the registry that finds
 * writers by format name, built-in and plug-in
 * ({@link io.github.quicktakes.articles.internal.writer.WriterRegistry}). HTML has its own package.
 */
package io.github.quicktakes.articles.internal.writer;
