package io.github.quicktakes.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two JVMs save into the same folder at the same time: the compare-and-rename of one save must not
 * interleave with the other's, or edits are lost and both creators of a new file "succeed".
 */
class CrossProcessSaveTest {
    static final String SHARED = "topic/shared.md";
    private static final long HANG_GUARD_SECONDS = 120;

    @Test
    void twoProcessesEditingOneArticleLoseNoEdit(@TempDir Path root, @TempDir Path work) throws Exception {
        int edits = 300;
        ArticleRepositoryTest.write(root, "topic", "shared.md",
                ArticleRepositoryTest.article(1, "Topic", "topic", "shared", "Shared").withBody("\n").text());

        List<String> outputs = runBoth(root, work, "edit", edits);

        Article result = ArticleParser.parse(root.resolve(SHARED));
        List<String> tokens = Arrays.stream(result.body().split("\n")).filter(l -> !l.isBlank()).toList();
        List<String> expected = Stream.of("p1", "p2")
                .flatMap(p -> IntStream.range(0, edits).mapToObj(i -> p + "-" + i)).toList();
        assertThat(tokens).containsExactlyInAnyOrderElementsOf(expected);
        System.out.printf("two processes, %d edits each, all on disk; %s%n", edits, outputs.stream()
                .flatMap(o -> o.lines().filter(l -> l.startsWith("retries"))).collect(Collectors.joining(", ")));
    }

    @Test
    void twoProcessesCreatingTheSameArticlesCreateEachOnce(@TempDir Path root, @TempDir Path work) throws Exception {
        int articles = 60;
        Files.createDirectories(root.resolve("topic"));

        List<String> outputs = runBoth(root, work, "create", articles);

        for (int i = 0; i < articles; i++) {
            String created = "created " + i;
            List<String> winners = new ArrayList<>();
            for (int p = 0; p < 2; p++) {
                List<String> lines = outputs.get(p).lines().toList();
                assertThat(lines).as("p%d, article %d", p + 1, i).containsAnyOf(created, "exists " + i);
                if (lines.contains(created)) {
                    winners.add("p" + (p + 1));
                }
            }
            assertThat(winners).as("creators of article %d", i).hasSize(1);
            assertThat(ArticleParser.parse(root.resolve("topic/new" + i + ".md")).title()).isEqualTo("By " + winners.get(0));
        }
    }

    /** The folder lock is per process for the operating system: two repositories in one JVM must take turns too. */
    @Test
    void twoRepositoriesInOneJvmEditingOneArticleLoseNoEdit(@TempDir Path root) throws Exception {
        int edits = 100;
        ArticleRepositoryTest.write(root, "topic", "shared.md",
                ArticleRepositoryTest.article(1, "Topic", "topic", "shared", "Shared").withBody("\n").text());
        List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (String name : List.of("r1", "r2")) {
            ArticleRepository repo = ArticleRepository.open(root);
            threads.add(new Thread(() -> {
                try {
                    ConcurrentSaver.edit(repo, root.resolve(SHARED), name, edits);
                } catch (Throwable t) {
                    errors.add(t);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(HANG_GUARD_SECONDS));
        }
        assertThat(errors).isEmpty();
        List<String> tokens = Arrays.stream(ArticleParser.parse(root.resolve(SHARED)).body().split("\n"))
                .filter(l -> !l.isBlank()).toList();
        assertThat(tokens).containsExactlyInAnyOrderElementsOf(Stream.of("r1", "r2")
                .flatMap(p -> IntStream.range(0, edits).mapToObj(i -> p + "-" + i)).toList());
    }

    /** Starts two savers, lets them go at once, and returns what each printed. */
    private static List<String> runBoth(Path root, Path work, String mode, int count) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> processes = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        try {
            for (String name : List.of("p1", "p2")) {
                Path log = work.resolve(name + ".log");
                logs.add(log);
                processes.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                        ConcurrentSaver.class.getName(), mode, root.toString(), name, Integer.toString(count))
                        .redirectErrorStream(true).redirectOutput(log.toFile()).start());
            }
            for (int p = 0; p < 2; p++) {
                awaitReady(processes.get(p), logs.get(p));
            }
            for (Process p : processes) {
                try (OutputStream in = p.getOutputStream()) {
                    in.write("go\n".getBytes(StandardCharsets.US_ASCII));
                }
            }
            List<String> outputs = new ArrayList<>();
            for (int p = 0; p < 2; p++) {
                assertThat(processes.get(p).waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)).as("p%d ended", p + 1).isTrue();
                String out = Files.readString(logs.get(p));
                assertThat(processes.get(p).exitValue()).as("p%d exit; it printed:%n%s", p + 1, out).isZero();
                outputs.add(out);
            }
            return outputs;
        } finally {
            processes.forEach(Process::destroyForcibly);
        }
    }

    private static void awaitReady(Process p, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(HANG_GUARD_SECONDS);
        while (!Files.readString(log).contains("ready")) {
            assertThat(p.isAlive()).as("saver alive before ready; it printed:%n%s", Files.readString(log)).isTrue();
            assertThat(System.nanoTime()).as("saver ready within the hang guard").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
