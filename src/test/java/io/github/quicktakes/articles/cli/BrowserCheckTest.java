package io.github.quicktakes.articles.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Opens rendered pages in headless Chromium and checks what a reader sees: formulas typeset by
 * KaTeX, the table, the subject index and the home page, and no console error. Screenshots go to
 * {@code target/browser/}. Runs in the {@code browser} profile, prepared by
 * {@code src/test/browser/browser-check.sh}.
 */
@Tag("browser")
class BrowserCheckTest {

    static final Path DIR = Path.of("target", "browser");
    static final Path SITE = DIR.resolve("site");

    @BeforeAll
    static void renderTheSampleSite() {
        assumeTrue(Files.isRegularFile(DIR.resolve("katex/katex.min.js")),
                "KaTeX not found in target/browser/katex: run src/test/browser/browser-check.sh");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium")), "chromium is not installed: browser check skipped");
        // Article pages are four folders below the site, which is one below target/browser.
        // The local-KaTeX option: the site carries its own copy and works offline.
        assertThat(ValidateCommandTest.run("render", "--quiet", CommandsTest.SAMPLE.toString(), "--out", SITE.toString(),
                "--clean", "--katex-dir", DIR.resolve("katex").toString()).exit()).isZero();
        assertThat(SITE.resolve("assets/katex/katex.min.js")).exists();
    }

    record Page(Document dom, String console) {}

    /** Loads a page, runs its scripts, and returns the DOM and Chromium's log. */
    static Page open(String sitePath, String screenshot) throws IOException, InterruptedException {
        return openUrl(SITE.resolve(sitePath).toAbsolutePath().toUri().toString(), "--virtual-time-budget=10000", screenshot);
    }

    /**
     * Loads a page by its address (a file or a server's), as {@link #open} does.
     *
     * @param wait how Chromium decides the page is done: {@code --virtual-time-budget=...} for files;
     *     {@code --timeout=...} for a page of the preview server, whose open event stream would hold
     *     virtual time still forever
     */
    static Page openUrl(String url, String wait, String screenshot) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> common = List.of("/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", wait);
        List<String> dump = new ArrayList<>(common);
        dump.addAll(List.of("--dump-dom", url));
        Path domFile = DIR.resolve(screenshot + ".dom.html");
        run(new ProcessBuilder(dump).redirectError(DIR.resolve(screenshot + ".log").toFile()).redirectOutput(domFile.toFile()));
        List<String> shot = new ArrayList<>(common);
        shot.addAll(List.of("--hide-scrollbars", "--window-size=1100,1500",
                "--screenshot=" + DIR.resolve(screenshot + ".png").toAbsolutePath(), url));
        run(new ProcessBuilder(shot).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD));
        assertThat(DIR.resolve(screenshot + ".png")).exists();
        return new Page(Jsoup.parse(Files.readString(domFile)), Files.readString(DIR.resolve(screenshot + ".log")));
    }

    /** Runs Chromium with a hang guard: a run that has not ended in 90 s is killed and fails the test. */
    private static void run(ProcessBuilder chromium) throws IOException, InterruptedException {
        Process p = chromium.start();
        boolean ended = p.waitFor(90, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        assertThat(ended).as("chromium ended (hang guard)").isTrue();
    }

    static void assertNoConsoleError(Page page) {
        for (String line : page.console().lines().toList()) {
            if (line.contains("CONSOLE")) {
                assertThat(line).doesNotContain("Uncaught").doesNotContain("Error").doesNotContain("Failed");
            }
            assertThat(line).doesNotContain("ERR_FILE_NOT_FOUND");
        }
    }

    @Test
    void articleWithMathAndATableIsTypesetByKatex() throws Exception {
        Page page = open("learn/mathematics/questions/what-is-a-derivative/index.html", "article-math-table");
        assertNoConsoleError(page);
        int formulas = Jsoup.parse(SITE.resolve("learn/mathematics/questions/what-is-a-derivative/index.html").toFile())
                .select(".math").size();
        assertThat(formulas).isGreaterThan(5);
        assertThat(page.dom().select(".math .katex")).as("every formula typeset").hasSize(formulas);
        assertThat(page.dom().select(".katex-display")).isNotEmpty();
        assertThat(page.dom().select(".katex-error")).isEmpty();
        assertThat(page.dom().select(".answer table td")).hasSize(6);
        assertThat(page.dom().select(".answer table .katex")).hasSize(3);
        assertThat(page.dom().select("h1").text()).isEqualTo("What is a derivative?");
    }

    /**
     * Display formulas between {@code $$} lines (four on the page), one holding a line of {@code =} and two written in
     * list items, are typeset as one formula each, inside their items.
     */
    @Test
    void displayBlocksAreOneFormulaEachAndStayInTheirListItems() throws Exception {
        Page page = open("learn/mathematics/questions/what-is-a-matrix-determinant/index.html", "article-display-math");
        assertNoConsoleError(page);
        assertThat(page.dom().select(".answer div.math-display")).hasSize(4)
                .allSatisfy(d -> assertThat(d.select(".katex-display")).hasSize(1));
        assertThat(page.dom().select(".katex-error")).isEmpty();
        assertThat(page.dom().select(".answer ol > li")).hasSize(2)
                .allSatisfy(li -> assertThat(li.select("div.math-display .katex-display")).hasSize(1));
        assertThat(page.dom().select(".answer h1, .answer h2")).isEmpty();
        assertThat(page.dom().select(".answer h3")).extracting(e -> e.text())
                .containsExactly("What it tells us", "Two ways to check it");
    }

    @Test
    void subjectIndexAndHomePageShowTheirLists() throws Exception {
        Page index = open("learn/physics/index.html", "subject-index");
        assertNoConsoleError(index);
        assertThat(index.dom().select("ul.articles li")).hasSize(8);
        Page home = open("index.html", "home");
        assertNoConsoleError(home);
        assertThat(home.dom().select("ul.subjects li a")).extracting(e -> e.text())
                .containsExactly("Computer Science", "Economics", "Mathematics", "Physics");
    }
}
