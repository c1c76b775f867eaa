package io.github.quicktakes.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input gets an {@link ArticleParseException} with the right place and message. */
class ArticleParseErrorTest {

    private static final String M = Fixtures.MINIMAL;
    private static final String SEO_BLOCK = """
            seo:
              title: QuickTakes | Testing
              page_description: >-
                A fixture.
              page_keywords: >-
                fixture, test
            """;

    static String title(String line) {
        return M.replace("\ntitle: A small question\n", "\n" + line + "\n");
    }

    static Stream<Arguments> badArticles() {
        return Stream.of(
                Arguments.of("no front matter", "# Just Markdown\n", 1, 1, "no front matter"),
                Arguments.of("empty file", "", 1, 1, "no front matter"),
                Arguments.of("missing closing ---", M.replace("---\n\n&nbsp;", "\n&nbsp;"), 1, 1, "never closed"),
                Arguments.of("text after a closing quote", title("title: \"Why do we use gas\"?"), 5, 27,
                        "invalid YAML: mapping keys are not allowed here"),
                Arguments.of("plain title containing ': '", title("title: Gases: a primer"), 5, 13,
                        "invalid YAML: mapping values are not allowed here"),
                Arguments.of("question >- without its colon", M.replace("question: >-", "question >-"), 16, 1,
                        "could not find expected ':'"),
                Arguments.of("raw form feed", title("title: A small\fquestion"), 5, 15,
                        "special character U+000C is not allowed"),
                Arguments.of("NUL byte", title("title: A\0question"), 5, 9, "special character U+0000"),
                Arguments.of("id: abc", M.replace("id: 42", "id: abc"), 3, 5, "'id' must be an integer, found 'abc'"),
                Arguments.of("quoted id", M.replace("id: 42", "id: '42'"), 3, 5, "'id' must be an integer, found the quoted text '42'"),
                Arguments.of("score: abc", M.replace("url: /learn/testing/questions/a-small-question\n",
                        "url: /learn/testing/questions/a-small-question\nscore: abc\n"), 23, 8,
                        "'score' must be"),
                Arguments.of("score: 1e", M.replace("url: /learn/testing/questions/a-small-question\n",
                        "url: /learn/testing/questions/a-small-question\nscore: 1e\n"), 23, 8,
                        "'score' must be"),
                Arguments.of("impossible date", M.replace("date: 2024-11-27", "date: 2024-13-45"), 4, 7,
                        "'date' must be a date YYYY-MM-DD, found '2024-13-45'"),
                Arguments.of("duplicate key", M.replace("author: QuickTakes\n", "author: QuickTakes\nauthor: Someone\n"),
                        16, 1, "duplicate key 'author' (first at line 15)"),
                Arguments.of("duplicate unknown key", M.replace("author: QuickTakes\n",
                        "author: QuickTakes\nextra_key: one\nextra_key2: two\nextra_key: three\n"),
                        18, 1, "duplicate key 'extra_key' (first at line 16)"),
                Arguments.of("known key written twice after unknown ones", M.replace("author: QuickTakes\n",
                        "author: QuickTakes\nextra_key: one\nauthor: two\n"),
                        17, 1, "duplicate key 'author' (first at line 15)"),
                Arguments.of("duplicate nested key", M.replace("  title: QuickTakes | Testing\n",
                        "  title: QuickTakes | Testing\n  title: Again\n"), 11, 3, "duplicate key 'title'"),
                Arguments.of("no_index: yes", M.replace("answer: >-", "no_index: yes\nanswer: >-"), 18, 11,
                        "'no_index' must be a boolean (true or false), found 'yes'"),
                Arguments.of("seo as text", M.replace(SEO_BLOCK, "seo: none\n"), 9, 6,
                        "'seo' must be a mapping of keys to values, found 'none'"),
                Arguments.of("title as a mapping", title("title:\n  nested: x"), 6, 3, "'title' must be text, found a mapping"),
                Arguments.of("related id not a number", M.replace("---\n\n&nbsp;",
                        "related_article1:\n    id: x1\n    title: T\n    subject: S\n    url: /u\n---\n\n&nbsp;"), 24, 9,
                        "'related_article1.id' must be an integer, found 'x1'"),
                Arguments.of("missing required key", M.replace("url: /learn/testing/questions/a-small-question\n", ""),
                        1, 1, "missing required key 'url'"),
                Arguments.of("seo without its title", M.replace("  title: QuickTakes | Testing\n", ""), 10, 3,
                        "'seo' has no 'title'"),
                Arguments.of("empty required value", title("title:"), 5, 7, "'title' is empty"),
                Arguments.of("python tag", M.replace("author: QuickTakes", "author: !!python/object:os.system x"), 15, 9,
                        "YAML tag '!!python/object:os.system' is not allowed"),
                Arguments.of("java tag", M.replace("author: QuickTakes", "author: QuickTakes\nx: !!javax.script.ScriptEngineManager [a]"),
                        16, 4, "YAML tag '!!javax.script.ScriptEngineManager' is not allowed"),
                Arguments.of("undefined alias", M.replace("author: QuickTakes", "author: QuickTakes\nx: *nope"), 16, 4,
                        "alias *nope refers to no anchor"),
                Arguments.of("merge key", M.replace("author: QuickTakes", "author: QuickTakes\nb: &b {x: 1}\nc:\n  <<: *b"), 18, 3,
                        "merge keys ('<<') are not supported"),
                Arguments.of("tab as indentation", M.replace("  title: QuickTakes | Testing", "\ttitle: QuickTakes | Testing"),
                        10, 1, "Do not use \\t(TAB) for indentation"),
                Arguments.of("unterminated quote", M.replace("---\n\n&nbsp;", "extra: \"never closed\n---\n\n&nbsp;"),
                        23, 8, "found unexpected end of stream"),
                Arguments.of("mixed line endings", M.replace("id: 42\n", "id: 42\r\n"), 3, 1,
                        "line ending differs from the opening line's (CRLF after LF)"),
                Arguments.of("lone carriage return", M.replace("id: 42\n", "id: 42\rdate0: 1\n"), 3, 7,
                        "carriage return without a line feed"),
                Arguments.of("front matter is a list", "---\n- a\n- b\n---\n", 2, 1, "front matter must be a mapping"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badArticles")
    void reportsWhereAndWhat(String name, String text, int line, int column, String message) {
        assertThatThrownBy(() -> ArticleParser.defaultParser().parseText(text, "bad.md"))
                .isExactlyInstanceOf(ArticleParseException.class)
                .satisfies(t -> {
                    ArticleParseException e = (ArticleParseException) t;
                    assertThat(e.reason()).contains(message);
                    assertThat(e.reason()).doesNotContain("\n");
                    assertThat(e.sourceName()).isEqualTo("bad.md");
                    assertThat(e.line()).as("line").isEqualTo(line);
                    assertThat(e.column()).as("column").isEqualTo(column);
                    assertThat(e.getMessage()).startsWith("bad.md:" + line + ":" + column + ": ");
                    if (line > 0 && !text.isEmpty()) {
                        assertThat(e.excerpt()).isNotNull().doesNotContain("\n");
                    }
                });
    }

    @Test
    void invalidUtf8IsReportedWithItsPlace(@TempDir Path dir) throws IOException {
        byte[] good = M.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int at = M.indexOf("small");
        good[at] = (byte) 0xC3; // a lead byte followed by an ASCII byte: malformed
        Path file = dir.resolve("bad-utf8.md");
        Files.write(file, good);
        assertThatThrownBy(() -> ArticleParser.parse(file))
                .isInstanceOfSatisfying(ArticleParseException.class, e -> {
                    assertThat(e.reason()).contains("invalid UTF-8");
                    assertThat(e.line()).isEqualTo(5);
                    assertThat(e.column()).isEqualTo(10);
                });
    }

    @Test
    void noThirdPartyExceptionEscapesForGarbage() {
        String[] garbage = {"---\n{[}\n---\n", "---\n: :\n---\n", "---\n&a [*a]\n---\n", "---\n!!\n---\n",
                "---\n\"\\q\"\n---\n", "---\nx: \"\\Uaaaaaaaa\"\n---\n", "---\nx: \"\\U00110000\"\n---\n", "---\n? [a]\n: b\n---\n", "---\nkey: |9\n  x\n---\n", "---\n%YAML 9.9\n---\n"};
        for (String g : garbage) {
            assertThatThrownBy(() -> ArticleParser.parse(g)).as(g).isInstanceOf(ArticleException.class);
        }
    }
}
