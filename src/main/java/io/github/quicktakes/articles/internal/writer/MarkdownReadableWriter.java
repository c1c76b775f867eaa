package io.github.quicktakes.articles.internal.writer;

import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleException;
import io.github.quicktakes.articles.ArticleWriter;
import io.github.quicktakes.articles.RelatedArticle;
import io.github.quicktakes.articles.internal.article.MomentDateFormat;
import java.io.IOException;

/**
 * A clean Markdown document a person would read or paste elsewhere: no front matter, the title as a
 * heading, "Posted on" with the date in the article's own format, the question, the answer with
 * real line breaks, and the related articles as a list of links.
 */
public final class MarkdownReadableWriter implements ArticleWriter {
    public static final MarkdownReadableWriter INSTANCE = new MarkdownReadableWriter();

    private MarkdownReadableWriter() {}

    @Override
    public String format() {
        return "markdown-readable";
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
        out.append("# ").append(inline(article.articleTitle())).append("\n\n");
        out.append('*').append(inline(postedOn(article))).append("*\n\n");
        out.append("**").append(inline(article.question())).append("**\n\n");
        out.append(article.answer().strip()).append("\n");
        if (!article.related().isEmpty()) {
            out.append("\n## Related\n\n");
            for (RelatedArticle r : article.related()) {
                out.append("- [").append(linkText(r.title())).append("](<").append(r.url().replace(">", "%3E"))
                        .append(">)\n");
            }
        }
    }

    /** "Posted on Nov 27, 2024", from the article's own words and pattern. */
    static String postedOn(Article article) {
        String when = MomentDateFormat.format(article.date(), article.dateFormat());
        try {
            return article.postOnText() + " " + when;
        } catch (ArticleException noText) {
            return when;
        }
    }

    /** Text on one line, with Markdown's inline markup characters escaped. */
    static String inline(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                sb.append(' ');
                continue;
            }
            if ("\\`*_[]<>#|!~$".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static String linkText(String title) {
        return inline(title);
    }
}
