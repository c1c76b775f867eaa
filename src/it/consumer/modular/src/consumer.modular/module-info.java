/** A modular consumer: the library on the module path, a writer provided by this module. */
module consumer.modular {
    requires io.github.quicktakes.articles;

    provides io.github.quicktakes.articles.ArticleWriter with consumer.modular.TitleWriter;
}
