package io.github.quicktakes.articles.cli;

import static io.github.quicktakes.articles.cli.ValidateCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quicktakes.articles.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** render and convert never write into their input, and render never mixes a site into someone else's folder. */
class OutputFolderTest {
    @TempDir
    Path tmp;
    Path in;

    @BeforeEach
    void oneArticle() throws IOException {
        in = Files.createDirectories(tmp.resolve("in/testing"));
        Files.writeString(in.resolve("a-small-question.md"), Fixtures.MINIMAL);
        in = in.getParent();
    }

    @Test
    void anOutputThatIsInsideOrHoldsTheInputIsRefusedForRenderAndConvert() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("link"), in);
        for (String out : new String[] {in.toString(), in.resolve("site/new").toString(), tmp.toString(),
            link.resolve("site").toString(), in.resolve("testing/..").toString()}) {
            ValidateCommandTest.Run render = run("render", in.toString(), "--out", out);
            assertThat(render.exit()).as(out).isEqualTo(QuickTakes.USAGE);
            assertThat(render.err().lines()).as(out).hasSize(1).first().asString()
                    .startsWith("quicktakes: the output folder " + out).endsWith(": choose a folder apart from it");
            ValidateCommandTest.Run convert = run("convert", in.toString(), "--to", "html", "--out", out);
            assertThat(convert.exit()).as(out).isEqualTo(QuickTakes.USAGE);
            assertThat(convert.err()).as(out).startsWith("quicktakes: the output folder " + out);
        }
        assertThat(in.resolve("site")).as("nothing written").doesNotExist();
        assertThat(in.resolve(SiteFolder.MARKER)).doesNotExist();
        assertThat(run("render", in.toString(), "--out", tmp.resolve("apart/site").toString()).exit()).isZero();
        assertThat(run("convert", in.toString(), "--to", "html", "--out", tmp.resolve("apart/html").toString()).exit()).isZero();
    }

    @Test
    void renderTakesOnlyANewEmptyOrItsOwnFolderUnlessToldToClean() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve("notes.txt"), "someone's notes");
        ValidateCommandTest.Run refused = run("render", in.toString(), "--out", site.toString());
        assertThat(refused.exit()).isEqualTo(QuickTakes.USAGE);
        assertThat(refused.err()).isEqualTo("quicktakes: the output folder " + site + " is not empty and holds no site written "
                + "by render (no .quicktakes-site); choose an empty folder, or add --clean to delete its content first\n");
        assertThat(site.resolve("notes.txt")).hasContent("someone's notes");
        assertThat(site.resolve("index.html")).doesNotExist();

        assertThat(run("render", "--clean", in.toString(), "--out", site.toString()).exit()).isZero();
        assertThat(site.resolve("notes.txt")).as("deleted when asked explicitly").doesNotExist();
        assertThat(site.resolve(SiteFolder.MARKER)).exists();
        assertThat(site.resolve("learn/testing/questions/a-small-question/index.html")).exists();

        Path stale = site.resolve("learn/testing/questions/gone/index.html");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "an article deleted since");
        assertThat(run("render", in.toString(), "--out", site.toString()).exit()).as("its own folder").isZero();
        assertThat(stale).as("kept without --clean").exists();
        assertThat(run("render", "--clean", in.toString(), "--out", site.toString()).exit()).isZero();
        assertThat(stale).doesNotExist();
        assertThat(site.resolve("learn/testing/questions/a-small-question/index.html")).exists();

        Path file = Files.writeString(tmp.resolve("file"), "x");
        assertThat(run("render", "--clean", in.toString(), "--out", file.toString()).err())
                .isEqualTo("quicktakes: the output " + file + " exists and is not a folder\n");
        assertThat(file).hasContent("x");
    }

    @Test
    void cleaningAFolderReachedThroughALinkDeletesNothingOutsideIt() throws IOException {
        Path real = Files.createDirectories(tmp.resolve("real-site"));
        Path keep = Files.createDirectories(tmp.resolve("keep"));
        Files.writeString(keep.resolve("precious.txt"), "keep me");
        Files.createSymbolicLink(real.resolve("to-keep"), keep);
        Path viaLink = Files.createSymbolicLink(tmp.resolve("site-link"), real);
        assertThat(run("render", "--clean", in.toString(), "--out", viaLink.toString()).exit()).isZero();
        assertThat(keep.resolve("precious.txt")).hasContent("keep me");
        assertThat(real.resolve("to-keep")).doesNotExist();
        assertThat(viaLink).isSymbolicLink();
        assertThat(real.resolve("index.html")).exists();
    }
}
