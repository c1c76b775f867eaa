package io.github.quicktakes.articles;

import io.github.quicktakes.articles.internal.html.PageRenderer;
import io.github.quicktakes.articles.internal.html.SiteUrls;
import java.io.IOException;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Writes an article as HTML ({@code html}): a complete page by default, or only the article's
 * content (a fragment).
 *
 * <p>The page has a title from {@code seo.title}, meta description and keywords, a canonical link
 * and Open Graph tags from {@code url} (prefixed with the {@linkplain Builder#baseUrl base URL}),
 * {@code robots noindex} for {@code no_index} articles, schema.org {@code QAPage} JSON-LD, a small
 * stylesheet, and KaTeX (from a configurable URL) to typeset the formulas.
 *
 * <p>The answer is rendered with commonmark-java and its GFM extensions (tables, strikethrough,
 * autolinks, task lists). Math ({@code $...$}, {@code $$...$$}, {@code \(...\)}, {@code \[...\]}) is
 * taken out before Markdown can touch it and written as {@code \(...\)} or {@code \[...\]} in
 * {@code <span class="math ...">} for KaTeX's auto-render.
 *
 * <p>Safe by default: raw HTML in answers and every front-matter value are escaped, attributes are
 * quoted, and link and image URLs other than relative ones, {@code http}, {@code https},
 * {@code mailto} and {@code tel} become {@code #}. {@link Builder#trustRawHtml(boolean)} lets raw
 * HTML in answers through, for content you trust. See {@code docs/html.md}.
 *
 * <p>Immutable and thread-safe.
 */
public final class HtmlArticleWriter implements ArticleWriter {

    /**
     * The page template: {@code {{lang}}}, {@code {{title}}}, {@code {{head}}} and
     * {@code {{content}}} are replaced by the escaped language, the escaped title, the head's
     * elements and the article's HTML.
     */
    public static final String DEFAULT_TEMPLATE = """
            <!DOCTYPE html>
            <html lang="{{lang}}">
            <head>
            {{head}}
            </head>
            <body>
            <main>
            {{content}}
            </main>
            </body>
            </html>
            """;

    /** The default stylesheet: readable text, tables and formulas. */
    public static final String DEFAULT_STYLESHEET = """
            body{margin:0;background:#fafafa;color:#1f2328;font:17px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
            main{max-width:46rem;margin:0 auto;padding:2rem 1.25rem 4rem;background:#fff}
            h1{font-size:1.9rem;line-height:1.25;margin:.2rem 0 .4rem}
            .posted{color:#59636e;font-size:.9rem;margin:0 0 1.5rem}
            .question{font-size:1.15rem;font-weight:600;border-left:4px solid #0969da;padding-left:.8rem}
            .answer table{border-collapse:collapse;margin:1rem 0;display:block;overflow-x:auto}
            .answer th,.answer td{border:1px solid #d1d9e0;padding:.35rem .7rem}
            .answer th{background:#f6f8fa}
            .answer pre{background:#f6f8fa;padding:.8rem 1rem;overflow-x:auto;border-radius:6px}
            .answer code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
            .math-display{display:block;overflow-x:auto;margin:1rem 0;text-align:center}
            .related{margin-top:2.5rem;border-top:1px solid #d1d9e0}
            .related ul{padding-left:1.2rem}
            a{color:#0969da}
            """;

    /** KaTeX 0.16 from jsDelivr: css, js and the auto-render extension live below this URL. */
    public static final String DEFAULT_KATEX_URL = "https://cdn.jsdelivr.net/npm/katex@0.16.11/dist";

    /** The script that starts KaTeX's auto-render on a page: written into each page, or a file of its own. */
    public static final String MATH_SCRIPT = PageRenderer.MATH_SCRIPT;

    private final PageRenderer renderer;

    private HtmlArticleWriter(Builder b) {
        String base = b.baseUrl;
        this.renderer = new PageRenderer(new PageRenderer.Settings(b.page, b.baseUrl, b.lang, b.template, b.stylesheet,
                b.stylesheetHref, b.katexUrl, b.linkResolver != null ? b.linkResolver : url -> SiteUrls.join(base, url),
                b.trustRawHtml, b.mathScriptHref));
    }

    /**
     * A builder starting from the defaults: a complete page, no base URL, English, KaTeX from
     * {@link #DEFAULT_KATEX_URL}, the built-in stylesheet and template, raw HTML escaped.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String mediaType() {
        return "text/html; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    @Override
    public String write(Article article) {
        return renderer.render(article).toString();
    }

    @Override
    public void write(Article article, Appendable out) throws IOException {
        out.append(renderer.render(article));
    }

    /** Configures an {@link HtmlArticleWriter}. Not thread-safe; what it builds is. */
    public static final class Builder {
        private boolean page = true;
        private String baseUrl = "";
        private String lang = "en";
        private String katexUrl = DEFAULT_KATEX_URL;
        private String stylesheet = DEFAULT_STYLESHEET;
        private String stylesheetHref;
        private String mathScriptHref;
        private String template = DEFAULT_TEMPLATE;
        private boolean trustRawHtml;
        private UnaryOperator<String> linkResolver;

        private Builder() {}

        /**
         * A complete page (the default) or only the article's content.
         *
         * @param page {@code true} for a page, {@code false} for a fragment
         * @return this builder
         */
        public Builder page(boolean page) {
            this.page = page;
            return this;
        }

        /**
         * The site's address, put before each article's {@code url} in canonical and Open Graph
         * links and (by default) related links, such as {@code https://example.com}.
         *
         * @param baseUrl the base URL, without a trailing slash; empty (the default) for no canonical
         *     link, no {@code og:url} and no JSON-LD {@code url}, and root-relative related links
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            String b = Objects.requireNonNull(baseUrl, "baseUrl");
            this.baseUrl = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
            return this;
        }

        /**
         * The page's language.
         *
         * @param lang a language tag, {@code en} by default
         * @return this builder
         */
        public Builder lang(String lang) {
            this.lang = Objects.requireNonNull(lang, "lang");
            return this;
        }

        /**
         * Where KaTeX is: {@code katex.min.css}, {@code katex.min.js} and
         * {@code contrib/auto-render.min.js} are loaded from below it.
         *
         * @param katexUrl the URL, {@link #DEFAULT_KATEX_URL} by default
         * @return this builder
         */
        public Builder katexUrl(String katexUrl) {
            String k = Objects.requireNonNull(katexUrl, "katexUrl");
            this.katexUrl = k.endsWith("/") ? k.substring(0, k.length() - 1) : k;
            return this;
        }

        /**
         * The stylesheet written into each page.
         *
         * @param css the CSS, {@link #DEFAULT_STYLESHEET} by default
         * @return this builder
         */
        public Builder stylesheet(String css) {
            this.stylesheet = Objects.requireNonNull(css, "css");
            this.stylesheetHref = null;
            return this;
        }

        /**
         * Links each page to a stylesheet instead of writing one into it.
         *
         * @param href the stylesheet's URL
         * @return this builder
         */
        public Builder stylesheetHref(String href) {
            this.stylesheetHref = Objects.requireNonNull(href, "href");
            return this;
        }

        /**
         * Links each page to a file holding {@link #MATH_SCRIPT} instead of writing the script into
         * it: a site writes the script once (a deferred script runs before DOMContentLoaded, as
         * the inline one's listener needs).
         *
         * @param href the script's URL
         * @return this builder
         */
        public Builder mathScriptHref(String href) {
            this.mathScriptHref = Objects.requireNonNull(href, "href");
            return this;
        }

        /**
         * Replaces the page template. It must hold {@code {{content}}}; {@code {{lang}}},
         * {@code {{title}}} and {@code {{head}}} are optional. Values are escaped before they are
         * put in.
         *
         * @param template the template, {@link #DEFAULT_TEMPLATE} by default
         * @return this builder
         * @throws IllegalArgumentException if the template has no {@code {{content}}}
         */
        public Builder template(String template) {
            if (!Objects.requireNonNull(template, "template").contains("{{content}}")) {
                throw new IllegalArgumentException("a page template must contain {{content}}");
            }
            this.template = template;
            return this;
        }

        /**
         * Whether raw HTML in answers is written as HTML. Off by default: it is escaped. Turn it on
         * only for answers you trust; URLs are still sanitised.
         *
         * @param trust {@code true} to let raw HTML through
         * @return this builder
         */
        public Builder trustRawHtml(boolean trust) {
            this.trustRawHtml = trust;
            return this;
        }

        /**
         * How related articles' urls become links: by default the base URL followed by the url.
         * Returning {@code null} writes the title as text, not as a link (for targets that do not
         * exist).
         *
         * @param resolver from a related article's url to an href, or {@code null}
         * @return this builder
         */
        public Builder linkResolver(UnaryOperator<String> resolver) {
            this.linkResolver = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        /**
         * Builds the writer.
         *
         * @return an immutable, thread-safe writer
         */
        public HtmlArticleWriter build() {
            return new HtmlArticleWriter(this);
        }
    }
}
