/**
 * A YAML tree to a typed article and back: the parsed document
 * ({@link io.github.quicktakes.articles.internal.article.ArticleDocument}), values typed by the schema
 * ({@link io.github.quicktakes.articles.internal.article.Values}), lossless edits that rewrite only an
 * edited key's lines ({@link io.github.quicktakes.articles.internal.article.FrontMatterEditor}), the
 * answer's line-break encoding ({@link io.github.quicktakes.articles.internal.article.AnswerCodec}) and
 * dates in the article's own format ({@link io.github.quicktakes.articles.internal.article.MomentDateFormat}).
 */
package io.github.quicktakes.articles.internal.article;
