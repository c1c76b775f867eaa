package io.github.quicktakes.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.quicktakes.articles.ArticleProblem.Kind;
import io.github.quicktakes.articles.internal.repository.FolderCheck;
import io.github.quicktakes.articles.internal.repository.FolderFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The single-pass check behind {@code quicktakes validate} (each file read and parsed once, nothing
 * kept) reports exactly what {@link ArticleRepository#validate()} reports, problem for problem and
 * in the same order, on trees with every kind of problem.
 */
class SinglePassValidateTest {

    private static ValidationReport singlePass(Path root, int threads) throws IOException {
        return FolderCheck.check(FolderFacts.read(root, ArticleParser.builder().lenient().build(), threads));
    }

    private static void assertSameAsRepository(Path root) throws IOException {
        ValidationReport expected = ArticleRepository.open(root).validate();
        for (int threads : new int[] {1, 4}) {
            ValidationReport actual = singlePass(root, threads);
            assertThat(actual.articles()).isEqualTo(expected.articles());
            assertThat(actual.problems()).map(ArticleProblem::toString)
                    .containsExactlyElementsOf(expected.problems().stream().map(ArticleProblem::toString).toList());
        }
    }

    @Test
    void reportsWhatTheRepositoryReportsOnTheFixtureTree(@TempDir Path root) throws IOException {
        ArticleRepositoryTest.fixtureTree(root);
        assertSameAsRepository(root);
        assertThat(singlePass(root, 2).problems()).map(ArticleProblem::kind).contains(Kind.PARSE_ERROR, Kind.WARNING,
                Kind.DUPLICATE_ID, Kind.BROKEN_LINK, Kind.DRIFTED_LINK, Kind.SELF_LINK, Kind.DUPLICATE_LINK, Kind.SLOT_GAP,
                Kind.URL_MISMATCH, Kind.FILE_NAME_MISMATCH);
    }

    @Test
    void reportsWhatTheRepositoryReportsOnUrlsFilesAndLinksThatCannotBeRead(@TempDir Path tmp) throws Exception {
        Path root = Files.createDirectories(tmp.resolve("in"));
        ArticleRepositoryTest.write(root, "physics", "alpha.md",
                ArticleRepositoryTest.article(1, "Physics", "physics", "alpha", "Alpha").text());
        // Same url, a url differing only in case, a url with no page, an empty file_name.
        ArticleRepositoryTest.write(root, "physics", "twin.md", ArticleRepositoryTest.article(2, "Physics", "physics", "twin", "Twin")
                .with("url", ArticleRepositoryTest.url("physics", "alpha")).text());
        ArticleRepositoryTest.write(root, "physics", "upper.md", ArticleRepositoryTest.article(3, "Physics", "physics", "upper", "Up")
                .with("url", ArticleRepositoryTest.url("physics", "Alpha")).text());
        ArticleRepositoryTest.write(root, "physics", "nopage.md", ArticleRepositoryTest.article(4, "Physics", "physics", "nopage", "N")
                .with("url", "learn/physics/nopage").text());
        ArticleRepositoryTest.write(root, "physics", "empty-name.md", ArticleRepositoryTest.article(5, "Physics", "physics",
                "empty-name", "E").text().replace("file_name: empty-name.md", "file_name: "));
        // Larger than a reading thread's first buffer: read again with a larger one.
        ArticleRepositoryTest.write(root, "physics", "large.md", ArticleRepositoryTest.article(6, "Physics", "physics", "large", "L")
                .with("answer", "word ".repeat(40_000)).text());
        Path outside = Files.writeString(tmp.resolve("outside.md"), "---\nid: 9\n---\n");
        Files.createSymbolicLink(root.resolve("physics/escape.md"), outside);
        Files.createSymbolicLink(root.resolve("physics/dangling.md"), root.resolve("physics/none.md"));
        Files.createSymbolicLink(root.resolve("physics/inside.md"), root.resolve("physics/alpha.md"));
        Process fifo = new ProcessBuilder("mkfifo", root.resolve("physics/fifo.md").toString()).start();
        assumeThat(fifo.waitFor()).as("mkfifo works here").isZero();

        assertSameAsRepository(root);
        assertThat(singlePass(root, 2).problems()).map(ArticleProblem::kind).contains(Kind.DUPLICATE_URL, Kind.DUPLICATE_PAGE,
                Kind.BAD_URL, Kind.OUTSIDE_ROOT, Kind.UNREADABLE, Kind.FILE_NAME_MISMATCH);
        assertThat(singlePass(root, 2).problems()).map(p -> p.path().toString()).doesNotContain("physics/large.md");
    }
}
