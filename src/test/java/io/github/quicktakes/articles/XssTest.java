package io.github.quicktakes.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Attack strings in every place a value reaches the page: none yields a script of its own, an
 * event-handler attribute or a dangerous URL.
 */
class XssTest {

    static final List<String> ATTACKS = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)>",
            "\"><script>alert(1)</script>",
            "'><img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "[click](JAVASCRIPT:alert(1))",
            "[click](jav&#x09;ascript:alert(1))",
            "[click](&#106;avascript:alert(1))",
            "[click](javascript&colon;alert(1))",
            "[x](vbscript:msgbox(1))",
            "![x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[x](data:text/html,<script>alert(1)</script>)",
            "<javascript:alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<body onload=alert(1)>",
            "</script><script>alert(1)</script>",
            "<style>@import 'javascript:alert(1)';</style>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "[x](  javascript:alert(1)  )",
            "[x](<java\tscript:alert(1)>)",
            "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=\"javascript:alert(1)\">",
            "<form action=\"javascript:alert(1)\"><button>x</button></form>",
            "<button formaction=\"javascript:alert(1)\">x</button>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"javascript:alert(1)//\">",
            "<math><a xlink:href=\"javascript:alert(1)\">x</a></math>",
            "<details open ontoggle=alert(1)>",
            "\" onmouseover=\"alert(1)",
            "' onfocus='alert(1)' autofocus='",
            "javascript:alert(document.cookie)",
            "<<script>script>alert(1)<</script>/script>",
            "<scr<script>ipt>alert(1)</script>",
            "[x](javascript://%0aalert(1))",
            "![x](javascript:alert(1))",
            "[x][ref]\n\n[ref]: javascript:alert(1)",
            "<img src=\"x\" onerror=\"&#97;lert(1)\">",
            "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
            "\u2028</script><script>alert(1)</script>",
            "{{content}}{{head}}",
            "$</span><script>alert(1)</script>$",
            "\\(</span><img src=x onerror=alert(1)>\\)",
            "<!--<script>alert(1)</script>-->",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
            "```\n<script>alert(1)</script>\n```",
            "data:text/html,<script>alert(1)</script>",
            "https://example.com/\" onclick=\"alert(1)",
            "<a href=\"  &#14;  javascript:alert(1)\">x</a>",
            // OWASP XSS filter-evasion cases that apply to Markdown and attribute contexts
            "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
            "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>",
            "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\">",
            "<SCRIPT/XSS SRC=\"http://xss.rocks/xss.js\"></SCRIPT>",
            "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
            "<<SCRIPT>alert(\"XSS\");//<</SCRIPT>",
            "<IMG SRC=\"jav\tascript:alert('XSS');\">",
            "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
            "<svg/onload=alert('XSS')>",
            "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
            "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
            "<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
            "<DIV STYLE=\"width: expression(alert('XSS'));\">",
            "[a](javascript&#58;alert(1))",
            "[a](java%0ascript:alert(1))",
            "![a](x\"onerror=\"alert(1))",
            "[a](<javascript:alert(1)>)",
            "[a]( javascript:alert(1) \"title\")",
            "<vbscript:msgbox(1)>",
            "<https://x.example/\"onmouseover=alert(1)>",
            "[a](\\javascript:alert(1))",
            "[a](JaVaScRiPt:alert(1))",
            "[x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
            "<math href=\"javascript:alert(1)\">x</math>",
            "\" autofocus onfocus=\"alert(1)\" x=\"");

    static List<String> attacks() {
        return ATTACKS;
    }

    /** javascript:, vbscript: and data: URLs, read the way a browser reads them. */
    static boolean isDangerousUrl(String url) {
        StringBuilder sb = new StringBuilder();
        for (char c : url.toCharArray()) {
            if (c > ' ' && !Character.isISOControl(c) && !Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        String s = sb.toString().toLowerCase(Locale.ROOT);
        return s.startsWith("javascript:") || s.startsWith("vbscript:") || s.startsWith("data:");
    }

    private static final String INIT_SCRIPT_START = "document.addEventListener(\"DOMContentLoaded\"";

    /** Only the writer's scripts: the JSON-LD, KaTeX's two files and its one-line start-up. */
    static void assertNoScriptBeyondTheWritersOwn(Document doc) {
        assertNoScriptBeyondTheWritersOwn(doc, true);
    }

    static void assertNoScriptBeyondTheWritersOwn(Document doc, boolean page) {
        for (Element script : doc.select("script")) {
            String type = script.attr("type");
            String src = script.attr("src");
            boolean ok = type.equals("application/ld+json") && script.parent().tagName().equals("head")
                    || src.startsWith(HtmlArticleWriter.DEFAULT_KATEX_URL + "/") && script.data().isEmpty()
                    || src.isEmpty() && type.isEmpty() && script.data().startsWith(INIT_SCRIPT_START)
                            && !script.data().contains("alert");
            assertThat(ok).as("unexpected script: " + script.outerHtml()).isTrue();
        }
        assertThat(doc.select("script[type=application/ld+json]")).hasSize(page ? 1 : 0);
    }

    static void assertSafe(String html) {
        Document doc = Jsoup.parse(html);
        assertNoScriptBeyondTheWritersOwn(doc, html.startsWith("<!DOCTYPE"));
        assertThat(doc.select("iframe, object, embed, form, base, frame, frameset, svg, math, meta[http-equiv]")).isEmpty();
        for (Element e : doc.getAllElements()) {
            for (Attribute attr : e.attributes()) {
                String name = attr.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as("event handler on <" + e.tagName() + ">").doesNotStartWith("on");
                assertThat(name).isNotEqualTo("style").isNotEqualTo("formaction").isNotEqualTo("srcdoc");
                if (name.equals("href") || name.equals("src") || name.equals("action") || name.endsWith(":href")
                        || name.equals("data") || name.equals("poster") || name.equals("content") && e.tagName().equals("meta")
                        && e.attr("property").equals("og:url")) {
                    assertThat(isDangerousUrl(attr.getValue())).as(name + "=" + attr.getValue()).isFalse();
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("attacks")
    void noAttackSurvivesInAnyPlace(String attack) {
        Article base = ArticleParser.parse(Fixtures.text("physics-ice.md"));
        Article everywhere = base.toBuilder()
                .answer("Before " + attack + " after\n\n" + attack)
                .title(attack).articleTitle(attack).question(attack)
                .seo(new Seo(attack, attack, attack))
                .url(attack)
                .relatedArticle(new RelatedArticle(1, 1, attack, attack, attack))
                .with("extra", Map.of("k", attack))
                .build();
        for (HtmlArticleWriter writer : List.of(HtmlWriterTest.PAGE, HtmlArticleWriter.builder().build(),
                HtmlArticleWriter.builder().page(false).build())) {
            String html = writer.write(everywhere);
            assertSafe(html);
            Document doc = Jsoup.parse(html);
            assertThat(doc.select("h1").text().strip()).as("the title is shown as text")
                    .isEqualTo(attack.replaceAll("[\\s\u2028\u2029]+", " ").strip());
        }
    }
}
