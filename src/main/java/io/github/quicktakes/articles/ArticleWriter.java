package io.github.quicktakes.articles;

import io.github.quicktakes.articles.internal.writer.MarkdownArticleWriter;
import io.github.quicktakes.articles.internal.writer.MarkdownReadableWriter;
import io.github.quicktakes.articles.internal.writer.WriterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Writes an {@link Article} in one format: the library's extension point for output.
 *
 * <p>Implementations must be immutable and thread-safe, so that one writer can serve many threads.
 * Writers of your own are found by {@link #forFormat(String)} when they are registered in
 * {@code META-INF/services/io.github.quicktakes.articles.ArticleWriter} (see
 * {@code docs/extending.md}); one named like a built-in replaces it.
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

    /**
     * A Markdown document for people ({@code markdown-readable}): the title as a heading, the date,
     * the question, the answer with real line breaks and the related articles as links; no front
     * matter.
     *
     * @return the shared readable Markdown writer
     */
    static ArticleWriter markdownReadable() {
        return MarkdownReadableWriter.INSTANCE;
    }

    /**
     * The JSON writer with its default options; {@link ArticleJson#builder()} configures one, and
     * {@link ArticleJson#parse(String)} reads its output back.
     *
     * @return the default JSON writer
     */
    static ArticleJson json() {
        return ArticleJson.DEFAULT;
    }

    /**
     * The HTML writer with its default options: a complete, safe page;
     * {@link HtmlArticleWriter#builder()} configures one.
     *
     * @return the default HTML writer
     */
    static HtmlArticleWriter html() {
        return HtmlDefaults.PAGE;
    }

    /**
     * The writer for a format name: a built-in ({@code markdown}, {@code markdown-readable},
     * {@code json}...) or one registered with {@link java.util.ServiceLoader} on the context class
     * loader, which wins over a built-in of the same name.
     *
     * @param name the format name
     * @return the writer
     * @throws ArticleException if no writer has that name; the message lists the available ones
     */
    static ArticleWriter forFormat(String name) {
        return WriterRegistry.forFormat(name);
    }

    /**
     * The names of every available format, built-in and registered.
     *
     * @return the names, sorted
     */
    static Set<String> formats() {
        return WriterRegistry.all().keySet();
    }
}
