package io.github.quicktakes.articles.internal.writer;

import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleWriter;
import java.io.IOException;

/** Writes an article in its own file format: its text, which edits keep up to date. */
public final class MarkdownArticleWriter implements ArticleWriter {
    public static final MarkdownArticleWriter INSTANCE = new MarkdownArticleWriter();

    private MarkdownArticleWriter() {}

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public String mediaType() {
        return "text/markdown; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    @Override
    public void write(Article article, Appendable out) throws IOException {
        out.append(article.text());
    }

    @Override
    public String write(Article article) {
        return article.text();
    }
}
