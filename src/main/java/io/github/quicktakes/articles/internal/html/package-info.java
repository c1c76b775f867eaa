/**
 * Articles to HTML: the answer's Markdown rendered by commonmark-java with math kept for KaTeX
 * ({@link io.github.quicktakes.articles.internal.html.AnswerRenderer}), escaping, safe URLs, links to
 * articles ({@link io.github.quicktakes.articles.internal.html.SiteUrls}) and JSON-LD.
 */
package io.github.quicktakes.articles.internal.html;
