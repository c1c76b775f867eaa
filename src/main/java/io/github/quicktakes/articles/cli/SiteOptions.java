package io.github.quicktakes.articles.cli;

import io.github.quicktakes.articles.HtmlArticleWriter;
import io.github.quicktakes.articles.internal.html.SafeUrls;
import picocli.CommandLine.Option;

/** The options of the site's pages, shared by {@code render} and {@code serve}, which make the same pages. */
final class SiteOptions {
    @Option(names = "--base-url", defaultValue = "", paramLabel = "URL",
            description = "The site's address, such as https://learn.example.org, for canonical links, Open Graph urls "
                    + "and render's sitemap.xml; without it pages have none of them and render writes no sitemap.")
    String baseUrl;

    @Option(names = "--katex-url", defaultValue = HtmlArticleWriter.DEFAULT_KATEX_URL,
            description = "Where KaTeX's katex.min.css, katex.min.js and contrib/auto-render.min.js are (default: ${DEFAULT-VALUE}).")
    String katexUrl;

    @Option(names = "--page-size", paramLabel = "N", defaultValue = "" + SiteIndexes.DEFAULT_PAGE_SIZE,
            description = "How many articles a subject's index lists per page (default: ${DEFAULT-VALUE}); the first "
                    + "page is learn/<subject>/index.html, the others learn/<subject>/page/<k>/index.html.")
    int pageSize;

    /**
     * Why these options cannot be used, or null: a page size below 1, or a {@code --katex-url} the
     * pages' URL allow-list would turn into {@code #} (a {@code file:} URL, say), refused rather than
     * silently dropped.
     */
    String problem() {
        if (pageSize < 1) {
            return "--page-size must be at least 1: " + pageSize;
        }
        if ("#".equals(SafeUrls.sanitize(katexUrl))) {
            return "--katex-url '" + katexUrl + "' is not an address a page may load scripts from (http, https or a "
                    + "relative URL); for a local copy of KaTeX use render's --katex-dir";
        }
        return null;
    }
}
