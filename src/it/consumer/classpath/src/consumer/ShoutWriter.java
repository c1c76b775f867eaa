package consumer;

import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleWriter;
import java.io.IOException;
import java.util.Locale;

/** A writer of the consumer's own, registered in META-INF/services: the title in capitals. */
public final class ShoutWriter implements ArticleWriter {
    @Override
    public String format() {
        return "shout";
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
        out.append(article.title().toUpperCase(Locale.ROOT)).append('\n');
    }
}
