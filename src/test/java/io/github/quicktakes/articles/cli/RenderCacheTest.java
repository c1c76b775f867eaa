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
            c.putPage(new RenderCache.PageEntry(s, "10"));
        }
        c.putFile(new RenderCache.FileEntry("bad.md", 1, 2, "no url: " + lone));
        c.putIndex("learn/physics/index.html");
        c.putIndex("learn/physics/page/2/index.html");
        c.save(site, RenderCache.empty("", 0));

        RenderCache back = RenderCache.load(site, "https://x.example\nkatex");
        assertThat(back.pageSize()).isEqualTo(7);
        assertThat(back.fileCount()).isEqualTo(4);
        for (PageSummary s : summaries) {
            assertThat(back.pageOf(s.key())).isEqualTo(new RenderCache.PageEntry(s, "10"));
            assertThat(back.files.get(s.key()).outcome()).isEqualTo(s);
        }
        assertThat(back.indexes()).containsExactly("learn/physics/index.html", "learn/physics/page/2/index.html");
        assertThat(RenderCache.load(site, "other options").fileCount()).isZero();
    }

    @Test
    void aDamagedCacheIsNone() throws IOException {
        RenderCache c = RenderCache.empty("o", 3);
        c.putFile(new RenderCache.FileEntry("a.md", 1, 2, summary("a.md", "/learn/p/questions/a", "A", LocalDate.of(2024, 1, 1), List.of())));
        c.save(site, RenderCache.empty("", 0));
        byte[] bytes = Files.readAllBytes(site.resolve(RenderCache.NAME));
        for (int cut = 0; cut < bytes.length; cut++) {
            Files.write(site.resolve(RenderCache.NAME), java.util.Arrays.copyOf(bytes, cut));
            assertThat(RenderCache.load(site, "o").fileCount()).as("cut at %d", cut).isZero();
        }
    }

    /** A cache of many files, so that a few changes are appended rather than the whole written again. */
    private static RenderCache many(String options) {
        RenderCache c = RenderCache.empty(options, 100);
        for (int i = 0; i < 200; i++) {
            PageSummary s = summary("p/a" + i + ".md", "/learn/p/questions/a" + i, "Article " + i, LocalDate.of(2024, 1, 1 + i % 28),
                    List.of("/learn/p/questions/a" + (i + 1)));
            c.putFile(new RenderCache.FileEntry(s.key(), i, i, s));
            c.putPage(new RenderCache.PageEntry(s, "1"));
        }
        c.putIndex("learn/p/index.html");
        return c;
    }

    @Test
    void aFewChangesAreAppendedAndReadBackWithTheRest() throws IOException {
        many("o").save(site, RenderCache.empty("o", 0));
        long whole = Files.size(site.resolve(RenderCache.NAME));
        RenderCache before = RenderCache.load(site, "o");
        RenderCache next = RenderCache.empty("o", 2);
        before.files.values().forEach(next::putFile);
        before.pagesByKey.values().forEach(next::putPage);
        next.files.remove("p/a5.md");
        next.pagesByKey.remove("p/a5.md");
        PageSummary edited = summary("p/a7.md", "/learn/p/questions/a7", "Edited \uD800", null, List.of());
        next.putFile(new RenderCache.FileEntry(edited.key(), 1, 2, edited));
        next.putPage(new RenderCache.PageEntry(edited, ""));
        next.putPage(new RenderCache.PageEntry(before.pageOf("p/a9.md").summary(), "0"));
        next.putFile(new RenderCache.FileEntry("q/new.md", 3, 4, "no url: no page"));
        next.putIndex("learn/p/index.html");
        next.putIndex("learn/p/page/2/index.html");
        next.save(site, before);

        long appended = Files.size(site.resolve(RenderCache.NAME));
        assertThat(appended).isGreaterThan(whole).isLessThan(whole + whole / 4);
        RenderCache back = RenderCache.load(site, "o");
        assertThat(back.pageSize()).isEqualTo(2);
        assertThat(back.files).isEqualTo(next.files);
        assertThat(back.pagesByKey).isEqualTo(next.pagesByKey);
        assertThat(back.indexes).isEqualTo(next.indexes);

        // A render killed while appending leaves a block that does not check: no cache.
        byte[] bytes = Files.readAllBytes(site.resolve(RenderCache.NAME));
        Files.write(site.resolve(RenderCache.NAME), java.util.Arrays.copyOf(bytes, bytes.length - 3));
        assertThat(RenderCache.load(site, "o").fileCount()).isZero();
        bytes[bytes.length - 10] ^= 1;
        Files.write(site.resolve(RenderCache.NAME), bytes);
        assertThat(RenderCache.load(site, "o").fileCount()).isZero();
    }

    @Test
    void manyChangesWriteTheWholeCacheAgain() throws IOException {
        many("o").save(site, RenderCache.empty("o", 0));
        long whole = Files.size(site.resolve(RenderCache.NAME));
        RenderCache before = RenderCache.load(site, "o");
        RenderCache next = RenderCache.empty("o", 100);
        before.files.values().forEach(e -> {
            PageSummary s = (PageSummary) e.outcome();
            PageSummary edited = summary(s.key(), s.url(), s.title() + ", edited", s.date(), s.relatedUrls());
            next.putFile(new RenderCache.FileEntry(e.key(), e.size() + 1, e.modified(), edited));
            next.putPage(new RenderCache.PageEntry(edited, "1"));
        });
        next.save(site, before);
        // Written anew: about the size it had, not that size and the changes after it.
        assertThat(Files.size(site.resolve(RenderCache.NAME))).isLessThan(whole + whole / 4);
        assertThat(RenderCache.load(site, "o").files).isEqualTo(next.files);
    }
}
