/**
 * QuickTakes articles: read, edit, check, convert and publish Markdown files with YAML front
 * matter, losslessly. Start with {@link io.github.quicktakes.articles.ArticleParser}.
 */
module io.github.quicktakes.articles {
    requires org.yaml.snakeyaml;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires org.commonmark;
    requires org.commonmark.ext.gfm.tables;
    requires org.commonmark.ext.gfm.strikethrough;
    requires org.commonmark.ext.autolink;
    requires org.commonmark.ext.task.list.items;
    requires static info.picocli;
    requires static me.tongfei.progressbar;
    // The command line's preview server (serve): the JDK's own HTTP server.
    requires static jdk.httpserver;

    exports io.github.quicktakes.articles;

    // The command line (package io.github.quicktakes.articles.cli) is compiled with the module but
    // left out of the library jar: it runs from quicktakes.jar, on the class path, where picocli
    // reads its annotations without an `opens`. picocli and progressbar are needed only to compile it.

    uses io.github.quicktakes.articles.ArticleWriter;
}
