package io.github.quicktakes.articles;

/** The shared default HTML writer, built once on first use (it holds a Markdown parser). */
final class HtmlDefaults {
    private HtmlDefaults() {}

    static final HtmlArticleWriter PAGE = HtmlArticleWriter.builder().build();
}
