package io.github.quicktakes.articles.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render --page-size}: a subject's index in pages, the first where the index always was,
 * each with links to its neighbours, where it is and the subject's total; every link of every page
 * leads to a file of the site.
 */
class SubjectIndexPagesTest {
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    @TempDir
    Path tmp;
    Path in;
    Path site;

    @BeforeEach
    void fourArticles() throws IOException {
        in = tmp.resolve("in");
        site = tmp.resolve("site");
        // Dates 1 to 4 January: the index lists delta, gamma, beta, alpha (newest first).
        IncrementalRenderTest.write(in, 1, "alpha", "Alpha");
        IncrementalRenderTest.write(in, 2, "beta", "Beta");
        IncrementalRenderTest.write(in, 3, "gamma", "Gamma");
        IncrementalRenderTest.write(in, 4, "delta", "Delta");
    }

    private ValidateCommandTest.Run render(String pageSize) {
        return ValidateCommandTest.run("render", "--quiet", in.toString(), "--out", site.toString(), "--page-size", pageSize);
    }

    private String read(String path) throws IOException {
        return Files.readString(site.resolve(path));
    }

    /** The site's index pages of the subject, by path. */
    private List<String> indexFiles() throws IOException {
        try (Stream<Path> files = Files.walk(site.resolve("learn/physics"))) {
            return files.map(f -> site.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith("index.html") && !p.contains("/questions/")).sorted().toList();
        }
    }

    /** Every relative link of a page, resolved against the page's own path in the site. */
    private List<String> links(String page) throws IOException {
        List<String> out = new ArrayList<>();
        Matcher m = HREF.matcher(read(page));
        URI base = URI.create("file:///" + page);
        while (m.find()) {
            out.add(base.resolve(m.group(1)).getPath().substring(1));
        }
        return out;
    }

    @Test
    void aSubjectExactlyThePageSizeKeepsOneIndexWithoutPageLinks() throws IOException {
        assertThat(render("4").exit()).isZero();
        assertThat(indexFiles()).containsExactly("learn/physics/index.html");
        String index = read("learn/physics/index.html");
        assertThat(index).contains("<p class=\"count\">4 articles</p>").doesNotContain("rel=\"next\"", "rel=\"prev\"", "Page 1");
        assertThat(index.split("<li>")).hasSize(5);
    }

    @Test
    void pageSizeOneGivesAPagePerArticleLinkedInOrder() throws IOException {
        assertThat(render("1").exit()).isZero();
        assertThat(indexFiles()).containsExactly("learn/physics/index.html", "learn/physics/page/2/index.html",
                "learn/physics/page/3/index.html", "learn/physics/page/4/index.html");
        String[] newestFirst = {"delta", "gamma", "beta", "alpha"};
        for (int k = 1; k <= 4; k++) {
            String path = SiteIndexes.subjectIndexPath("physics", k);
            String page = read(path);
            assertThat(page).as(path).contains("<p class=\"count\">4 articles</p>", "Page " + k + " of 4");
            assertThat(page.split("<li>")).as(path).hasSize(2);
            List<String> links = links(path);
            assertThat(links).as(path).contains("learn/physics/questions/" + newestFirst[k - 1] + "/index.html",
                    "assets/style.css", "index.html");
            for (String link : links) {
                assertThat(site.resolve(link)).as(path + " links to " + link).isRegularFile();
            }
            assertThat(page.contains("rel=\"prev\"")).as(path).isEqualTo(k > 1);
            assertThat(page.contains("rel=\"next\"")).as(path).isEqualTo(k < 4);
        }
        assertThat(read("learn/physics/index.html")).contains("<a rel=\"next\" href=\"page/2/index.html\">");
        assertThat(read("learn/physics/page/2/index.html")).contains("<a rel=\"prev\" href=\"../../index.html\">",
                "<a rel=\"next\" href=\"../3/index.html\">");
        assertThat(read("learn/physics/page/4/index.html")).contains("<a rel=\"prev\" href=\"../3/index.html\">")
                .contains("<title>Physics (page 4 of 4)</title>");
        // The home page counts the subject's articles, not its index pages.
        assertThat(read("index.html")).contains("<span class=\"count\">(4)</span>");
    }

    @Test
    void aLastPagePartlyFullHoldsTheRest() throws IOException {
        assertThat(render("3").exit()).isZero();
        assertThat(indexFiles()).containsExactly("learn/physics/index.html", "learn/physics/page/2/index.html");
        assertThat(read("learn/physics/index.html").split("<li>")).hasSize(4);
        String last = read("learn/physics/page/2/index.html");
        assertThat(last.split("<li>")).hasSize(2);
        assertThat(last).contains("questions/alpha/index.html", "Page 2 of 2").doesNotContain("rel=\"next\"");
    }

    @Test
    void aPageSizeBelowOneIsAUsageError() {
        for (String command : new String[] {"render", "serve"}) {
            ValidateCommandTest.Run run = command.equals("render") ? render("0")
                    : ValidateCommandTest.run("serve", "--port", "0", "--page-size", "0", in.toString());
            assertThat(run.exit()).as(command).isEqualTo(QuickTakes.USAGE);
            assertThat(run.err()).as(command).contains("--page-size must be at least 1: 0");
        }
        assertThat(site).doesNotExist();
        assertThat(render("-3").exit()).isEqualTo(QuickTakes.USAGE);
        assertThat(render("many").exit()).isEqualTo(QuickTakes.USAGE);
    }
}
