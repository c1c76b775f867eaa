package io.github.quicktakes.articles.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve}: pages served from memory, changes picked up and announced, nothing outside the site served. */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PreviewServerTest {
    @TempDir
    Path tmp;
    Path in;
    PreviewServer server;

    /** A response: status, content type and body. */
    record Response(int statusCode, String type, String body) {}

    @BeforeEach
    void start() throws IOException {
        in = tmp.resolve("in");
        IncrementalRenderTest.write(in, 1, "alpha", "Alpha", "beta");
        IncrementalRenderTest.write(in, 2, "beta", "Beta");
        Files.writeString(tmp.resolve("secret.txt"), "a secret outside the site");
        server = PreviewServer.start(in, InetAddress.getByName("127.0.0.1"), 0, "https://example.com", "https://katex.example", 100);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Response get(String rawPath) throws Exception {
        HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + server.port() + rawPath).toURL().openConnection();
        c.setConnectTimeout(30_000);
        c.setReadTimeout(30_000);
        try {
            int status = c.getResponseCode();
            var body = status < 400 ? c.getInputStream() : c.getErrorStream();
            return new Response(status, c.getContentType(), new String(body.readAllBytes(), StandardCharsets.UTF_8));
        } finally {
            c.disconnect();
        }
    }

    /** A request sent as written, for paths an HTTP client would tidy up first. */
    private String rawGet(String target) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(30_000);
            OutputStream o = s.getOutputStream();
            o.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            o.flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void listensOnTheLoopbackAddressOnlyUnlessToldOtherwise() {
        assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
        assertThat(server.port()).isPositive();
        String help = ValidateCommandTest.run("serve", "--help").out().replaceAll("\\s+", " ");
        assertThat(help).contains("--host=<host> The address to listen on (default: 127.0.0.1, this machine only)");
    }

    @Test
    void servesThePagesRenderWrites() throws Exception {
        Response page = get("/learn/physics/questions/alpha/index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.type()).isEqualTo("text/html; charset=utf-8");
        assertThat(page.body()).contains("<h1>Alpha</h1>").contains("href=\"../../../../learn/physics/questions/beta/index.html\"")
                .contains("<script src=\"" + PreviewServer.RELOAD_SCRIPT + "\"></script>\n</body>");
        assertThat(get("/learn/physics/questions/alpha/").body()).isEqualTo(page.body());
        assertThat(get("/").body()).contains("learn/physics/index.html");
        assertThat(get("/learn/physics/index.html").body()).contains("questions/alpha/index.html", "questions/beta/index.html");
        assertThat(get("/assets/style.css").statusCode()).isEqualTo(200);
        assertThat(get("/sitemap.xml").body()).contains("https://example.com/learn/physics/questions/beta");
        assertThat(get("/learn/physics/questions/none/index.html").statusCode()).isEqualTo(404);
    }

    @Test
    void servesTheLaterPagesOfASubjectIndexAtTheirRenderPaths() throws Exception {
        server.close();
        server = PreviewServer.start(in, InetAddress.getByName("127.0.0.1"), 0, "https://example.com", "https://katex.example", 1);
        // Two articles, one a page: alpha (1 January) is on the second.
        Response second = get("/learn/physics/page/2/index.html");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("Page 2 of 2", "<a rel=\"prev\" href=\"../../index.html\">",
                "href=\"../../questions/alpha/index.html\"").doesNotContain("questions/beta/");
        assertThat(get("/learn/physics/page/2/").body()).isEqualTo(second.body());
        assertThat(get("/learn/physics/index.html").body()).contains("<a rel=\"next\" href=\"page/2/index.html\">",
                "questions/beta/index.html");
        for (String absent : new String[] {"/learn/physics/page/3/index.html", "/learn/physics/page/1/index.html",
            "/learn/physics/page/02/index.html", "/learn/physics/page/x/index.html", "/learn/none/page/2/index.html"}) {
            assertThat(get(absent).statusCode()).as(absent).isEqualTo(404);
        }
    }

    @Test
    void aSavedChangeIsServedAndAnnounced() throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Thread listener = new Thread(() -> {
            try (Socket s = new Socket("127.0.0.1", server.port())) {
                s.getOutputStream().write(("GET " + PreviewServer.EVENTS + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                BufferedReader r = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    events.add(line);
                }
            } catch (IOException e) {
                // closed at the end of the test
            }
        });
        listener.setDaemon(true);
        listener.start();
        // The listener is connected once its first comment line came.
        String line;
        do {
            line = events.poll(30, TimeUnit.SECONDS);
        } while (line != null && !line.startsWith(": quicktakes"));
        assertThat(line).isNotNull();

        IncrementalRenderTest.write(in, 2, "beta", "Beta, revised");
        String event;
        do {
            event = events.poll(30, TimeUnit.SECONDS);
        } while (event != null && !event.equals("event: change"));
        assertThat(event).isEqualTo("event: change");
        assertThat(get("/learn/physics/questions/beta/index.html").body()).contains("<h1>Beta, revised</h1>");
        assertThat(get(PreviewServer.VERSION).body().trim()).isNotEqualTo("0");
    }

    @Test
    void aDeletedArticleIsGoneAndItsLinksBreak() throws Exception {
        long before = server.version();
        Files.delete(in.resolve("physics/beta.md"));
        while (server.version() == before) {
            Thread.sleep(10); // the test's timeout guards this wait
        }
        assertThat(get("/learn/physics/questions/beta/index.html").statusCode()).isEqualTo(404);
        assertThat(get("/learn/physics/questions/alpha/index.html").body()).contains("<span class=\"broken\">Link beta</span>");
    }

    @Test
    void nothingOutsideTheSiteIsServed() throws Exception {
        for (String target : new String[] {"/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/etc/passwd",
            "/learn/%2e%2e/%2e%2e/secret.txt", "/learn/../../secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt",
            "//etc/passwd", "/etc/passwd", "/physics/alpha.md", "/in/physics/alpha.md", "/learn/physics/questions/alpha/..%5c..%5calpha.md",
            "http://127.0.0.1/../secret.txt", "/%00"}) {
            String response = rawGet(target);
            assertThat(response).as(target).matches("(?s)HTTP/1\\.1 (400|404) .*")
                    .doesNotContain("a secret outside the site").doesNotContain("root:").doesNotContain("file_name:");
        }
    }

    @Test
    void refusesDotSegmentsBackslashesAndNul() {
        assertThat(PreviewServer.refused("/../x")).isTrue();
        assertThat(PreviewServer.refused("/a/%2E%2E/x")).isTrue();
        assertThat(PreviewServer.refused("/a\\b")).isTrue();
        assertThat(PreviewServer.refused("/a\0b")).isTrue();
        assertThat(PreviewServer.refused("//a")).isTrue();
        assertThat(PreviewServer.refused("/learn/physics/questions/alpha/index.html")).isFalse();
    }
}
