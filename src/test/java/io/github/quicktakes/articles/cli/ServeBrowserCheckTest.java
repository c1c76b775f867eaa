package io.github.quicktakes.articles.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.quicktakes.articles.Fixtures;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code serve} seen in headless Chromium: a page made on request by the preview server is typeset
 * as the rendered site's is, and a saved edit is what the browser gets next. KaTeX is served from
 * the local copy by a second loopback server (the pages cannot reach a CDN here).
 */
@Tag("browser")
class ServeBrowserCheckTest {
    private static final Path DIR = BrowserCheckTest.DIR;
    private static final Path ARTICLE = Path.of("mathematics/what-is-a-derivative.md");
    private static final String PAGE = "/learn/mathematics/questions/what-is-a-derivative/index.html";

    private static Path folder;
    private static HttpServer katex;
    private static PreviewServer server;

    @BeforeAll
    static void serveACopyOfTheSamples() throws IOException {
        assumeTrue(Files.isRegularFile(DIR.resolve("katex/katex.min.js")),
                "KaTeX not found in target/browser/katex: run src/test/browser/browser-check.sh");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium")), "chromium is not installed: browser check skipped");
        folder = DIR.resolve("serve-articles");
        Fixtures.copyTree(CommandsTest.SAMPLE, folder);
        InetAddress loopback = InetAddress.getLoopbackAddress();
        katex = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        katex.createContext("/katex/", ex -> {
            try (ex) {
                Path file = DIR.resolve(ex.getRequestURI().getPath().substring(1)).normalize();
                if (!file.startsWith(DIR.resolve("katex")) || !Files.isRegularFile(file)) {
                    ex.sendResponseHeaders(404, -1);
                    return;
                }
                // The fonts are loaded by the stylesheet from another origin than the page's.
                ex.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
                String name = file.getFileName().toString();
                ex.getResponseHeaders().set("Content-Type", name.endsWith(".css") ? "text/css"
                        : name.endsWith(".js") ? "text/javascript" : "application/octet-stream");
                byte[] bytes = Files.readAllBytes(file);
                ex.sendResponseHeaders(200, bytes.length);
                ex.getResponseBody().write(bytes);
            }
        });
        katex.start();
        String katexUrl = "http://127.0.0.1:" + katex.getAddress().getPort() + "/katex";
        server = PreviewServer.start(folder, loopback, 0, "", katexUrl, SiteIndexes.DEFAULT_PAGE_SIZE);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (katex != null) {
            katex.stop(0);
        }
    }

    @Test
    void aServedPageIsTypesetAndASavedEditIsServedNext() throws Exception {
        String url = "http://127.0.0.1:" + server.port() + PAGE;
        BrowserCheckTest.Page page = BrowserCheckTest.openUrl(url, "--timeout=10000", "serve-article");
        BrowserCheckTest.assertNoConsoleError(page);
        int formulas = Jsoup.parse(get(url)).select(".math").size();
        assertThat(formulas).isGreaterThan(5);
        assertThat(page.dom().select(".math .katex")).as("every formula typeset").hasSize(formulas);
        assertThat(page.dom().select(".katex-error")).isEmpty();
        assertThat(page.dom().select(".answer table td")).hasSize(6);
        assertThat(page.dom().select("script[src$=reload.js]")).as("the page reloads itself on a change").hasSize(1);

        long before = server.version();
        Path file = folder.resolve(ARTICLE);
        Files.writeString(file, Files.readString(file).replace("article_title: >-\n    What is a derivative?",
                "article_title: >-\n    What is a derivative, served?"));
        for (int i = 0; i < 300 && server.version() == before; i++) {
            Thread.sleep(100); // a hang guard of 30 s: the watcher takes milliseconds
        }
        assertThat(server.version()).as("the save was seen").isGreaterThan(before);
        BrowserCheckTest.Page edited = BrowserCheckTest.openUrl(url, "--timeout=10000", "serve-article-edited");
        BrowserCheckTest.assertNoConsoleError(edited);
        assertThat(edited.dom().select("h1").text()).isEqualTo("What is a derivative, served?");
        assertThat(edited.dom().select(".math .katex")).hasSize(formulas);
    }

    private static String get(String url) throws IOException {
        try (java.io.InputStream in = URI.create(url).toURL().openStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
