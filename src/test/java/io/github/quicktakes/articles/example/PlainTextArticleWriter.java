package io.github.quicktakes.articles.example;

import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleWriter;
import io.github.quicktakes.articles.RelatedArticle;
import java.io.IOException;

/** Writes an article as plain text: title, underline, question, answer and related titles. */
public final class PlainTextArticleWriter implements ArticleWriter {

    @Override
    public String format() {
        return "plain-text";
    }

    @Override
    public String mediaType() {
        return "text/plain; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "txt";
    }

    @Override
    public void write(Article article, Appendable out) throws IOException {
        String title = article.articleTitle();
        out.append(title).append('\n').append("=".repeat(title.length())).append("\n\n");
        out.append(article.question()).append("\n\n");
        out.append(article.answer().strip()).append('\n');
        for (RelatedArticle r : article.related()) {
            out.append("\nSee also: ").append(r.title());
        }
        if (!article.related().isEmpty()) {
            out.append('\n');
        }
    }
}
