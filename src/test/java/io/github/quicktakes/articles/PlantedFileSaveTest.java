package io.github.quicktakes.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save whose file was replaced, after the load, by a symbolic link, a FIFO or a folder refuses
 * without reading it, writes nothing and leaves the planted entry as it is.
 */
class PlantedFileSaveTest {

    /**
     * One link leads to another article inside the root, one to a copy of the article's own text
     * outside it (a save reading through that link would find the article unchanged).
     */
    @Test
    void aSymbolicLinkInPlaceOfTheArticleIsNotFollowed(@TempDir Path root, @TempDir Path outside) throws IOException {
        Article a = loaded(root);
        Path file = root.resolve("physics/ice.md");
        String otherText = ArticleRepositoryTest.article(2, "Chemistry", "chemistry", "salt", "Salt").text();
        ArticleRepositoryTest.write(root, "chemistry", "salt.md", otherText);
        Path inside = root.resolve("chemistry/salt.md");
        Path away = outside.resolve("copy.md");
        Files.writeString(away, a.text());
        ArticleRepository repo = ArticleRepository.open(root);
        Article edited = repo.byPath(Path.of("physics/ice.md")).orElseThrow().with("title", "Mine");

        for (Path linkTarget : new Path[] {inside, away}) {
            String before = Files.readString(linkTarget);
            Files.delete(file);
            Files.createSymbolicLink(file, linkTarget);
            assertThatThrownBy(() -> repo.save(edited)).as("link to %s", linkTarget).isInstanceOf(ArticleException.class)
                    .hasMessageContaining(file.toString()).hasMessageContaining("is a symbolic link");
            assertThat(Files.readSymbolicLink(file)).isEqualTo(linkTarget);
            assertThat(linkTarget).hasContent(before);
            assertOnlyEntry(root.resolve("physics"), file);
        }
        assertThat(repo.byPath(Path.of("chemistry/salt.md")).orElseThrow().text()).isEqualTo(otherText);
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // hang guard: opening a FIFO blocks
    void aFifoInPlaceOfTheArticleIsNotOpened(@TempDir Path root) throws Exception {
        loaded(root);
        ArticleRepository repo = ArticleRepository.open(root);
        Article edited = repo.byPath(Path.of("physics/ice.md")).orElseThrow().with("title", "Mine");
        Path file = root.resolve("physics/ice.md");
        Files.delete(file);
        assumeThat(mkfifo(file)).as("mkfifo is available").isTrue();

        assertThatThrownBy(() -> repo.save(edited)).isInstanceOf(ArticleException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("not a regular file");
        assertThat(Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther()).isTrue();
        assertOnlyEntry(root.resolve("physics"), file);
    }

    @Test
    void aFolderInPlaceOfTheArticleIsLeftAlone(@TempDir Path root) throws IOException {
        loaded(root);
        ArticleRepository repo = ArticleRepository.open(root);
        Article edited = repo.byPath(Path.of("physics/ice.md")).orElseThrow().with("title", "Mine");
        Path file = root.resolve("physics/ice.md");
        Files.delete(file);
        Files.createDirectory(file);

        assertThatThrownBy(() -> repo.save(edited)).isInstanceOf(ArticleException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("is a folder");
        assertThat(file).isEmptyDirectory();
        assertOnlyEntry(root.resolve("physics"), file);
    }

    private static Article loaded(Path root) throws IOException {
        Article a = ArticleRepositoryTest.article(1, "Physics", "physics", "ice", "Ice");
        ArticleRepositoryTest.write(root, "physics", "ice.md", a.text());
        return a;
    }

    /** Nothing was written next to the planted entry: no temporary file, no new article (the folder's lock file aside). */
    private static void assertOnlyEntry(Path folder, Path entry) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.filter(f -> !f.getFileName().toString().equals(".quicktakes.lock"))).containsExactly(entry);
        }
    }

    private static boolean mkfifo(Path file) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("mkfifo", file.toString()).redirectErrorStream(true).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
