/**
 * The format's keys and their rules, stated once in the key table
 * ({@link io.github.quicktakes.articles.internal.schema.Keys}, of
 * {@link io.github.quicktakes.articles.internal.schema.Key}s); built from it: the names and order
 * ({@link io.github.quicktakes.articles.internal.schema.ArticleSchema}), the ids the fast reader matches
 * ({@link io.github.quicktakes.articles.internal.schema.KnownKeys}), the rule of each
 * ({@link io.github.quicktakes.articles.internal.schema.KeyRules}). The one check of a value under a key
 * ({@link io.github.quicktakes.articles.internal.schema.ValueCheck}) serves the fast reader, the check of
 * a whole tree ({@link io.github.quicktakes.articles.internal.schema.SchemaCheck}), the typing of values
 * and the editor.
 */
package io.github.quicktakes.articles.internal.schema;
