package io.github.quicktakes.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class HtmlWriterTest {

    static final HtmlArticleWriter PAGE = HtmlArticleWriter.builder().baseUrl("https://example.com").build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Structure every page must have; returns the parsed document. */
    static Document checkPage(Article a, String html) throws IOException {
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document doc = Jsoup.parse(html, "https://example.com/", parser);
        assertThat(parser.getErrors()).as("HTML5 parse errors in " + a.url()).isEmpty();
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(doc.select("html").attr("lang")).isEqualTo("en");
        assertThat(doc.select("meta[charset]").attr("charset")).isEqualTo("utf-8");
        assertThat(doc.select("h1")).hasSize(1);
        assertThat(doc.title()).isEqualTo(a.seo().title());
        assertThat(doc.select("meta[name=description]").attr("content")).isEqualTo(a.seo().pageDescription());
        assertThat(doc.select("meta[name=keywords]").attr("content")).isEqualTo(a.seo().pageKeywords());
        // the url as a percent-encoded path below the base: decoded, it is the url again
        for (String link : List.of(doc.select("link[rel=canonical]").attr("href"),
                doc.select("meta[property=og:url]").attr("content"))) {
            java.net.URI uri = java.net.URI.create(link);
            assertThat(uri.getHost()).isEqualTo("example.com");
            assertThat(uri.getPath()).isEqualTo(a.url());
        }
        assertThat(doc.select("meta[name=robots][content=noindex]")).hasSize(a.noIndex() ? 1 : 0);
        List<Element> ld = doc.select("script[type=application/ld+json]");
        assertThat(ld).hasSize(1);
        JsonNode qa = JSON.readTree(ld.get(0).data());
        assertThat(qa.get("@type").asText()).isEqualTo("QAPage");
        assertThat(qa.get("mainEntity").get("name").asText()).isEqualTo(a.title());
        assertThat(qa.get("mainEntity").get("acceptedAnswer").get("text").asText()).isEqualTo(a.answer());
        assertThat(doc.select("time").attr("datetime")).isEqualTo(a.date().toString());
        for (Element link : doc.select("a[href]")) {
            assertThat(link.attr("href")).isNotEmpty();
            assertThat(link.absUrl("href")).as("resolves: " + link.outerHtml()).isNotEmpty();
            assertThat(XssTest.isDangerousUrl(link.attr("href"))).as(link.outerHtml()).isFalse();
        }
        assertThat(doc.select("nav.related li")).hasSize(a.related().size());
        XssTest.assertNoScriptBeyondTheWritersOwn(doc);
        return doc;
    }

    @Test
    void gfmExtensionsRenderOnTheCommonmarkVersionInUse() {
        Article a = ArticleParser.parse(Fixtures.MINIMAL).toBuilder()
                .answer("- [x] done\n- [ ] open\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~ https://example.org")
                .build();
        Document doc = Jsoup.parse(HtmlArticleWriter.builder().page(false).build().write(a));
        assertThat(doc.select("div.answer li input[type=checkbox][checked]")).hasSize(1);
        assertThat(doc.select("div.answer li input[type=checkbox]")).hasSize(2);
        assertThat(doc.select("div.answer table td")).extracting(Element::text).containsExactly("1", "2");
        assertThat(doc.select("div.answer del").text()).isEqualTo("gone");
        assertThat(doc.select("div.answer a[href=https://example.org]")).hasSize(1);
    }

    @Test
    void fixturesGiveValidPages() throws IOException {
        for (String text : List.of(Fixtures.text("physics-ice.md"), Fixtures.text("plain-title-score-last.md"),
                Fixtures.MINIMAL.replace("answer: >-", "no_index: True\nanswer: >-"))) {
            Article a = ArticleParser.parse(text);
            checkPage(a, PAGE.write(a));
        }
    }

    @Test
    void everyCorpusArticleGivesAValidPage() throws IOException {
        int n = 0;
        for (Path file : Corpus.files()) {
            Article a = ArticleParser.parse(file);
            checkPage(a, PAGE.write(a));
            n++;
        }
        System.out.printf("html: %d corpus pages checked with jsoup%n", n);
    }

    @Test
    void pageShowsTitleDateQuestionAnswerAndRelatedLinks() {
        Article a = ArticleParser.parse(Fixtures.text("physics-ice.md"));
        Document doc = Jsoup.parse(PAGE.write(a));
        assertThat(doc.select("h1").text()).isEqualTo("Why does ice float on water?");
        assertThat(doc.select("p.posted").text()).isEqualTo("Posted on Mar 14, 2025");
        assertThat(doc.select("p.question").text()).isEqualTo("Why does ice float on water?");
        assertThat(doc.select(".answer h3").text()).isEqualTo("The lattice");
        assertThat(doc.select(".answer table td")).hasSize(4);
        assertThat(doc.select("nav.related a").eachAttr("href")).containsExactly(
                "https://example.com/learn/physics/questions/what-is-buoyancy",
                "https://example.com/learn/chemistry/questions/how-do-hydrogen-bonds-work");
        assertThat(doc.select("script[src]").eachAttr("src")).allMatch(s -> s.startsWith(HtmlArticleWriter.DEFAULT_KATEX_URL));
    }

    @Test
    void datesUseTheArticlesMomentPattern() {
        Article a = ArticleParser.parse(Fixtures.MINIMAL);
        assertThat(Jsoup.parse(PAGE.write(a)).select("p.posted").text()).isEqualTo("Posted on Nov 27, 2024");
        Article b = a.with("date_format", "dddd, MMMM Do YYYY");
        assertThat(Jsoup.parse(PAGE.write(b)).select("p.posted").text()).isEqualTo("Posted on Wednesday, November 27th 2024");
    }

    /** The TeX inside each math element, in order. */
    static List<String> formulas(String html) {
        List<String> out = new ArrayList<>();
        for (Element m : Jsoup.parse(html).select(".math")) {
            String t = m.wholeText();
            out.add(t.substring(2, t.length() - 2));
        }
        return out;
    }

    @Test
    void mathReachesTheHtmlUntouched() {
        String answer = "Inline $a_1 * b_2 = c_{12}$ and $x \\neq y$ and \\(\\frac{a}{b}\\).\n\n"
                + "$$\n\\begin{aligned} a &= 1 \\\\ b &= 2 \\end{aligned}\n$$\n\n"
                + "\\[\\nabla \\cdot E = \\frac{\\rho}{\\varepsilon_0}\\]\n\n"
                + "| f | g |\n|---|---|\n| $f_1^*$ | $\\frac{1}{2}$ |\n\n"
                + "Prices: $5 and $10 stay text; so does \\$x\\$. Padded $ p \\neg q $ is math.\n\n"
                + "Code `$not_math$` and\n\n```\nlet $a = b_c * 2;\n```\n";
        Article a = ArticleParser.parse(Fixtures.MINIMAL).toBuilder().answer(answer).build();
        String html = HtmlArticleWriter.builder().page(false).build().write(a);
        assertThat(formulas(html)).containsExactly("a_1 * b_2 = c_{12}", "x \\neq y", "\\frac{a}{b}",
                "\\begin{aligned} a &= 1 \\\\ b &= 2 \\end{aligned}", "\\nabla \\cdot E = \\frac{\\rho}{\\varepsilon_0}",
                "f_1^*", "\\frac{1}{2}", "p \\neg q");
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("em")).isEmpty();
        assertThat(doc.select(".math-display")).hasSize(2);
        assertThat(doc.text()).contains("Prices: $5 and $10 stay text; so does $x$. Padded");
        assertThat(doc.select("code").first().text()).isEqualTo("$not_math$");
        assertThat(doc.select("pre code").text()).isEqualTo("let $a = b_c * 2;");
    }

    @Test
    void fragmentIsTheArticleOnly() {
        Article a = ArticleParser.parse(Fixtures.text("physics-ice.md"));
        String html = HtmlArticleWriter.builder().page(false).build().write(a);
        assertThat(html).startsWith("<article class=\"quicktakes\">").endsWith("</article>").doesNotContain("<head>");
    }

    @Test
    void templateAndLinksCanBeReplaced() {
        Article a = ArticleParser.parse(Fixtures.text("physics-ice.md"));
        HtmlArticleWriter w = HtmlArticleWriter.builder()
                .template("<!DOCTYPE html><html lang=\"{{lang}}\"><head>{{head}}</head><body class=\"mine\">{{content}}</body></html>")
                .lang("de").stylesheetHref("/site.css")
                .linkResolver(url -> url.contains("buoyancy") ? url + "/index.html" : null)
                .build();
        Document doc = Jsoup.parse(w.write(a));
        assertThat(doc.select("body.mine article")).hasSize(1);
        assertThat(doc.select("html").attr("lang")).isEqualTo("de");
        assertThat(doc.select("link[rel=stylesheet][href=/site.css]")).hasSize(1);
        assertThat(doc.select("nav.related a").eachAttr("href")).containsExactly("/learn/physics/questions/what-is-buoyancy/index.html");
        assertThat(doc.select("nav.related span.broken").text()).isEqualTo("How do hydrogen bonds work?");
        assertThatThrownBy(() -> HtmlArticleWriter.builder().template("<html></html>")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deeplyNestedMarkdownRendersWithoutOverflow() {
        Article deep = ArticleParser.parse(Fixtures.MINIMAL).toBuilder().answer(">".repeat(10_000) + " x").build();
        assertThat(HtmlArticleWriter.builder().page(false).build().write(deep)).contains("too-deep");
        Article brackets = ArticleParser.parse(Fixtures.MINIMAL).toBuilder().answer("[".repeat(10_000) + "x" + "]".repeat(10_000)).build();
        assertThat(HtmlArticleWriter.builder().page(false).build().write(brackets)).contains("x");
        Article stars = ArticleParser.parse(Fixtures.MINIMAL).toBuilder().answer("*".repeat(20_000) + "x" + "*".repeat(20_000)).build();
        assertThat(HtmlArticleWriter.builder().page(false).build().write(stars)).contains("x");
    }

    @Test
    void oneWriterServesManyThreads() throws Exception {
        List<Article> articles = List.of(ArticleParser.parse(Fixtures.text("physics-ice.md")), ArticleParser.parse(Fixtures.MINIMAL));
        List<String> expected = articles.stream().map(PAGE::write).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        if (!PAGE.write(articles.get(i % 2)).equals(expected.get(i % 2))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }
}
