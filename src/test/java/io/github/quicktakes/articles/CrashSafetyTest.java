package io.github.quicktakes.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM with SIGKILL while it saves articles in a loop, many times: afterwards every file
 * parses and is exactly one version of its article, the old or a new one, never a torn mix.
 */
class CrashSafetyTest {

    @Test
    void killedWhileSavingLeavesOnlyWholeArticles(@TempDir Path root) throws Exception {
        int n = 6;
        Map<Path, Article> originals = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Article a = ArticleRepositoryTest.article(500 + i, "Topic", "topic", "t" + i, "Original " + i)
                    .withBody("\n" + "A long body so that a write takes a while. ".repeat(2000));
            Path file = root.resolve("topic/t" + i + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, a.text());
            originals.put(file, a);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Random random = new Random(42);
        int rounds = 12;
        int killedWhileRunning = 0;
        for (int round = 0; round < rounds; round++) {
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    CrashSaver.class.getName(), root.toString(), Integer.toString(round))
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).as("the saver started").isEqualTo("ready");
            Thread.sleep(50 + random.nextInt(400));
            if (p.isAlive()) {
                killedWhileRunning++;
            }
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

            for (Map.Entry<Path, Article> e : originals.entrySet()) {
                Article onDisk = ArticleParser.parse(e.getKey());
                // A whole version is the original with only its title changed, byte for byte.
                assertThat(onDisk.text()).as("round %d, %s", round, e.getKey())
                        .isEqualTo(e.getValue().with("title", onDisk.title()).text());
            }
        }
        assertThat(killedWhileRunning).isEqualTo(rounds);
        try (Stream<Path> files = Files.list(root.resolve("topic"))) {
            List<Path> leftovers = files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
            System.out.printf("crash safety: %d kills during saves, all files whole; %d temporary files left by kills%n",
                    rounds, leftovers.size());
        }
    }
}
