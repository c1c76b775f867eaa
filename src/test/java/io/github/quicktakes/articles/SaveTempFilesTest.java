package io.github.quicktakes.articles;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quicktakes.articles.internal.repository.FileOps;
import io.github.quicktakes.articles.internal.repository.RealFileOps;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The temporary files of saves: short fixed-length names whatever the article's name, and the ones
 * a killed process left behind removed, never those of a live process.
 */
class SaveTempFilesTest {

    @Test
    void articlesWithTheLongestFileNamesSaveAndTemporaryNamesAreShort(@TempDir Path root) throws IOException {
        String slug = "a".repeat(247); // 250 bytes with ".md": near the 255-byte limit of a file name
        ArticleRepositoryTest.write(root, "topic", slug + ".md", ArticleRepositoryTest.article(1, "Topic", "topic", slug, "Long").text());
        List<Path> temps = new ArrayList<>();
        ArticleRepository repo = ArticleRepository.builder(root).fileOps(new RecordingOps(temps)).open();
        String otherSlug = "b".repeat(247);

        repo.save(repo.byId(1).get(0).with("title", "Long, saved"));
        repo.save(ArticleRepositoryTest.article(2, "Topic", "topic", otherSlug, "Long, new"));

        assertThat(root.resolve("topic/" + slug + ".md")).content().contains("Long, saved");
        assertThat(root.resolve("topic/" + otherSlug + ".md")).content().contains("Long, new");
        long pid = ProcessHandle.current().pid();
        assertThat(temps).hasSize(2).allSatisfy(t -> {
            assertThat(t.getParent()).isEqualTo(root.resolve("topic"));
            assertThat(t.getFileName().toString()).matches("\\.qt-" + pid + "-[0-9a-f]{16}\\.tmp");
            assertThat(t.getFileName().toString().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(44);
        });
        try (Stream<Path> files = Files.list(root.resolve("topic"))) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aSaveRemovesTheTemporaryFilesOfEndedProcessesOnly(@TempDir Path root) throws Exception {
        ArticleRepositoryTest.write(root, "topic", "t.md", ArticleRepositoryTest.article(1, "Topic", "topic", "t", "T").text());
        long dead = endedProcessId();
        long alive = ProcessHandle.current().parent().orElseThrow().pid();
        Path stale = plant(root.resolve("topic"), dead);
        Path staleElsewhere = plant(Files.createDirectories(root.resolve("other")), dead);
        Path live = plant(root.resolve("topic"), alive);
        Path ours = plant(root.resolve("topic"), ProcessHandle.current().pid());
        Path notOurs = root.resolve("topic/.qt-" + dead + "-not-a-save.tmp");
        Files.writeString(notOurs, "a name a save never makes");

        ArticleRepository repo = ArticleRepository.open(root);
        assertThat(stale).as("not at open").exists();
        repo.save(repo.byId(1).get(0).with("title", "Saved"));

        assertThat(stale).doesNotExist();
        assertThat(live).as("its process is alive").exists();
        assertThat(ours).as("this process is alive").exists();
        assertThat(notOurs).as("not named as a save names its files").exists();
        assertThat(staleElsewhere).as("no save in that folder").exists();
    }

    private static Path plant(Path dir, long pid) throws IOException {
        Path temp = dir.resolve(".qt-" + pid + "-0123456789abcdef.tmp");
        Files.writeString(temp, "half an article");
        return temp;
    }

    /** The id of a process that ran and ended, as a saver killed mid-save. */
    private static long endedProcessId() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(ProcessHandle.of(p.pid())).isEmpty();
        return p.pid();
    }

    /** The real file operations, remembering each temporary file. */
    private record RecordingOps(List<Path> temps) implements FileOps {
        @Override
        public Path createTemp(Path dir) throws IOException {
            Path temp = RealFileOps.INSTANCE.createTemp(dir);
            temps.add(temp);
            return temp;
        }

        @Override
        public void keepAttributes(Path target, Path temp) throws IOException {
            RealFileOps.INSTANCE.keepAttributes(target, temp);
        }

        @Override
        public void writeAndSync(Path temp, byte[] bytes) throws IOException {
            RealFileOps.INSTANCE.writeAndSync(temp, bytes);
        }

        @Override
        public void moveAtomically(Path temp, Path target) throws IOException {
            RealFileOps.INSTANCE.moveAtomically(temp, target);
        }

        @Override
        public void deleteIfExists(Path file) throws IOException {
            RealFileOps.INSTANCE.deleteIfExists(file);
        }

        @Override
        public void syncDirectory(Path dir) {
            RealFileOps.INSTANCE.syncDirectory(dir);
        }
    }
}
