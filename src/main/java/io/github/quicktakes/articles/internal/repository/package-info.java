/**
 * A folder of articles: walking it, keeping the files' bytes, and saving safely (atomic writes,
 * folder locks, temporary files, permissions); the support of
 * {@link io.github.quicktakes.articles.ArticleRepository}.
 */
package io.github.quicktakes.articles.internal.repository;
