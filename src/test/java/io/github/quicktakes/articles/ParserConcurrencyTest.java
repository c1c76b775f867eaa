package io.github.quicktakes.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One parser, and the articles it makes, shared by several threads give what one thread gets. */
class ParserConcurrencyTest {

    @Test
    void aSharedParserAndSharedArticlesAreThreadSafe() throws Exception {
        ArticleParser parser = ArticleParser.builder().lenient().build();
        List<String> texts = List.of(Fixtures.text("physics-ice.md"), Fixtures.text("plain-title-score-last.md"),
                Fixtures.MINIMAL, Fixtures.text("physics-ice.md").replace("\n", "\r\n"));
        Article shared = parser.parseText(texts.get(0));
        List<String> expected = new ArrayList<>();
        for (String t : texts) {
            expected.add(describe(parser.parseText(t).with("title", "Edited").with("no_index", true)));
        }
        String sharedExpected = describe(shared.with("question", "Shared?"));

        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                tasks.add(() -> {
                    int checks = 0;
                    for (int i = 0; i < 300; i++) {
                        int k = (i + offset) % texts.size();
                        Article a = parser.parseText(texts.get(k)).with("title", "Edited").with("no_index", true);
                        assertThat(describe(a)).isEqualTo(expected.get(k));
                        assertThat(describe(shared.with("question", "Shared?"))).isEqualTo(sharedExpected);
                        assertThat(shared.related()).hasSize(2);
                        checks++;
                    }
                    return checks;
                });
            }
            int total = 0;
            for (Future<Integer> f : pool.invokeAll(tasks)) {
                total += f.get();
            }
            assertThat(total).isEqualTo(threads * 300);
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static String describe(Article a) {
        return a.text() + "|" + a.frontMatter() + "|" + a.answer() + "|" + a.related() + "|" + a.warnings();
    }
}
