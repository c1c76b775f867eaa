package io.github.quicktakes.articles.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without {@code --base-url}, render invents no site address: no canonical links, no sitemap. */
class RenderDefaultsTest {

    @Test
    void withoutABaseUrlNoPageNamesADomainAndNoSitemapIsWritten(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        ValidateCommandTest.Run r = ValidateCommandTest.run("render", CommandsTest.SAMPLE.toString(), "--out", site.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("no sitemap.xml and no canonical links: they need the site's address (--base-url URL)");
        assertThat(site.resolve("sitemap.xml")).doesNotExist();
        try (Stream<Path> pages = Files.walk(site)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                assertThat(Files.readString(page)).as(page.toString())
                        .doesNotContain("rel=\"canonical\"").doesNotContain("og:url").doesNotContain("example.com");
            }
        }
        ValidateCommandTest.Run withBase = ValidateCommandTest.run("render", "--quiet", CommandsTest.SAMPLE.toString(),
                "--out", site.toString(), "--base-url", "https://learn.example.org");
        assertThat(withBase.exit()).isZero();
        assertThat(Files.readString(site.resolve("sitemap.xml"))).contains("<loc>https://learn.example.org/learn/");
        assertThat(Files.readString(site.resolve("learn/physics/questions/why-is-the-sky-blue/index.html")))
                .contains("<link rel=\"canonical\" href=\"https://learn.example.org/learn/physics/questions/why-is-the-sky-blue\">");
    }

    @Test
    void aLocalKatexIsCopiedIntoTheSiteAndUnloadableUrlsAreRefused(@TempDir Path dir) throws IOException {
        Path katex = dir.resolve("katex");
        Files.createDirectories(katex.resolve("contrib"));
        Files.createDirectories(katex.resolve("fonts"));
        for (String f : new String[] {"katex.min.css", "katex.min.js", "contrib/auto-render.min.js", "fonts/a.woff2"}) {
            Files.writeString(katex.resolve(f), "/* " + f + " */");
        }
        Path site = dir.resolve("site");
        ValidateCommandTest.Run r = ValidateCommandTest.run("render", "--quiet", CommandsTest.SAMPLE.toString(), "--out",
                site.toString(), "--katex-dir", katex.toString());
        assertThat(r.exit()).isZero();
        assertThat(site.resolve("assets/katex/fonts/a.woff2")).hasContent("/* fonts/a.woff2 */");
        String page = Files.readString(site.resolve("learn/physics/questions/why-is-the-sky-blue/index.html"));
        assertThat(page).contains("<script defer src=\"../../../../assets/katex/katex.min.js\">")
                .doesNotContain("cdn.jsdelivr.net");

        Files.delete(katex.resolve("contrib/auto-render.min.js"));
        ValidateCommandTest.Run incomplete = ValidateCommandTest.run("render", "--quiet", CommandsTest.SAMPLE.toString(),
                "--out", dir.resolve("other").toString(), "--katex-dir", katex.toString());
        assertThat(incomplete.exit()).isEqualTo(QuickTakes.USAGE);
        assertThat(incomplete.err()).contains("holds no contrib/auto-render.min.js");

        for (String url : new String[] {"file:///opt/katex", "javascript:alert(1)", "data:text/javascript,x"}) {
            ValidateCommandTest.Run refused = ValidateCommandTest.run("render", "--quiet", CommandsTest.SAMPLE.toString(),
                    "--out", dir.resolve("refused").toString(), "--katex-url", url);
            assertThat(refused.exit()).as(url).isEqualTo(QuickTakes.USAGE);
            assertThat(refused.err()).contains("is not an address a page may load scripts from");
        }
        assertThat(dir.resolve("refused")).doesNotExist();
        ValidateCommandTest.Run serve = ValidateCommandTest.run("serve", CommandsTest.SAMPLE.toString(), "--port", "0",
                "--katex-url", "file:///opt/katex");
        assertThat(serve.exit()).isEqualTo(QuickTakes.USAGE);
        assertThat(serve.err()).contains("is not an address a page may load scripts from");
    }
}
