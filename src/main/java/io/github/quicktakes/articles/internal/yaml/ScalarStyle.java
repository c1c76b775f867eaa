package io.github.quicktakes.articles.internal.yaml;

/** How a scalar is written in YAML. */
public enum ScalarStyle {
    PLAIN,
    SINGLE_QUOTED,
    DOUBLE_QUOTED,
    /** {@code >-} (or another folded header); the header itself is kept in the source span. */
    FOLDED,
    LITERAL
}
