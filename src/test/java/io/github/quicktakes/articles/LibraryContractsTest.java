package io.github.quicktakes.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Promises of the public API at its edges: host-safe links, strict JSON, anchors, broken plug-ins. */
class LibraryContractsTest {
    private static final Article BASE = ArticleParser.parse(Fixtures.MINIMAL);

    // ------------------------------------------------------------ base URL joined with a url

    @ParameterizedTest
    @ValueSource(strings = {"@evil.com/x", ".evil.com/x", "//evil.com/x", "/\\evil.com/x", "\\\\evil.com",
            ":@evil.com", " @evil.com", "\t//evil.com", "/@evil.com", "?x=1@evil.com", "#@evil.com", "evil.com"})
    void noUrlChangesTheHostOfItsPage(String url) throws Exception {
        Article a = BASE.toBuilder().url(url)
                .relatedArticle(new RelatedArticle(1, 7, "Other", "Testing", url)).build();
        for (String base : List.of("https://example.org", "https://example.org/site", "")) {
            String html = HtmlArticleWriter.builder().baseUrl(base).build().write(a);
            Document doc = Jsoup.parse(html);
            List<String> hrefs = new ArrayList<>();
            hrefs.add(doc.selectFirst("nav.related a").attr("href"));
            String jsonLd = doc.selectFirst("script[type=application/ld+json]").data();
            if (base.isEmpty()) {
                // no site address given: no absolute address is made up
                assertThat(doc.select("link[rel=canonical], meta[property=og:url]")).isEmpty();
                assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(jsonLd).has("url")).isFalse();
            } else {
                hrefs.add(doc.selectFirst("link[rel=canonical]").attr("href"));
                hrefs.add(doc.selectFirst("meta[property=og:url]").attr("content"));
                hrefs.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(jsonLd).path("url").asText());
            }
            for (String href : hrefs) {
                // a browser resolves the link against the page: the host must stay the site's
                URI page = URI.create("https://example.org/learn/testing/questions/a");
                URI resolved = page.resolve(URI.create(href));
                assertThat(resolved.getHost()).as("%s with base '%s' gives %s", url, base, href).isEqualTo("example.org");
                assertThat(resolved.getRawQuery()).as(href).isNull();
                assertThat(resolved.getRawFragment()).as(href).isNull();
            }
        }
    }

    @Test
    void ordinaryUrlsAreJoinedUnchanged() {
        String html = HtmlArticleWriter.builder().baseUrl("https://example.org/").build().write(BASE);
        assertThat(Jsoup.parse(html).selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/learn/testing/questions/a-small-question");
        Article accented = BASE.toBuilder().url("/learn/testing/questions/caf\u00e9 au lait").build();
        assertThat(Jsoup.parse(HtmlArticleWriter.builder().baseUrl("https://example.org").build().write(accented))
                .selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/learn/testing/questions/caf%C3%A9%20au%20lait");
    }

    // ------------------------------------------------------------ JSON that is one article

    @ParameterizedTest
    @ValueSource(strings = {"{}", "[]", "1", "{\"$body\": \"x\"}", "{\"id\": 1, \"id\": 2}",
            "{\"title\": \"a\"} {\"title\": \"b\"}", "{\"title\": \"a\"} x", "{\"$source\": 5}",
            "{\"title\": \"a\", \"$body\": 5}"})
    void jsonThatIsNotOneArticleObjectIsRefused(String json) {
        assertThatThrownBy(() -> ArticleJson.builder().build().parse(json)).isInstanceOf(ArticleException.class);
    }

    @Test
    void aStrictJsonReaderRefusesAnArticleMissingRequiredKeys() {
        ArticleJson strict = ArticleJson.builder().parser(ArticleParser.builder().build()).build();
        assertThatThrownBy(() -> strict.parse("{\"title\": \"a\"}")).isInstanceOf(ArticleException.class)
                .hasMessageContaining("id");
        ArticleJson lenient = ArticleJson.builder().build();
        assertThat(lenient.parse(lenient.write(BASE)).text()).isEqualTo(Fixtures.MINIMAL);
        ArticleJson withoutSource = ArticleJson.builder().includeSource(false).build();
        assertThat(withoutSource.parse(withoutSource.write(BASE)).frontMatter()).isEqualTo(BASE.frontMatter());
    }

    /**
     * Thousands of keys beside a large answer, with and without {@code $source}: read in one pass
     * each (key by key, every edit parsed the whole text again). A hang guard only; the values are
     * checked.
     */
    @Test
    void aJsonObjectOfManyKeysAndALargeAnswerIsReadInOnePass() throws Exception {
        Article big = BASE.toBuilder().answer("x".repeat(1 << 19)).build();
        for (boolean withSource : List.of(true, false)) {
            ArticleJson json = ArticleJson.builder().includeSource(withSource).build();
            com.fasterxml.jackson.databind.node.ObjectNode node =
                    (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.write(big));
            for (int i = 0; i < 1_900; i++) {
                node.put("extra_" + i, "value " + i);
            }
            String text = node.toString();
            Article read = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                    () -> json.parse(text));
            assertThat(read.frontMatter()).containsEntry("extra_1899", "value 1899").containsEntry("title", "A small question");
            assertThat(read.answer()).hasSize(1 << 19);
        }
    }

    // ------------------------------------------------------------ anchors

    private static final String ANCHORED = Fixtures.MINIMAL
            .replace("seo:\n", "seo: &seo\n")
            .replace("author: QuickTakes", "author: QuickTakes\nseo_copy: *seo\nauthor_copy: &who Someone\nalso: *who");

    @Test
    void editingAKeyWhoseAnchorIsUsedElsewhereNamesTheKey() {
        Article a = ArticleParser.builder().lenient().build().parseText(ANCHORED);
        assertThat(a.frontMatter().get("seo_copy")).isEqualTo(a.frontMatter().get("seo"));
        java.util.Map<String, Object> seo = new java.util.LinkedHashMap<>();
        seo.put("title", "T");
        seo.put("page_description", "D");
        seo.put("page_keywords", "K");
        assertThatThrownBy(() -> a.with("seo", seo))
                .isInstanceOf(ArticleException.class).hasMessageContaining("'seo'").hasMessageContaining("&seo");
        assertThatThrownBy(() -> a.without("author_copy"))
                .isInstanceOf(ArticleException.class).hasMessageContaining("'author_copy'").hasMessageContaining("*who");
        // the keys holding the aliases, and keys without anchors, are edited as usual
        Article edited = a.with("seo_copy", "plain").with("title", "Other").without("also");
        assertThat(edited.frontMatter()).containsEntry("seo_copy", "plain").containsEntry("title", "Other")
                .doesNotContainKey("also");
        assertThat(ArticleParser.builder().lenient().build().parseText(edited.text()).frontMatter())
                .isEqualTo(edited.frontMatter());
    }

    // ------------------------------------------------------------ files that are not files

    @Test
    void parsingAFifoOrADeviceIsRefusedBeforeAnythingIsRead(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("a.md");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo works here");
        for (Path special : List.of(fifo, Path.of("/dev/zero"), dir)) {
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () ->
                    assertThatThrownBy(() -> ArticleParser.parse(special)).isInstanceOf(java.nio.file.FileSystemException.class)
                            .hasMessageContaining(special.toString()).hasMessageContaining("not a regular file"));
        }
    }

    // ------------------------------------------------------------ a broken writer plug-in

    /** Registered beside a good writer; its constructor fails as a plug-in with a bad setup would. */
    public static final class ThrowingWriter implements ArticleWriter {
        public ThrowingWriter() {
            throw new IllegalStateException("this writer is broken");
        }

        @Override
        public String format() {
            return "broken";
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public String fileExtension() {
            return "txt";
        }

        @Override
        public void write(Article article, Appendable out) {
            // never reached: the constructor fails
        }
    }

    @Test
    void oneBrokenWriterProviderIsSkippedWithAWarningThatNamesIt(@TempDir Path dir) throws IOException {
        Path services = dir.resolve("META-INF/services/" + ArticleWriter.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, "no.such.Writer\n" + ThrowingWriter.class.getName() + "\n"
                + "io.github.quicktakes.articles.example.PlainTextArticleWriter\n");
        List<String> warnings = new ArrayList<>();
        Logger log = Logger.getLogger("io.github.quicktakes.articles.internal.writer.WriterRegistry");
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                warnings.add(r.getMessage());
            }

            @Override
            public void flush() { }

            @Override
            public void close() { }
        };
        log.addHandler(handler);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader()) {
            // only the services file of the temporary folder: the test class path has its own
            @Override
            public java.util.Enumeration<URL> getResources(String name) throws IOException {
                return findResources(name);
            }
        }) {
            Thread.currentThread().setContextClassLoader(loader);
            assertThatCode(() -> ArticleWriter.formats()).doesNotThrowAnyException();
            assertThat(ArticleWriter.formats()).contains("plain-text", "markdown", "json", "html").doesNotContain("broken");
            assertThat(ArticleWriter.forFormat("plain-text").write(BASE)).isNotEmpty();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
            log.removeHandler(handler);
        }
        assertThat(warnings).anyMatch(w -> w.contains("no.such.Writer"))
                .anyMatch(w -> w.contains(ThrowingWriter.class.getSimpleName()));
    }
}
