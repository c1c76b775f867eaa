package io.github.quicktakes.articles.cli;

import static io.github.quicktakes.articles.cli.ValidateCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.quicktakes.articles.ArticleJson;
import io.github.quicktakes.articles.ArticleParser;
import io.github.quicktakes.articles.Corpus;
import io.github.quicktakes.articles.Fixtures;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {

    static final Path SAMPLE = Path.of("src", "sample", "learn");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void validateReportsTheSamplesDeliberateLinkProblems() throws IOException {
        ValidateCommandTest.Run r = run("validate", "--quiet", SAMPLE.toString());
        assertThat(r.exit()).isEqualTo(QuickTakes.PROBLEMS);
        assertThat(r.out().lines()).containsExactly(
                "economics/what-is-compound-interest.md: DRIFTED_LINK: related_article1 copy differs from its target: "
                        + "title 'What is inflation and how is it measured?' (target 'What is inflation?')",
                "mathematics/what-is-an-eigenvalue.md: BROKEN_LINK: related_article2 points to no article "
                        + "(id 900099, url /learn/mathematics/questions/what-is-a-vector-space)",
                "mathematics/what-is-the-chain-rule.md: DUPLICATE_LINK: related_article2 points to the same article as "
                        + "related_article1 (/learn/mathematics/questions/what-is-a-derivative)");
        JsonNode json = JSON.readTree(run("validate", "--format", "json", SAMPLE.toString()).out());
        assertThat(json.get("articles").asInt()).isEqualTo(32);
        assertThat(json.get("counts").get("BROKEN_LINK").asInt()).isEqualTo(1);
        assertThat(run("validate", "--format", "xml", SAMPLE.toString()).exit()).isEqualTo(QuickTakes.USAGE);
    }

    @Test
    void convertOneFileToStandardOutputAndAFolderToAMirroredTree(@TempDir Path out) throws IOException {
        Path file = SAMPLE.resolve("physics/why-is-the-sky-blue.md");
        ValidateCommandTest.Run md = run("convert", file.toString(), "--to", "markdown");
        assertThat(md.exit()).isZero();
        assertThat(md.out()).isEqualTo(Files.readString(file));
        ValidateCommandTest.Run readable = run("convert", file.toString(), "--to", "markdown-readable");
        assertThat(readable.out()).startsWith("# Why is the sky blue?\n");

        ValidateCommandTest.Run html = run("convert", SAMPLE.toString(), "--to", "html", "--out", out.toString());
        assertThat(html.exit()).isZero();
        assertThat(html.out()).contains("32 articles written");
        assertThat(out.resolve("physics/why-is-the-sky-blue.html")).exists();
        assertThat(Jsoup.parse(out.resolve("physics/why-is-the-sky-blue.html").toFile()).select("h1").text())
                .isEqualTo("Why is the sky blue?");

        ValidateCommandTest.Run json = run("convert", SAMPLE.toString(), "--to", "json", "--out", out.resolve("json").toString());
        assertThat(json.exit()).isZero();
        assertThat(ArticleJson.builder().build().parse(Files.readString(out.resolve("json/physics/why-is-the-sky-blue.json"))))
                .isEqualTo(ArticleParser.parse(file));

        ValidateCommandTest.Run jsonl = run("convert", SAMPLE.toString(), "--to", "jsonl");
        assertThat(jsonl.out().lines()).hasSize(32);
        assertThat(run("convert", SAMPLE.toString(), "--to", "jsonl", "--out", out.resolve("all.jsonl").toString()).exit()).isZero();
        assertThat(Files.readAllLines(out.resolve("all.jsonl"))).hasSize(32);

        ValidateCommandTest.Run plain = run("convert", file.toString(), "--to", "plain-text");
        assertThat(plain.out()).as("a writer found on the class path").startsWith("Why is the sky blue?\n====");

        ValidateCommandTest.Run unknown = run("convert", file.toString(), "--to", "docx");
        assertThat(unknown.exit()).as("an unknown format is a usage error").isEqualTo(QuickTakes.USAGE);
        assertThat(unknown.err()).startsWith("quicktakes: unknown format 'docx'; --to takes ").doesNotContain("\tat ");
        assertThat(run("convert", SAMPLE.toString(), "--to", "html").exit()).as("a folder needs --out").isEqualTo(QuickTakes.USAGE);
        assertThat(run("convert", file.toString()).exit()).as("--to is required").isEqualTo(QuickTakes.USAGE);
    }

    @Test
    void renderWritesABrowsableSiteWhoseLinksAllResolve(@TempDir Path site) throws IOException {
        ValidateCommandTest.Run r = run("render", SAMPLE.toString(), "--out", site.toString(), "--base-url", "https://qt.example");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("32 article pages written");
        assertThat(checkInternalLinks(site)).isGreaterThan(32);

        Document home = Jsoup.parse(site.resolve("index.html").toFile());
        assertThat(home.select("ul.subjects li")).extracting(Element::text)
                .containsExactly("Computer Science (8)", "Economics (8)", "Mathematics (8)", "Physics (8)");
        Document physics = Jsoup.parse(site.resolve("learn/physics/index.html").toFile());
        assertThat(physics.select("p.count").text()).isEqualTo("8 articles");
        assertThat(physics.select("ul.articles li").first().text()).isEqualTo("What is Heisenberg's uncertainty principle? Apr 22, 2025");

        Document eigen = Jsoup.parse(site.resolve("learn/mathematics/questions/what-is-an-eigenvalue/index.html").toFile());
        assertThat(eigen.select("nav.related a")).extracting(Element::text).containsExactly("What does the determinant of a matrix tell us?");
        assertThat(eigen.select("nav.related span.broken").text()).as("a broken link is text, not a dead link").isEqualTo("What is a vector space?");

        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertThat(sitemap).contains("<loc>https://qt.example/learn/physics/questions/why-is-the-sky-blue</loc>")
                .doesNotContain("what-is-entropy");
        assertThat(sitemap.split("<url>")).hasSize(32);
        assertThat(site.resolve("assets/style.css")).exists();
    }

    /** Every relative link and stylesheet of every page points at a file of the site; returns how many were checked. */
    static int checkInternalLinks(Path site) throws IOException {
        List<String> dead = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(page.toFile());
                for (Element e : doc.select("a[href], link[rel=stylesheet][href]")) {
                    String href = e.attr("href");
                    if (href.startsWith("http://") || href.startsWith("https://") || href.startsWith("mailto:") || href.startsWith("#")) {
                        continue;
                    }
                    checked++;
                    // The href must be a valid URI reference (percent-encoded); its decoded path names the file.
                    Path target = page.getParent().resolve(URI.create(href).getPath()).normalize();
                    if (!target.startsWith(site) || !Files.isRegularFile(target)) {
                        dead.add(site.relativize(page) + " -> " + href);
                    }
                }
            }
        }
        assertThat(dead).as("dead internal links").isEmpty();
        return checked;
    }

    @Test
    void renderingTheCorpusGivesASiteWithoutDeadInternalLinks(@TempDir Path site) throws IOException {
        Corpus.assumePresent();
        ValidateCommandTest.Run r = run("render", "--quiet", Corpus.ROOT.toString(), "--out", site.toString());
        assertThat(r.exit()).isZero();
        int checked = checkInternalLinks(site);
        System.out.printf("render: %d corpus pages, %d internal links checked, none dead%n", Corpus.files().size(), checked);
    }

    @Test
    void statsCountSubjectsMonthsLengthsAndLinks() throws IOException {
        ValidateCommandTest.Run text = run("stats", SAMPLE.toString());
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("32 articles (0 files could not be read)").contains("       8  Physics").contains("median");
        JsonNode json = JSON.readTree(run("stats", "--format", "json", SAMPLE.toString()).out());
        assertThat(json.get("subjects").get("Economics").asInt()).isEqualTo(8);
        assertThat(json.get("months").get("2024-01").asInt()).isEqualTo(3);
        assertThat(json.get("links").get("BROKEN_LINK").asInt()).isEqualTo(1);
        assertThat(json.get("answerLength").get("min").asInt()).isPositive();
    }

    @Test
    void fixLinksShowsAndFixesDrift(@TempDir Path copy) throws IOException {
        try (Stream<Path> files = Files.walk(SAMPLE)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path target = copy.resolve(SAMPLE.relativize(p));
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
        Path drifted = copy.resolve("economics/what-is-compound-interest.md");
        String before = Files.readString(drifted);
        ValidateCommandTest.Run dry = run("fix-links", copy.toString(), "--dry-run");
        assertThat(dry.out()).endsWith("1 link in 1 file would be fixed (dry run: nothing written)\n");
        assertThat(drifted).hasContent(before);
        ValidateCommandTest.Run fix = run("fix-links", copy.toString());
        assertThat(fix.out()).endsWith("1 link in 1 file fixed\n");
        assertThat(Files.readString(drifted)).isEqualTo(before.replace("What is inflation and how is it measured?", "What is inflation?"));
        assertThat(run("validate", "--quiet", copy.toString()).out()).doesNotContain("DRIFTED_LINK");
    }

    @Test
    void errorsAreOneLineWithoutStackTraceUnlessVerbose(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.md");
        Files.writeString(bad, Fixtures.MINIMAL.replace("id: 42", "id: [1"));
        ValidateCommandTest.Run quiet = run("convert", bad.toString(), "--to", "html");
        assertThat(quiet.exit()).isEqualTo(QuickTakes.PROBLEMS);
        assertThat(quiet.err().lines()).hasSize(1).first().asString().startsWith("quicktakes: " + bad + ":4:5: invalid YAML");
        ValidateCommandTest.Run verbose = run("convert", "--verbose", bad.toString(), "--to", "html");
        assertThat(verbose.err()).contains("\tat ");
        assertThat(run("--version").out()).startsWith("quicktakes ");
        assertThat(run("--help").out()).contains("validate", "convert", "render", "stats", "fix-links");
    }
}
