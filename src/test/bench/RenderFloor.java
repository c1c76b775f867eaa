import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The floor under a full render on this machine (docs/benchmarks.md, goal 2): the two parts of it
 * that no renderer built on commonmark-java and a file system can skip, measured alone in a JVM
 * run with the launcher's options.
 *
 * <ol>
 *   <li>Markdown: every answer parsed and rendered by commonmark-java with the GFM extensions the
 *       renderer uses (fewer: no autolinks, no math), on one thread per core, nothing else done.
 *   <li>Files: a folder and an index.html per article made in a fresh folder, each of the render's
 *       average page size, on one thread per core.
 * </ol>
 *
 * <p>{@code render-rounds.sh} runs it in each round beside Hugo, to compare the floor with the time a
 * ratio asks for; alone:
 *
 * <pre>
 * mvn -B -o -q -DskipTests package
 * java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -cp target/quicktakes.jar src/test/bench/RenderFloor.java \
 *     target/site-35915 /tmp/floor-out
 * </pre>
 *
 * The answers are read with the project's parser first, outside the timings. The files are left in
 * the output folder (which must not exist): deleting them makes this disk slow to create files for
 * minutes after (docs/benchmarks.md), so the caller deletes them when its runs are done.
 */
public class RenderFloor {
    /** The average size of a page of the 35,915-article site as render writes it (304.5 MB / 36,300 files). */
    private static final int PAGE_BYTES = 8_390;

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        List<String> answers = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        ArticleParser parser = ArticleParser.builder().lenient().build();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".md")).sorted()::iterator) {
                Article a = parser.parseFile(p);
                answers.add(a.answer());
                String url = a.url();
                pages.add(url.substring(1) + "/index.html");
            }
        }
        List<Extension> extensions = List.of(TablesExtension.create(), StrikethroughExtension.create(), TaskListItemsExtension.create());
        Parser markdown = Parser.builder().extensions(extensions).build();
        HtmlRenderer html = HtmlRenderer.builder().extensions(extensions).build();
        AtomicLong chars = new AtomicLong();

        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        onThreads(answers.size(), threads, i -> chars.addAndGet(html.render(markdown.parse(answers.get(i))).length()));
        long t1 = System.nanoTime();
        long cpu1 = cpuNanos();

        Files.createDirectory(out);
        byte[] page = new byte[PAGE_BYTES];
        onThreads(pages.size(), threads, i -> {
            try {
                Path file = out.resolve(pages.get(i));
                Files.createDirectories(file.getParent());
                Files.write(file, page);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        long t2 = System.nanoTime();
        long cpu2 = cpuNanos();

        System.out.printf("markdown: %d answers, %.1f MB of HTML: %.2f s wall, %.2f s CPU on %d threads%n",
                answers.size(), chars.get() / 1e6, (t1 - t0) / 1e9, (cpu1 - cpu0) / 1e9, threads);
        System.out.printf("files: %d folders and pages of %d bytes: %.2f s wall, %.2f s CPU on %d threads%n",
                pages.size(), PAGE_BYTES, (t2 - t1) / 1e9, (cpu2 - cpu1) / 1e9, threads);
        System.out.printf("floor (markdown + files, start-up and everything else left out): %.2f s%n", (t2 - t0) / 1e9);
    }

    /** Runs {@code task} for 0..n-1 on {@code threads} threads, each taking the next index. */
    private static void onThreads(int n, int threads, IntConsumer task) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    task.accept(i);
                }
            });
            thread.start();
            running.add(thread);
        }
        for (Thread t : running) {
            t.join();
        }
    }

    /** The process's CPU time (user and system), in nanoseconds. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
