package io.github.quicktakes.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input ends quickly with an {@link ArticleException}, never another exception, a stack
 * overflow or an out-of-memory error; hostile Markdown renders. The time limits here are hang
 * guards (the cases take milliseconds), not measurements.
 */
class HostileInputTest {

    /** A hang guard only: a slow, busy machine must never fail these tests. */
    private static final Duration GUARD = Duration.ofSeconds(60);
    private static final String M = Fixtures.MINIMAL;

    static String extra(String yaml) {
        return M.replace("author: QuickTakes\n", "author: QuickTakes\n" + yaml + "\n");
    }

    static Stream<Arguments> hostile() {
        StringBuilder laughs = new StringBuilder("l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            laughs.append("l").append(i).append(": &l").append(i).append(" [").append(("*l" + (i - 1) + ", ").repeat(9))
                    .append("*l").append(i - 1).append("]\n");
        }
        StringBuilder deepBlock = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            deepBlock.append(" ".repeat(i)).append("k:\n");
        }
        return Stream.of(
                Arguments.of("billion laughs", extra(laughs.toString())),
                Arguments.of("10,000-deep flow nesting", extra("deep: " + "[".repeat(10_000) + "]".repeat(10_000))),
                Arguments.of("10,000-deep flow mappings", extra("deep: " + "{a: ".repeat(10_000) + "}".repeat(10_000))),
                Arguments.of("2,000-deep block nesting", extra(deepBlock.toString())),
                Arguments.of("50 MB value", extra("big: " + "x".repeat(50_000_000))),
                Arguments.of("NUL bytes", M.replace("title: A small question", "title: A\0small\0question")),
                Arguments.of("tabs as indentation", M.replace("  title: QuickTakes | Testing", "\ttitle: QuickTakes | Testing")),
                Arguments.of("java tag", extra("x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]")),
                Arguments.of("python tag", extra("x: !!python/object/apply:os.system [\"ls\"]")),
                Arguments.of("merge key", extra("base: &b {a: 1}\nmerged:\n  <<: *b")),
                Arguments.of("duplicate key", extra("author: Again")),
                Arguments.of("unterminated double quote", extra("x: \"never")),
                Arguments.of("unterminated single quote", extra("x: 'never")),
                Arguments.of("unterminated flow mapping", extra("x: {a: 1")),
                Arguments.of("unterminated block scalar and front matter", M.replace("---\n\n&nbsp;", "tail: |\n  never closed\n")),
                Arguments.of("missing closing ---", M.replace("\n---\n\n&nbsp;", "\n")),
                Arguments.of("CRLF mixed with LF", M.replace("date: 2024-11-27\n", "date: 2024-11-27\r\n")),
                Arguments.of("extremely long front-matter line", extra("long: " + "y ".repeat(3_000_000))),
                Arguments.of("many keys", extra(keys(5_000))),
                Arguments.of("many aliases", extra("a: &a x\n" + "b: [" + "*a, ".repeat(1_000) + "*a]")));
    }

    private static String keys(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("key").append(i).append(": v\n");
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void endsQuicklyWithAnArticleException(String name, String text) {
        assertTimeoutPreemptively(GUARD, () ->
                assertThatThrownBy(() -> ArticleParser.defaultParser().parseText(text, name)).isInstanceOf(ArticleException.class));
    }

    @Test
    void invalidUtf8AndAHundredMegabyteFile(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.md");
        byte[] bytes = M.getBytes(StandardCharsets.UTF_8);
        bytes[10] = (byte) 0xFF;
        Files.write(bad, bytes);
        assertTimeoutPreemptively(GUARD, () -> assertThatThrownBy(() -> ArticleParser.parse(bad)).isInstanceOf(ArticleParseException.class));

        Path huge = dir.resolve("huge.md");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(100L * 1024 * 1024); // sparse: the size is checked before anything is read
        }
        assertTimeoutPreemptively(GUARD, () -> assertThatThrownBy(() -> ArticleParser.parse(huge))
                .isInstanceOfSatisfying(ArticleParseException.class, e -> assertThat(e.limitName()).isEqualTo("maxFileBytes")));
    }

    static Stream<Arguments> hostileMarkdown() {
        return Stream.of(
                Arguments.of("10,000 nested quotes", ">".repeat(10_000) + " x"),
                Arguments.of("10,000 nested brackets", "[".repeat(10_000) + "x" + "]".repeat(10_000)),
                Arguments.of("10,000 nested emphasis", "*".repeat(10_000) + "x" + "*".repeat(10_000)),
                Arguments.of("unclosed HTML comments", "x <!--".repeat(20_000)),
                Arguments.of("unclosed math", "$a \\(b \\[c $$d ".repeat(20_000)),
                Arguments.of("unclosed links", "[a](".repeat(20_000)),
                Arguments.of("an 800 KB line", "word ".repeat(160_000)),
                Arguments.of("deep lists", "- a\n" + "  ".repeat(1) + "- b\n".repeat(5_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileMarkdown")
    void pathologicalMarkdownRenders(String name, String markdown) {
        Article a = ArticleParser.parse(M).toBuilder().answer(markdown).build();
        assertTimeoutPreemptively(GUARD, () -> {
            String html = ArticleWriter.html().write(a);
            assertThat(html).contains("</html>");
        });
    }
}
