package io.github.quicktakes.articles.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The render cache reads back what was written, whatever the texts hold; a damaged one is no cache. */
class RenderCacheTest {
    @TempDir
    Path site;

    private static PageSummary summary(String key, String url, String title, LocalDate date, List<String> related) {
        String[] parts = url.split("/", -1);
        return new PageSummary(key, url, parts[2], parts[parts.length - 1], "Physics", title, date,
                date == null ? "" : date.toString(), false, related);
    }

    @Test
    void everySummaryAndPageReadsBackEqual() throws IOException {
        String lone = "lone \uD800 surrogate, é, 日本, 😀";
        String longTitle = "x".repeat(70_000) + "é";
        List<PageSummary> summaries = List.of(
                summary("a.md", "/learn/physics/questions/a", "Plain", LocalDate.of(2024, 1, 2),
                        List.of("/learn/physics/questions/b", "/learn/other/questions/zz", "https://example.com/x", "/elsewhere")),
                summary("b.md", "/learn/physics/questions/b", lone, null, List.of()),
                summary("c é.md", "/learn/physics/questions/c-é", longTitle, LocalDate.of(1900, 5, 6), List.of("/learn/physics/questions/a")));
        RenderCache c = RenderCache.empty("https://x.example\nkatex", 7);
        for (PageSummary s : summaries) {
            c.putFile(new RenderCache.FileEntry(s.key(), 123, -5, s));
            c.putPage(new RenderCache.PageEntry(s.page(), s.key(), "10"));
        }
        c.putFile(new RenderCache.FileEntry("bad.md", 1, 2, "no url: " + lone));
        c.putIndex("learn/physics/index.html");
        c.putIndex("learn/physics/page/2/index.html");
        c.save(site);

        RenderCache back = RenderCache.load(site, "https://x.example\nkatex");
        assertThat(back.pageSize()).isEqualTo(7);
        assertThat(back.fileCount()).isEqualTo(4);
        for (PageSummary s : summaries) {
            assertThat(back.pageOf(s.key())).isEqualTo(new RenderCache.PageEntry(s.page(), s.key(), "10"));
            assertThat(back.pagesByFolder().get("physics")).contains(s);
        }
        assertThat(back.indexes()).containsExactly("learn/physics/index.html", "learn/physics/page/2/index.html");
        assertThat(RenderCache.load(site, "other options").fileCount()).isZero();
    }

    @Test
    void aDamagedCacheIsNone() throws IOException {
        RenderCache c = RenderCache.empty("o", 3);
        c.putFile(new RenderCache.FileEntry("a.md", 1, 2, summary("a.md", "/learn/p/questions/a", "A", LocalDate.of(2024, 1, 1), List.of())));
        c.save(site);
        byte[] bytes = Files.readAllBytes(site.resolve(RenderCache.NAME));
        for (int cut = 0; cut < bytes.length; cut++) {
            Files.write(site.resolve(RenderCache.NAME), java.util.Arrays.copyOf(bytes, cut));
            assertThat(RenderCache.load(site, "o").fileCount()).as("cut at %d", cut).isZero();
        }
    }
}
