package io.github.quicktakes.articles.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * render keeps a small working set: a generated site of {@value #ARTICLES} articles (the samples
 * copied under new names and urls) renders in a child JVM whose heap is scaled down from the real
 * site's (35,915 articles, about 160 MB, in 512 MB): about 4.2 MB of files in 24 MB. When it was
 * written, render passed in 16 MB, and the render before it, which parsed every article into one
 * list, failed with OutOfMemoryError in 32 MB.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RenderMemoryTest {
    static final int ARTICLES = 3000;
    static final String HEAP = System.getProperty("renderMemoryTest.heap", "-Xmx24m");

    @Test
    void aGeneratedSiteRendersInASmallHeap(@TempDir Path tmp) throws Exception {
        Path tree = generate(tmp.resolve("in"), ARTICLES);
        Path site = tmp.resolve("site");
        Path log = tmp.resolve("render.log");
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, HEAP, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                QuickTakes.class.getName(), "render", "--quiet", tree.toString(), "--out", site.toString(),
                "--base-url", "https://learn.example.org")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(100, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
        try (Stream<Path> pages = Files.walk(site.resolve("learn"))) {
            assertThat(pages.filter(f -> f.toString().endsWith("/index.html") && f.getParent().getParent().endsWith("questions")))
                    .hasSize(ARTICLES);
        }
        assertThat(Files.readString(site.resolve("sitemap.xml")).split("<url>")).hasSizeGreaterThan(ARTICLES / 2);
    }

    /** Copies of the samples under new names and urls, as the benchmarks make them, so that every page is distinct. */
    static Path generate(Path root, int count) throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.walk(CommandsTest.SAMPLE)) {
            samples = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        for (int i = 0; i < count; i++) {
            Path sample = samples.get(i % samples.size());
            String folder = sample.getParent().getFileName().toString();
            String stem = sample.getFileName().toString().replaceAll("\\.md$", "");
            String slug = stem + "-" + i;
            String text = Files.readString(sample)
                    .replace("file_name: " + stem + ".md", "file_name: " + slug + ".md")
                    .replace("url: /learn/" + folder + "/questions/" + stem + "\n", "url: /learn/" + folder + "/questions/" + slug + "\n");
            Path target = root.resolve(folder).resolve(slug + ".md");
            Files.createDirectories(target.getParent());
            Files.writeString(target, text);
        }
        return root;
    }
}
