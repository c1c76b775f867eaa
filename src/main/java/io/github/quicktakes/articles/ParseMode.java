package io.github.quicktakes.articles;

/** How forgiving an {@link ArticleParser} is with articles that are readable but not well formed. */
public enum ParseMode {
    /**
     * The default: reject a blank line before the opening {@code ---}, mixed line endings in the
     * front matter, and a missing or empty required key.
     */
    STRICT,
    /**
     * Accept those problems, keep the article, and list each one in {@link Article#warnings()}.
     * Invalid YAML and values of the wrong type are rejected in both modes.
     */
    LENIENT
}
