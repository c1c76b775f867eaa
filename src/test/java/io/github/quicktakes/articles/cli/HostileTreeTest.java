package io.github.quicktakes.articles.cli;

import static io.github.quicktakes.articles.cli.ValidateCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.quicktakes.articles.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One tree holding a bad entry of every kind beside good articles: every folder command reports
 * each bad entry with its path and cause, processes the good ones, and never hangs on the FIFO.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileTreeTest {
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));
    private static final String LONG_SLUG = "s".repeat(300);
    private static final String LONG_STEM = "n".repeat(252);

    @TempDir
    static Path tmp;
    static Path tree;
    /** The bad entries, relative to the tree, that every command must name. */
    static final List<String> BAD = new ArrayList<>();

    static String article(long id, String fileName, String url) {
        return Fixtures.MINIMAL.replace("id: 42", "id: " + id)
                .replace("file_name: a-small-question.md", "file_name: " + fileName)
                .replace("url: /learn/testing/questions/a-small-question", "url: " + url);
    }

    static void good(Path dir, long id, String slug) throws IOException {
        Files.writeString(dir.resolve(slug + ".md"), article(id, slug + ".md", "/learn/testing/questions/" + slug));
    }

    static void bad(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
        BAD.add("testing/" + name);
    }

    @BeforeAll
    static void buildTree() throws Exception {
        tree = tmp.resolve("in");
        Path dir = Files.createDirectories(tree.resolve("testing"));
        good(dir, 1, "first-good");
        good(dir, 2, "second-good");
        good(dir, 3, "third-good");
        bad(dir, "nul.md", article(10, "nul.md", "\"/learn/testing/questions/a\\0b\""));
        bad(dir, "surrogate.md", article(11, "surrogate.md", "\"/learn/testing/questions/x\\uD800\""));
        bad(dir, "long-slug.md", article(12, "long-slug.md", "/learn/testing/questions/" + LONG_SLUG));
        bad(dir, LONG_STEM + ".md", article(13, LONG_STEM + ".md", "/learn/testing/questions/" + LONG_STEM));
        bad(dir, "relative.md", article(14, "relative.md", "learn/testing/questions/relative"));
        bad(dir, "trailing.md", article(15, "trailing.md", "/learn/testing/questions/trailing/"));
        // Same page as first-good on a case-insensitive file system; and the very same url.
        bad(dir, "upper.md", article(16, "upper.md", "/learn/testing/questions/First-Good"));
        bad(dir, "twin.md", article(17, "twin.md", "/learn/testing/questions/second-good")
                .replace("article_title: A small question", "article_title: The twin"));
        Files.createSymbolicLink(dir.resolve("dangling.md"), dir.resolve("no-such-target.md"));
        BAD.add("testing/dangling.md");
        Files.createSymbolicLink(dir.resolve("loop.md"), dir.resolve("loop.md"));
        BAD.add("testing/loop.md");
        // What Emacs leaves beside a file being edited: a dangling link named .#<file>.
        Files.createSymbolicLink(dir.resolve(".#first-good.md"), Path.of("user@host.1234:1700000000"));
        BAD.add("testing/.#first-good.md");
        exec("mkfifo", dir.resolve("fifo.md").toString());
        BAD.add("testing/fifo.md");
        exec("mknod", dir.resolve("device.md").toString(), "c", "1", "3");
        BAD.add("testing/device.md");
        Files.createSymbolicLink(dir.resolve("link-to-fifo.md"), dir.resolve("fifo.md"));
        BAD.add("testing/link-to-fifo.md");
        if (!ROOT) {
            bad(dir, "locked.md", article(18, "locked.md", "/learn/testing/questions/locked"));
            Files.setPosixFilePermissions(dir.resolve("locked.md"), PosixFilePermissions.fromString("---------"));
            Path closed = Files.createDirectories(tree.resolve("closed"));
            Files.writeString(closed.resolve("hidden.md"), article(19, "hidden.md", "/learn/closed/questions/hidden"));
            Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
            BAD.add("closed");
        }
    }

    private static void exec(String... command) throws Exception {
        Process p = new ProcessBuilder(command).inheritIO().start();
        assumeThat(p.waitFor()).as("%s works here", command[0]).isZero();
    }

    @Test
    void validateReportsEveryBadEntryWithItsCause() {
        ValidateCommandTest.Run r = run("validate", "--quiet", tree.toString());
        assertThat(r.exit()).isEqualTo(QuickTakes.PROBLEMS);
        assertThat(r.err()).isEmpty();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).anyMatch(l -> l.startsWith("testing/nul.md: BAD_URL: ") && l.contains("U+0000"))
                .anyMatch(l -> l.startsWith("testing/surrogate.md:22:6: PARSE_ERROR: ") && l.contains("unpaired surrogate"))
                .anyMatch(l -> l.startsWith("testing/long-slug.md: NAME_TOO_LONG: ") && l.contains("300 bytes"))
                .anyMatch(l -> l.startsWith("testing/" + LONG_STEM + ".md: NAME_TOO_LONG: file name is 255 bytes"))
                .anyMatch(l -> l.startsWith("testing/relative.md: BAD_URL: ") && l.contains("does not start with '/'"))
                .anyMatch(l -> l.startsWith("testing/trailing.md: BAD_URL: "))
                .anyMatch(l -> l.startsWith("testing/upper.md: DUPLICATE_PAGE: ") && l.contains("testing/first-good.md"))
                .anyMatch(l -> l.startsWith("testing/twin.md: DUPLICATE_URL: "))
                .anyMatch(l -> l.equals("testing/dangling.md: UNREADABLE: could not be read: dangling symbolic link "
                        + "(its target does not exist; an editor's lock file?)"))
                .anyMatch(l -> l.startsWith("testing/loop.md: UNREADABLE: could not be read: ") && l.contains("symbolic links"))
                .anyMatch(l -> l.startsWith("testing/.#first-good.md: UNREADABLE: could not be read: dangling"))
                .anyMatch(l -> l.startsWith("testing/fifo.md: UNREADABLE: a FIFO, socket or device, not a regular file"))
                .anyMatch(l -> l.startsWith("testing/device.md: UNREADABLE: a FIFO, socket or device, not a regular file"))
                .anyMatch(l -> l.startsWith("testing/link-to-fifo.md: UNREADABLE: symbolic link to a FIFO"));
        if (!ROOT) {
            assertThat(lines).anyMatch(l -> l.startsWith("testing/locked.md: UNREADABLE: could not be read: permission denied"))
                    .anyMatch(l -> l.startsWith("closed: UNREADABLE: could not be read: permission denied"));
        }
        assertThat(lines).as("a good article has no problem").noneMatch(l -> l.startsWith("testing/third-good.md:"))
                .as("both sides of a clash are reported, as for duplicate urls")
                .anyMatch(l -> l.startsWith("testing/first-good.md: DUPLICATE_PAGE: ") && l.contains("testing/upper.md"));
        assertThat(BAD).allSatisfy(bad -> assertThat(lines).anyMatch(l -> l.startsWith(bad + ":")));
    }

    @Test
    void renderWritesTheGoodPagesAndReportsWhatValidateReports() {
        Path site = tmp.resolve("site");
        ValidateCommandTest.Run r = run("render", "--quiet", tree.toString(), "--out", site.toString());
        assertThat(r.exit()).isEqualTo(QuickTakes.PROBLEMS);
        assertThat(site.resolve("learn/testing/questions/first-good/index.html")).exists();
        assertThat(site.resolve("learn/testing/questions/third-good/index.html")).exists();
        assertThat(site.resolve("learn/testing/questions/second-good/index.html")).as("the first by path keeps the page")
                .content().contains("<h1>A small question</h1>").doesNotContain("The twin");
        assertThat(site.resolve("learn/testing/questions/First-Good")).doesNotExist();
        assertThat(r.err()).contains("skipped testing/twin.md: url /learn/testing/questions/second-good maps to the page of "
                + "testing/second-good.md");
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
        assertNamedByValidate(r.err());
        assertThat(BAD).as("a 252-byte slug is a page name that fits").filteredOn(bad -> !bad.contains(LONG_STEM))
                .allSatisfy(bad -> assertThat(r.err()).contains(bad + ":"));
        assertThat(site.resolve("learn/testing/questions/" + LONG_STEM + "/index.html")).exists();
    }

    @Test
    void convertWritesTheGoodArticlesAndReportsWhatValidateReports() throws IOException {
        Path out = tmp.resolve("converted");
        ValidateCommandTest.Run r = run("convert", tree.toString(), "--to", "html", "--out", out.toString());
        assertThat(r.exit()).isEqualTo(QuickTakes.PROBLEMS);
        assertThat(out.resolve("testing/first-good.html")).exists();
        assertThat(out.resolve("testing/nul.html")).as("a bad url does not stop a conversion").exists();
        assertThat(r.err()).contains("quicktakes: testing/" + LONG_STEM + ".md: not converted: File name too long");
        assertNamedByValidate(r.err());

        ValidateCommandTest.Run jsonl = run("convert", tree.toString(), "--to", "jsonl");
        assertThat(jsonl.exit()).isEqualTo(QuickTakes.PROBLEMS);
        assertThat(jsonl.out().lines()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(jsonl.err()).contains("skipped testing/fifo.md: UNREADABLE");
    }

    @Test
    void statsAndFixLinksCountTheGoodArticlesAndListTheRest() {
        ValidateCommandTest.Run stats = run("stats", tree.toString());
        assertThat(stats.exit()).isEqualTo(QuickTakes.PROBLEMS);
        assertThat(stats.out()).contains(" articles (" + (ROOT ? 7 : 9) + " files could not be read)");
        assertThat(stats.err()).contains("skipped testing/fifo.md: UNREADABLE", "skipped testing/loop.md: UNREADABLE");

        ValidateCommandTest.Run fix = run("fix-links", "--dry-run", tree.toString());
        assertThat(fix.exit()).isEqualTo(QuickTakes.PROBLEMS);
        assertThat(fix.out()).endsWith("0 links in 0 files would be fixed (dry run: nothing written)\n");
        assertThat(fix.err()).contains("skipped testing/device.md: UNREADABLE");
    }

    /** Every file a command names on stderr, validate names too: it finds all that stops render or convert. */
    private static void assertNamedByValidate(String err) {
        String report = run("validate", "--quiet", tree.toString()).out();
        Matcher m = Pattern.compile("quicktakes: (?:skipped )?([^:]+): ").matcher(err);
        int named = 0;
        while (m.find()) {
            String file = m.group(1);
            assertThat(report).as("validate names %s", file).contains(file + ": ");
            named++;
        }
        assertThat(named).isPositive();
    }
}
