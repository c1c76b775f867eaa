package io.github.quicktakes.articles;

/**
 * An article could not be read: its front matter is missing, malformed, of the wrong type, or over
 * a limit. Carries the source name, the 1-based line and column of the problem, and the source line
 * itself as an excerpt.
 */
public class ArticleParseException extends ArticleException {
    private static final long serialVersionUID = 1L;

    /** The source line the problem is on, without its line break, or {@code null}. */
    private final String excerpt;
    /** The name of the exceeded {@link ParseLimits} component, or {@code null}. */
    private final String limitName;

    /**
     * Creates a parse exception.
     *
     * @param message what is wrong, in one line
     * @param sourceName the name of the source, or {@code null}
     * @param line the 1-based line, or {@code 0} when unknown
     * @param column the 1-based column, or {@code 0} when unknown
     * @param excerpt the source line the problem is on (without its line break), or {@code null}
     * @param cause the underlying problem, or {@code null}
     */
    public ArticleParseException(
            String message, String sourceName, int line, int column, String excerpt, Throwable cause) {
        this(message, sourceName, line, column, excerpt, null, cause);
    }

    /**
     * Creates a parse exception for an exceeded limit.
     *
     * @param message what is wrong, in one line
     * @param sourceName the name of the source, or {@code null}
     * @param line the 1-based line, or {@code 0} when unknown
     * @param column the 1-based column, or {@code 0} when unknown
     * @param excerpt the source line the problem is on, or {@code null}
     * @param limitName the name of the exceeded {@link ParseLimits} component, or {@code null}
     * @param cause the underlying problem, or {@code null}
     */
    public ArticleParseException(
            String message,
            String sourceName,
            int line,
            int column,
            String excerpt,
            String limitName,
            Throwable cause) {
        super(message, sourceName, line, column, cause);
        this.excerpt = excerpt;
        this.limitName = limitName;
    }

    /**
     * The source line the problem is on, shortened to at most 120 characters.
     *
     * @return the excerpt, or {@code null} when there is no line to show
     */
    public String excerpt() {
        return excerpt;
    }

    /**
     * The name of the {@link ParseLimits} component that was exceeded, such as {@code maxFileBytes}.
     *
     * @return the limit's name, or {@code null} when the problem is not an exceeded limit
     */
    public String limitName() {
        return limitName;
    }
}
