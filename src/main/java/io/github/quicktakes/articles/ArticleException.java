package io.github.quicktakes.articles;

/**
 * The root of every exception this library throws.
 *
 * <p>Unchecked, like the exceptions of commonmark-java and Jackson's databind: a bad article is a
 * data problem the caller decides how to handle, not a condition every call site must declare.
 * Where the problem has a place in a source, {@link #sourceName()}, {@link #line()} and
 * {@link #column()} say where; otherwise the line and column are {@code 0}.
 */
public class ArticleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The name of the source the problem is in, or {@code null}. */
    private final String sourceName;
    /** The 1-based line of the problem, or {@code 0} when it has no place. */
    private final int line;
    /** The 1-based column of the problem, or {@code 0} when it has no place. */
    private final int column;

    /**
     * Creates an exception without a position.
     *
     * @param message what went wrong, in one line
     */
    public ArticleException(String message) {
        this(message, null, 0, 0, null);
    }

    /**
     * Creates an exception without a position, caused by another one.
     *
     * @param message what went wrong, in one line
     * @param cause the underlying problem, or {@code null}
     */
    public ArticleException(String message, Throwable cause) {
        this(message, null, 0, 0, cause);
    }

    /**
     * Creates an exception for a place in a source.
     *
     * @param message what went wrong, in one line
     * @param sourceName the file name or other name of the source, or {@code null}
     * @param line the 1-based line, or {@code 0} when unknown
     * @param column the 1-based column, or {@code 0} when unknown
     * @param cause the underlying problem, or {@code null}
     */
    public ArticleException(String message, String sourceName, int line, int column, Throwable cause) {
        super(message, cause);
        this.sourceName = sourceName;
        this.line = line;
        this.column = column;
    }

    /**
     * The message without the position prefix that {@link #getMessage()} adds.
     *
     * @return the bare message
     */
    public String reason() {
        return super.getMessage();
    }

    /**
     * The name of the source the problem is in: usually a file path.
     *
     * @return the source name, or {@code null} when the problem has no source
     */
    public String sourceName() {
        return sourceName;
    }

    /**
     * The 1-based line of the problem.
     *
     * @return the line, or {@code 0} when unknown
     */
    public int line() {
        return line;
    }

    /**
     * The 1-based column of the problem, counted in characters.
     *
     * @return the column, or {@code 0} when unknown
     */
    public int column() {
        return column;
    }

    /** Returns {@code source:line:column: reason}, leaving out the parts that are unknown. */
    @Override
    public String getMessage() {
        StringBuilder sb = new StringBuilder();
        if (sourceName != null) {
            sb.append(sourceName);
        }
        if (line > 0) {
            sb.append(sb.length() > 0 ? ":" : "line ").append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        if (sb.length() > 0) {
            sb.append(": ");
        }
        return sb.append(super.getMessage()).toString();
    }
}
