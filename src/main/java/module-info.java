/**
 * QuickTakes articles: read, edit, check, convert and publish Markdown files with YAML front
 * matter, losslessly. Start with {@link io.github.quicktakes.articles.ArticleParser}.
 */
module io.github.quicktakes.articles {
    requires org.yaml.snakeyaml;

    exports io.github.quicktakes.articles;

    uses io.github.quicktakes.articles.ArticleWriter;
}
