/**
 * The format's keys and their rules: names and order
 * ({@link io.github.quicktakes.articles.internal.schema.ArticleSchema}), the ids the fast reader matches
 * ({@link io.github.quicktakes.articles.internal.schema.KnownKeys}), the rule of each
 * ({@link io.github.quicktakes.articles.internal.schema.KeyRules}) and the check of a whole tree
 * ({@link io.github.quicktakes.articles.internal.schema.SchemaCheck}).
 */
package io.github.quicktakes.articles.internal.schema;
