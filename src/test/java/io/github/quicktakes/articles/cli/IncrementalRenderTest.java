package io.github.quicktakes.articles.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.Fixtures;
import io.github.quicktakes.articles.RelatedArticle;
import io.github.quicktakes.articles.Seo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A render into a folder rendered before rewrites only what changed, and leaves exactly the site a
 * full render into an empty folder writes: after an edit, an addition, a deletion and a rename, and
 * when a related link becomes broken or fixed. Files not rewritten keep their modification time.
 */
class IncrementalRenderTest {
    /** A time long before the test: a file that still has it was not written again. */
    private static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path tmp;
    Path in;
    Path site;
    /** The subject indexes' page size both renders of a comparison use. */
    String pageSize = "100";

    static String url(String slug) {
        return "/learn/physics/questions/" + slug;
    }

    static void write(Path in, long id, String slug, String title, String... relatedSlugs) throws IOException {
        List<RelatedArticle> related = new java.util.ArrayList<>();
        for (int i = 0; i < relatedSlugs.length; i++) {
            related.add(new RelatedArticle(i + 1, 100 + i, "Link " + relatedSlugs[i], "Physics", url(relatedSlugs[i])));
        }
        Article a = Article.builder().id(id).date(LocalDate.of(2024, 1, (int) id)).title(title).articleTitle(title)
                .dateFormat("MMM DD, YYYY").postOnText("Posted on").seo(new Seo("QuickTakes | Physics", "About " + title, "k"))
                .author("QuickTakes").question(title + "?").answer("An answer about **" + title + "**.").subject("Physics")
                .fileName(slug + ".md").url(url(slug)).related(related).build();
        Files.createDirectories(in.resolve("physics"));
        Files.writeString(in.resolve("physics/" + slug + ".md"), a.text());
    }

    @BeforeEach
    void firstRender() throws IOException {
        in = tmp.resolve("in");
        site = tmp.resolve("site");
        write(in, 1, "alpha", "Alpha", "beta", "future");
        write(in, 2, "beta", "Beta", "alpha");
        write(in, 3, "gamma", "Gamma", "beta");
        write(in, 4, "delta", "Delta");
        assertThat(render(site)).isZero();
        age(site);
    }

    private int render(Path out) {
        return ValidateCommandTest.run("render", "--quiet", out.getParent().resolve("in").toString(),
                "--out", out.toString(), "--base-url", "https://learn.example.org", "--page-size", pageSize).exit();
    }

    /** Every file of the site with an old time, so that a later write shows. */
    private static void age(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, OLD);
            }
        }
    }

    /** The site's files and their bytes, without the render's cache (its times differ between two sites). */
    private static Map<String, String> tree(Path site) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.toList()) {
                String rel = site.relativize(f).toString();
                if (!rel.equals(RenderCache.NAME)) {
                    out.put(rel + (Files.isDirectory(f) ? "/" : ""), Files.isDirectory(f) ? "" : Files.readString(f));
                }
            }
        }
        return out;
    }

    private Set<String> rewritten() throws IOException {
        Set<String> out = written(site);
        out.remove(RenderCache.NAME);
        return out;
    }

    /** The files of a site written since {@link #age}, the render's cache included. */
    private static Set<String> written(Path site) throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (!Files.getLastModifiedTime(f).equals(OLD)) {
                    out.add(site.relativize(f).toString());
                }
            }
        }
        return out;
    }

    private void assertSameAsAFullRender() throws IOException {
        Path fresh = tmp.resolve("fresh-" + System.nanoTime());
        Files.createDirectories(fresh);
        Path freshIn = fresh.resolve("in");
        // The full render reads the same input: the render helper takes <out>/../in.
        Fixtures.copyTree(in, freshIn);
        assertThat(render(fresh.resolve("site"))).isZero();
        assertThat(tree(site)).isEqualTo(tree(fresh.resolve("site")));
    }

    private static String page(String slug) {
        return "learn/physics/questions/" + slug + "/index.html";
    }

    @Test
    void pagesShareTheStylesheetAndMathScriptAsFilesAndHoldNoInlineScript() throws IOException {
        Path file = in.resolve("physics/alpha.md");
        Files.writeString(file, Files.readString(file).replace("An answer about", "An answer with \\\\(x^2\\\\) about"));
        assertThat(render(site)).isZero();
        String alpha = Files.readString(site.resolve(page("alpha")));
        assertThat(alpha).contains("<script defer src=\"../../../../assets/math.js\"></script>")
                .doesNotContain("<script>").doesNotContain("<style>");
        // A page without a formula loads no KaTeX at all.
        assertThat(Files.readString(site.resolve(page("beta")))).doesNotContain("math.js").doesNotContain("katex")
                .contains("<link rel=\"stylesheet\" href=\"../../../../assets/style.css\">");
        assertThat(Files.readString(site.resolve("assets/math.js"))).contains("renderMathInElement(document.body");
    }

    @Test
    void nothingChangedWritesNothing() throws IOException {
        assertThat(render(site)).isZero();
        assertThat(rewritten()).isEmpty();
        assertSameAsAFullRender();
    }

    @Test
    void anEditedArticleRewritesItsPageOnlyAndTheIndexWhereItsTitleShows() throws IOException {
        write(in, 4, "delta", "Delta, revised");
        assertThat(render(site)).isZero();
        assertThat(rewritten()).containsExactlyInAnyOrder(page("delta"), "learn/physics/index.html");
        assertSameAsAFullRender();
    }

    @Test
    void anAddedArticleFixesTheLinksToItAndJoinsTheIndexesAndSitemap() throws IOException {
        assertThat(Files.readString(site.resolve(page("alpha")))).contains("<span class=\"broken\">Link future</span>");
        write(in, 5, "future", "Future");
        assertThat(render(site)).isZero();
        assertThat(rewritten()).containsExactlyInAnyOrder(page("future"), page("alpha"), "learn/physics/index.html",
                "index.html", "sitemap.xml");
        assertThat(Files.readString(site.resolve(page("alpha")))).doesNotContain("class=\"broken\"");
        assertSameAsAFullRender();
    }

    @Test
    void aDeletedArticleTakesItsPageAndBreaksTheLinksToIt() throws IOException {
        Files.delete(in.resolve("physics/beta.md"));
        assertThat(render(site)).isZero();
        assertThat(site.resolve(page("beta"))).doesNotExist();
        assertThat(site.resolve(page("beta")).getParent()).doesNotExist();
        assertThat(rewritten()).containsExactlyInAnyOrder(page("alpha"), page("gamma"), "learn/physics/index.html",
                "index.html", "sitemap.xml");
        assertSameAsAFullRender();
    }

    @Test
    void aRenamedArticleMovesItsPageAndTheLinksFollowItsUrl() throws IOException {
        Files.delete(in.resolve("physics/gamma.md"));
        write(in, 3, "gamma-two", "Gamma", "beta");
        assertThat(render(site)).isZero();
        assertThat(site.resolve(page("gamma"))).doesNotExist();
        assertThat(rewritten()).contains(page("gamma-two")).doesNotContain(page("alpha"), page("beta"), page("delta"));
        assertSameAsAFullRender();
    }

    @Test
    void aSiteWhoseCacheIsGoneOrBrokenIsRenderedWhole() throws IOException {
        Files.writeString(site.resolve(RenderCache.NAME), "not a cache");
        write(in, 4, "delta", "Delta, revised");
        assertThat(render(site)).isZero();
        assertThat(rewritten()).contains(page("alpha"), page("beta"), page("gamma"), page("delta"));
        assertSameAsAFullRender();
    }

    @Test
    void anotherBaseUrlRendersEveryPageAgain() throws IOException {
        assertThat(ValidateCommandTest.run("render", "--quiet", in.toString(), "--out", site.toString(),
                "--base-url", "https://other.example").exit()).isZero();
        assertThat(rewritten()).contains(page("alpha"), page("beta"), page("gamma"), page("delta"), "sitemap.xml");
    }

    private static String indexPage(int k) {
        return SiteIndexes.subjectIndexPath("physics", k);
    }

    @Test
    void indexPagesAppearAndGoWhenASubjectCrossesAPageBoundary() throws IOException {
        pageSize = "2";
        assertThat(render(site)).isZero(); // four articles: two pages
        assertThat(site.resolve(indexPage(2))).exists();
        assertThat(site.resolve(indexPage(3))).doesNotExist();
        assertSameAsAFullRender();
        age(site);

        write(in, 5, "future", "Future");
        assertThat(render(site)).isZero(); // five: a third page, and every page's count changes
        assertThat(site.resolve(indexPage(3))).exists();
        assertThat(rewritten()).contains(indexPage(1), indexPage(2), indexPage(3)).doesNotContain(page("delta"));
        assertSameAsAFullRender();

        Files.delete(in.resolve("physics/future.md"));
        Files.delete(in.resolve("physics/delta.md"));
        assertThat(render(site)).isZero(); // three: back to two pages, the third with its folders gone
        assertThat(site.resolve(indexPage(3)).getParent()).doesNotExist();
        assertSameAsAFullRender();
    }

    @Test
    void anotherPageSizeRewritesTheIndexesOnlyAndDeletesThePagesItNoLongerHas() throws IOException {
        pageSize = "1";
        assertThat(render(site)).isZero();
        assertThat(site.resolve(indexPage(4))).exists();
        assertThat(rewritten()).containsExactlyInAnyOrder(indexPage(1), indexPage(2), indexPage(3), indexPage(4));
        assertSameAsAFullRender();

        pageSize = "3";
        assertThat(render(site)).isZero();
        assertThat(site.resolve(indexPage(3))).doesNotExist();
        assertThat(site.resolve(indexPage(2))).exists();
        assertSameAsAFullRender();

        pageSize = "100";
        assertThat(render(site)).isZero();
        assertThat(site.resolve("learn/physics/page")).doesNotExist();
        assertSameAsAFullRender();
    }

    @Test
    void withoutABaseUrlNothingChangedWritesNothingNotEvenTheCache() throws IOException {
        Path plain = tmp.resolve("plain");
        String[] args = {"render", "--quiet", in.toString(), "--out", plain.toString()};
        assertThat(ValidateCommandTest.run(args).exit()).isZero();
        age(plain);
        assertThat(ValidateCommandTest.run(args).exit()).isZero();
        assertThat(written(plain)).isEmpty();
        assertThat(plain.resolve("sitemap.xml")).doesNotExist();
    }

    @Test
    void aPageFolderDeletedByHandIsWrittenAgain() throws IOException {
        Path folder = site.resolve(page("beta")).getParent();
        Files.delete(folder.resolve("index.html"));
        Files.delete(folder);
        assertThat(render(site)).isZero();
        assertThat(rewritten()).containsExactly(page("beta"));
        assertSameAsAFullRender();
    }

    /** An article of another subject, chemistry. */
    private void writeChemistry(long id, String slug) throws IOException {
        write(in, id, slug, "Chemistry " + slug);
        Path file = in.resolve("physics/" + slug + ".md");
        Files.writeString(file, Files.readString(file).replace("/learn/physics/questions/", "/learn/chemistry/questions/"));
    }

    @Test
    void aChangeInAnotherSubjectLeavesASubjectsIndexPagesAlone() throws IOException {
        pageSize = "2";
        writeChemistry(9, "bond");
        assertThat(render(site)).isZero();
        assertThat(site.resolve("learn/chemistry/index.html")).exists();
        assertSameAsAFullRender();
        // An index page made again would be compared with the file and written: this one is not made.
        Files.writeString(site.resolve(indexPage(2)), "changed by hand");
        writeChemistry(10, "acid");
        assertThat(render(site)).isZero();
        assertThat(site.resolve(indexPage(2))).hasContent("changed by hand");
        assertThat(Files.readString(site.resolve("learn/chemistry/index.html"))).contains("questions/acid/index.html");
    }
}
