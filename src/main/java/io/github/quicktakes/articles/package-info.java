/**
 * QuickTakes articles: read ({@link io.github.quicktakes.articles.ArticleParser}), edit
 * ({@link io.github.quicktakes.articles.Article}), write and render
 * ({@link io.github.quicktakes.articles.ArticleWriter}) Markdown files with YAML front matter,
 * losslessly, and work with folders of them ({@link io.github.quicktakes.articles.ArticleRepository}).
 * Every problem is an {@link io.github.quicktakes.articles.ArticleException}.
 */
package io.github.quicktakes.articles;
