package io.github.quicktakes.articles.internal.html;

import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.RelatedArticle;
import io.github.quicktakes.articles.Seo;
import io.github.quicktakes.articles.internal.article.MomentDateFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Renders an article as an HTML page (or its content only) for
 * {@link io.github.quicktakes.articles.HtmlArticleWriter}, which holds the configuration: the
 * template cut once at its placeholders, the head's fixed elements built once, then each page written
 * in one buffer. Immutable and thread-safe.
 */
public final class PageRenderer {
    /**
     * What a page needs from the writer's configuration.
     *
     * @param page a whole page, or the content only
     * @param baseUrl put before each article's url in absolute links
     * @param lang the page's language
     * @param template the page template with its placeholders
     * @param stylesheet the inline stylesheet, where no stylesheet link is given
     * @param stylesheetHref a stylesheet to link instead, or {@code null}
     * @param katexUrl where KaTeX's files are
     * @param linkResolver a related link's href from its url, {@code null} for a broken link
     * @param trustRawHtml whether raw HTML in answers passes
     * @param mathScriptHref the URL of a file holding {@link #MATH_SCRIPT}, or {@code null} to write the
     *     script into each page
     */
    public record Settings(boolean page, String baseUrl, String lang, String template, String stylesheet,
            String stylesheetHref, String katexUrl, UnaryOperator<String> linkResolver, boolean trustRawHtml,
            String mathScriptHref) {}

    private final boolean page;
    private final String baseUrl;
    private final String escapedLang;
    /** The template cut at its placeholders: literal text and {@link Slot}s, in order. */
    private final List<Object> templateParts;
    /** The head's elements that depend only on the configuration: the stylesheet, then KaTeX. */
    private final String stylesheetAssets;
    private final String katexAssets;
    /** Whether the template's own body text holds a math delimiter: then every page loads KaTeX. */
    private final boolean templateMath;
    private final boolean trustRawHtml;
    private final UnaryOperator<String> linkResolver;
    private final AnswerRenderer answers;

    /** The template's placeholders. */
    private enum Slot { LANG, TITLE, HEAD, CONTENT }

    /**
     * A renderer for one configuration.
     *
     * @param s the settings
     */
    public PageRenderer(Settings s) {
        this.page = s.page();
        this.baseUrl = s.baseUrl();
        this.escapedLang = Html.escape(s.lang());
        this.templateParts = split(s.template());
        this.stylesheetAssets = stylesheetAssets(s.stylesheet(), s.stylesheetHref());
        this.katexAssets = katexAssets(s.katexUrl(), s.mathScriptHref());
        int head = s.template().indexOf("{{head}}");
        this.templateMath = hasMath(head < 0 ? s.template() : s.template().substring(head), true);
        this.trustRawHtml = s.trustRawHtml();
        this.linkResolver = s.linkResolver();
        this.answers = new AnswerRenderer(s.trustRawHtml());
    }

    /**
     * The whole output, built in one buffer: a page is mostly its answer, written twice.
     *
     * @param article the article
     * @return the HTML
     */
    public StringBuilder render(Article article) {
        // Decoded once: the body and the JSON-LD both need the answer's Markdown.
        String answer = article.answer();
        LocalDate date = article.date();
        StringBuilder sb = new StringBuilder(3 * answer.length() + 6144);
        if (!page) {
            content(article, answer, date, sb);
            return sb;
        }
        Seo seo = article.seo();
        // The content first: KaTeX is loaded by the head only when the body has a formula for it.
        StringBuilder body = new StringBuilder(2 * answer.length() + 2048);
        content(article, answer, date, body);
        boolean math = templateMath || hasMath(body, trustRawHtml);
        for (Object part : templateParts) {
            if (part instanceof Slot slot) {
                switch (slot) {
                    case LANG -> sb.append(escapedLang);
                    case TITLE -> sb.append(Html.escape(seo.title()));
                    case HEAD -> head(article, seo, answer, date, math, sb);
                    case CONTENT -> sb.append(body);
                }
            } else {
                sb.append((String) part);
            }
        }
        return sb;
    }

    /**
     * Whether KaTeX's auto-render could find something to typeset in this HTML: it looks for the
     * delimiters {@code \(} and {@code \[} in the body's text. Erring on the side of loading it, a
     * backslash before a character reference counts too, and, where raw HTML is let through (the
     * only way a character reference can reach the page unescaped), a reference to the backslash
     * itself: no formula is ever left untypeset. Most pages hold no backslash: one search.
     */
    static boolean hasMath(CharSequence html, boolean references) {
        for (int i = indexOf(html, "\\", 0); i >= 0 && i + 1 < html.length(); i = indexOf(html, "\\", i + 1)) {
            char next = html.charAt(i + 1);
            if (next == '(' || next == '[' || next == '&') {
                return true;
            }
        }
        return references && (indexOf(html, "&bsol;", 0) >= 0 || referencesBackslash(html));
    }

    /** Whether a numeric character reference to the backslash ({@code &#92;}, {@code &#x5C;}...) is in the HTML. */
    private static boolean referencesBackslash(CharSequence html) {
        int length = html.length();
        for (int i = indexOf(html, "&#", 0); i >= 0; i = indexOf(html, "&#", i + 2)) {
            int j = i + 2;
            boolean hex = j < length && (html.charAt(j) == 'x' || html.charAt(j) == 'X');
            if (hex) {
                j++;
            }
            int value = 0;
            for (; j < length && value <= 0x10FFFF; j++) {
                int digit = Character.digit(html.charAt(j), hex ? 16 : 10);
                if (digit < 0) {
                    break;
                }
                value = value * (hex ? 16 : 10) + digit;
            }
            if (value == '\\') {
                return true;
            }
        }
        return false;
    }

    /** Where a text first occurs from an index: the page's buffer is searched in place, not copied. */
    private static int indexOf(CharSequence html, String text, int from) {
        return html instanceof StringBuilder b ? b.indexOf(text, from) : html.toString().indexOf(text, from);
    }

    /**
     * Cuts a template at its known placeholders, once, so that text inside the values is never
     * taken for a placeholder; unknown ones stay as text.
     */
    private static List<Object> split(String template) {
        List<Object> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf("{{", i);
            int close = open < 0 ? -1 : template.indexOf("}}", open);
            if (close < 0) {
                break;
            }
            text.append(template, i, open);
            Slot slot = switch (template.substring(open + 2, close)) {
                case "lang" -> Slot.LANG;
                case "title" -> Slot.TITLE;
                case "head" -> Slot.HEAD;
                case "content" -> Slot.CONTENT;
                default -> null;
            };
            if (slot == null) {
                text.append(template, open, close + 2);
            } else {
                if (text.length() > 0) {
                    parts.add(text.toString());
                    text.setLength(0);
                }
                parts.add(slot);
            }
            i = close + 2;
        }
        text.append(template, i, template.length());
        if (text.length() > 0) {
            parts.add(text.toString());
        }
        return List.copyOf(parts);
    }

    /** The article's own HTML: title, date, question, answer and related links. */
    private void content(Article article, String answer, LocalDate date, StringBuilder sb) {
        sb.append("<article class=\"quicktakes\">\n");
        sb.append("<h1>").append(Html.escape(article.articleTitle())).append("</h1>\n");
        sb.append("<p class=\"posted\">").append(Html.escape(article.postOnText())).append(" <time datetime=\"")
                .append(date).append("\">")
                .append(Html.escape(MomentDateFormat.format(date, article.dateFormat())))
                .append("</time></p>\n");
        sb.append("<p class=\"question\">").append(Html.escape(article.question())).append("</p>\n");
        sb.append("<div class=\"answer\">\n");
        answers.render(answer, sb);
        sb.append("</div>\n");
        List<RelatedArticle> related = article.related();
        if (!related.isEmpty()) {
            sb.append("<nav class=\"related\">\n<h2>Related</h2>\n<ul>\n");
            for (RelatedArticle r : related) {
                String href = linkResolver.apply(r.url());
                sb.append("<li>");
                if (href == null) {
                    sb.append("<span class=\"broken\">").append(Html.escape(r.title())).append("</span>");
                } else {
                    sb.append("<a href=\"").append(Html.escape(SafeUrls.sanitize(href))).append("\">")
                            .append(Html.escape(r.title())).append("</a>");
                }
                sb.append("</li>\n");
            }
            sb.append("</ul>\n</nav>\n");
        }
        sb.append("</article>");
    }

    private void head(Article article, Seo seo, String answer, LocalDate date, boolean math, StringBuilder sb) {
        String title = article.title();
        // Without a base URL there is no absolute address to give: no canonical link, no og:url and
        // no JSON-LD url, rather than one on a domain nobody named.
        String absolute = baseUrl.isEmpty() ? null : SiteUrls.join(baseUrl, article.url());
        String canonical = absolute == null ? null : Html.escape(SafeUrls.sanitize(absolute));
        String description = Html.escape(seo.pageDescription());
        sb.append("<meta charset=\"utf-8\">\n");
        sb.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.append("<title>").append(Html.escape(seo.title())).append("</title>\n");
        sb.append("<meta name=\"description\" content=\"").append(description).append("\">\n");
        sb.append("<meta name=\"keywords\" content=\"").append(Html.escape(seo.pageKeywords())).append("\">\n");
        if (article.noIndex()) {
            sb.append("<meta name=\"robots\" content=\"noindex\">\n");
        }
        if (canonical != null) {
            sb.append("<link rel=\"canonical\" href=\"").append(canonical).append("\">\n");
        }
        sb.append("<meta property=\"og:type\" content=\"article\">\n");
        sb.append("<meta property=\"og:title\" content=\"").append(Html.escape(title)).append("\">\n");
        sb.append("<meta property=\"og:description\" content=\"").append(description).append("\">\n");
        if (canonical != null) {
            sb.append("<meta property=\"og:url\" content=\"").append(canonical).append("\">\n");
        }
        sb.append(stylesheetAssets);
        if (math) {
            sb.append(katexAssets);
        }
        sb.append("<script type=\"application/ld+json\">");
        JsonLd.write(new JsonLd.QaPage(title, article.question(), answer, date, article.author(),
                absolute), sb);
        sb.append("</script>");
    }

    /** The script that starts KaTeX's auto-render on a page: written into each page, or a file of its own. */
    public static final String MATH_SCRIPT = "document.addEventListener(\"DOMContentLoaded\",function(){if(window.renderMathInElement)"
            + "renderMathInElement(document.body,{delimiters:[{left:\"\\\\[\",right:\"\\\\]\",display:true},"
            + "{left:\"\\\\(\",right:\"\\\\)\",display:false}],throwOnError:false});});";

    private static String stylesheetAssets(String stylesheet, String stylesheetHref) {
        if (stylesheetHref != null) {
            return "<link rel=\"stylesheet\" href=\"" + Html.escape(SafeUrls.sanitize(stylesheetHref)) + "\">\n";
        }
        // "</" could end the style element early; "<\/" means the same to CSS.
        return "<style>\n" + stylesheet.replace("</", "<\\/") + "</style>\n";
    }

    private static String katexAssets(String katexUrl, String mathScriptHref) {
        String katex = Html.escape(SafeUrls.sanitize(katexUrl));
        StringBuilder sb = new StringBuilder();
        sb.append("<link rel=\"stylesheet\" href=\"").append(katex).append("/katex.min.css\">\n");
        sb.append("<script defer src=\"").append(katex).append("/katex.min.js\"></script>\n");
        sb.append("<script defer src=\"").append(katex).append("/contrib/auto-render.min.js\"></script>\n");
        if (mathScriptHref != null) {
            sb.append("<script defer src=\"").append(Html.escape(SafeUrls.sanitize(mathScriptHref))).append("\"></script>\n");
        } else {
            sb.append("<script>").append(MATH_SCRIPT).append("</script>\n");
        }
        return sb.toString();
    }
}
