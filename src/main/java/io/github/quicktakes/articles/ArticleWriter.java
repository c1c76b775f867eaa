package io.github.quicktakes.articles;

import io.github.quicktakes.articles.internal.MarkdownArticleWriter;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes an {@link Article} in one format: the library's extension point for output.
 *
 * <p>Implementations must be immutable and thread-safe, so that one writer can serve many threads.
 *
 * <pre>{@code
 * String file = ArticleWriter.markdown().write(article);   // the article's own file format
 * }</pre>
 */
public interface ArticleWriter {

    /**
     * The format's short name, such as {@code markdown}, {@code json} or {@code html}.
     *
     * @return the name
     */
    String format();

    /**
     * The media type of the output, such as {@code text/markdown; charset=UTF-8}.
     *
     * @return the media type
     */
    String mediaType();

    /**
     * The usual file extension of the output, without the dot.
     *
     * @return the extension, such as {@code md}
     */
    String fileExtension();

    /**
     * Writes the article.
     *
     * @param article the article
     * @param out where to write
     * @throws IOException if {@code out} fails
     */
    void write(Article article, Appendable out) throws IOException;

    /**
     * Writes the article to a string.
     *
     * @param article the article
     * @return the output
     */
    default String write(Article article) {
        StringBuilder sb = new StringBuilder();
        try {
            write(article, sb);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return sb.toString();
    }

    /**
     * The lossless Markdown writer: the article's own file format. An unedited article is written
     * back byte for byte, an edited one differs only in the edited keys' lines.
     *
     * @return the shared Markdown writer
     */
    static ArticleWriter markdown() {
        return MarkdownArticleWriter.INSTANCE;
    }
}
