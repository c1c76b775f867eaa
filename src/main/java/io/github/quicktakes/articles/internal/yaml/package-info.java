/**
 * Lines to a YAML tree: the front matter's syntax tree (nodes whose spans point into the text), the
 * fast reader for the block style real articles use, the general reader on SnakeYAML's events for
 * everything else, and {@link io.github.quicktakes.articles.internal.yaml.FrontMatterParser}, which
 * chooses between them. Scalars are read ({@link io.github.quicktakes.articles.internal.yaml.Scalars},
 * {@link io.github.quicktakes.articles.internal.yaml.DoubleQuoted}) and written
 * ({@link io.github.quicktakes.articles.internal.yaml.Emitter}) here.
 */
package io.github.quicktakes.articles.internal.yaml;
