package consumer.modular;

import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleWriter;
import java.io.IOException;

/** A writer provided by this module (module-info's provides): the title only. */
public final class TitleWriter implements ArticleWriter {
    @Override
    public String format() {
        return "title-only";
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
        out.append(article.title()).append('\n');
    }
}
