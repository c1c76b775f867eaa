package io.github.quicktakes.articles;

/**
 * A problem a {@link ParseMode#LENIENT lenient} parser accepted, with where it is.
 *
 * @param sourceName the name of the source, or {@code null}
 * @param line the 1-based line, or {@code 0} when the problem has no line
 * @param column the 1-based column, or {@code 0}
 * @param message what is wrong, in one line
 */
public record ArticleWarning(String sourceName, int line, int column, String message) {
    /** Returns {@code source:line:column: message}, leaving out the parts that are unknown. */
    @Override
    public String toString() {
        return new ArticleException(message, sourceName, line, column, null).getMessage();
    }
}
