package io.github.quicktakes.articles.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleParser;
import io.github.quicktakes.articles.ArticleWriter;
import io.github.quicktakes.articles.Fixtures;
import io.github.quicktakes.articles.ParseLimits;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every path from a value to HTML at the value limit: each hostile answer of {@link HostileAnswers}
 * and a hostile {@code date_format}, as large as the default {@link ParseLimits} let a value be, read
 * from an article's text and rendered as a page. The timeout is a hang guard only (a quadratic scan
 * of a megabyte takes hours); the linearity itself is measured by {@code HostileRenderBenchmark} at
 * n and 8n.
 */
class LinearRenderingTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    /** Decoded characters: the encoded value (line breaks as two characters) stays under the limit. */
    private static final int SIZE = ParseLimits.defaults().maxScalarLength() * 7 / 8;

    static Stream<Arguments> hostileAnswers() {
        return HostileAnswers.UNITS.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileAnswers")
    void hostileAnswerAtTheValueLimitRenders(String name, String unit) {
        String markdown = HostileAnswers.encodedAbout(unit, SIZE);
        String text = ArticleParser.parse(Fixtures.MINIMAL).toBuilder().answer(markdown).build().text();
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            Article article = ArticleParser.parse(text); // default limits: the value is within them
            assertThat(article.answer()).hasSize(markdown.length());
            String html = ArticleWriter.html().write(article);
            assertThat(html).endsWith("</html>\n");
        });
    }

    @Test
    void dateFormatOfUnclosedBracketsRenders() {
        String format = "[".repeat(SIZE);
        String text = ArticleParser.parse(Fixtures.MINIMAL).toBuilder().dateFormat(format).build().text();
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            String html = ArticleWriter.html().write(ArticleParser.parse(text));
            assertThat(html).contains("[[[[");
        });
    }

    @Test
    void hostileTextInEveryShortValueRenders() {
        String hostile = HostileAnswers.of("$a \\(b [c <!-- &#x *d `", SIZE / 4);
        Article a = ArticleParser.parse(Fixtures.MINIMAL).toBuilder()
                .title(hostile).articleTitle(hostile).question(hostile).author(hostile).build();
        String text = a.text();
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            String html = ArticleWriter.html().write(ArticleParser.parse(text));
            assertThat(html).endsWith("</html>\n");
        });
    }
}
