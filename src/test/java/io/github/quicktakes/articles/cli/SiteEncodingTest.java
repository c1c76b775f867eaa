package io.github.quicktakes.articles.cli;

import static io.github.quicktakes.articles.cli.HostileTreeTest.article;
import static io.github.quicktakes.articles.cli.ValidateCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Whatever the urls hold, sitemap.xml is well-formed XML and every link and location is percent-encoded. */
class SiteEncodingTest {
    private static final String BASE = "https://qt.example/a&b";
    private static final List<String> URLS = List.of(
            "/learn/testing/questions/a&b<c>\"d'e",
            "/learn/testing/questions/café-ü",
            "/learn/über fach/questions/x y?z#w%20",
            "/learn/testing/questions/emoji-\uD83D\uDE00");
    /** RFC 3986 path characters, with the base's own '&' and ':'. */
    private static final String LOC = "[A-Za-z0-9._~%!$&'()*+,;=:@/-]+";

    @Test
    void sitemapIsWellFormedAndLinksArePercentEncoded(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in/testing"));
        for (int i = 0; i < URLS.size(); i++) {
            String text = article(100 + i, "a" + i + ".md", yamlQuoted(URLS.get(i)));
            if (i == 0) {
                text = text.replace("url: ", "related_article1:\n    id: 101\n    title: Cafe\n    subject: Testing\n    url: "
                        + yamlQuoted(URLS.get(1)) + "\nurl: ");
            }
            Files.writeString(in.resolve("a" + i + ".md"), text);
        }
        Files.writeString(in.resolve("tab.md"), article(200, "tab.md", "\"/learn/testing/questions/tab\\there\""));
        Path site = tmp.resolve("site");
        ValidateCommandTest.Run r = run("render", "--quiet", in.getParent().toString(), "--out", site.toString(), "--base-url", BASE);
        assertThat(r.exit()).as(r.err()).isEqualTo(QuickTakes.PROBLEMS);
        assertThat(r.err()).contains("skipped testing/tab.md: url /learn/testing/questions/tab\\there has no page");

        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(true);
        DocumentBuilder parser = f.newDocumentBuilder();
        Document sitemap = parser.parse(site.resolve("sitemap.xml").toFile());
        NodeList locs = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> decoded = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            String loc = locs.item(i).getTextContent();
            assertThat(loc).startsWith(BASE).matches(LOC);
            decoded.add(URLDecoder.decode(loc.substring(BASE.length()).replace("+", "%2B"), StandardCharsets.UTF_8));
        }
        assertThat(decoded).containsExactlyInAnyOrderElementsOf(URLS);

        CommandsTest.checkInternalLinks(site);
        org.jsoup.nodes.Document home = Jsoup.parse(site.resolve("index.html").toFile());
        assertThat(home.select("ul.subjects a").eachAttr("href"))
                .containsExactly("learn/testing/index.html", "learn/%C3%BCber%20fach/index.html");
        org.jsoup.nodes.Document first = Jsoup.parse(site.resolve("learn/testing/questions/a&b<c>\"d'e/index.html").toFile());
        assertThat(first.select("nav.related a").attr("href"))
                .isEqualTo("../../../../learn/testing/questions/caf%C3%A9-%C3%BC/index.html");
        org.jsoup.nodes.Document index = Jsoup.parse(site.resolve("learn/testing/index.html").toFile());
        assertThat(index.select("ul.articles a").eachAttr("href"))
                .contains("questions/a%26b%3Cc%3E%22d%27e/index.html", "questions/emoji-%F0%9F%98%80/index.html");
    }

    private static String yamlQuoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
