/**
 * QuickTakes articles: read, edit, check, convert and publish Markdown files with YAML front
 * matter, losslessly. Start with {@link io.github.quicktakes.articles.ArticleParser}.
 */
module io.github.quicktakes.articles {
    requires org.yaml.snakeyaml;
    requires com.fasterxml.jackson.databind;
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

    // The command line: not exported (it is no API), opened to picocli, which reads its annotations.
    opens io.github.quicktakes.articles.cli to info.picocli;

    uses io.github.quicktakes.articles.ArticleWriter;
}
