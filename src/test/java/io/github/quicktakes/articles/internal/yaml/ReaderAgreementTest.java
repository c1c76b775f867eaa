package io.github.quicktakes.articles.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quicktakes.articles.ArticleParseException;
import io.github.quicktakes.articles.ArticleParser;
import io.github.quicktakes.articles.Fixtures;
import io.github.quicktakes.articles.ParseLimits;
import io.github.quicktakes.articles.ParseMode;
import io.github.quicktakes.articles.internal.article.ArticleDocument;
import io.github.quicktakes.articles.internal.lines.ParseContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast and the general front-matter readers give the same answer at the edges of what YAML
 * allows: escapes that would make unpaired surrogates, and implicit keys around YAML's 1,024
 * character limit.
 */
class ReaderAgreementTest {

    private static String withTitle(String value) {
        return Fixtures.MINIMAL.replace("title: A small question\narticle_title", "title: " + value + "\narticle_title");
    }

    private static Object outcome(String text, boolean fast, ParseMode mode) {
        try {
            ArticleDocument doc = ArticleDocument.parse(new ParseContext(text, "t", mode, ParseLimits.defaults()), fast);
            return DifferentialTest.describe(doc.root(), "");
        } catch (ArticleParseException e) {
            return "error at " + e.line() + ":" + e.column() + ": " + e.getMessage();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"a\\uD800b\"", "\"\\uDC00\"", "\"x\\uDBFF\"", "\"\\U0000D800\"", "\"\\uDE00\\uD83D\""})
    void loneSurrogateEscapesAreRefusedByBothReadersInBothModes(String value) {
        String text = withTitle(value);
        for (ParseMode mode : ParseMode.values()) {
            assertThat(outcome(text, true, mode)).isEqualTo(outcome(text, false, mode));
            assertThatThrownBy(() -> ArticleParser.builder().mode(mode).build().parseText(text))
                    .isInstanceOfSatisfying(ArticleParseException.class, e -> {
                        assertThat(e.line()).isEqualTo(5);
                        assertThat(e.getMessage()).contains("unpaired surrogate");
                    });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\\uD83D\\uDE00\"", "\"a\\U0001F600b\"", "\"\\u00e9\""})
    void escapesOfWholeCodePointsAreRead(String value) {
        String text = withTitle(value);
        assertThat(outcome(text, true, ParseMode.STRICT)).isEqualTo(outcome(text, false, ParseMode.STRICT));
        assertThat(ArticleParser.parse(text).title()).doesNotContain("\\").isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 1023, 1024, 1025, 1100, 5000})
    void longKeysGetTheSameAnswerFromBothReaders(int length) {
        String key = "k" + "e".repeat(length - 1);
        String text = Fixtures.MINIMAL.replace("author: QuickTakes", "author: QuickTakes\n" + key + ": v");
        for (ParseMode mode : ParseMode.values()) {
            Object fast = outcome(text, true, mode);
            assertThat(fast).isEqualTo(outcome(text, false, mode));
            if (length <= 1024) {
                assertThat(fast).asString().doesNotStartWith("error");
            } else {
                assertThat(fast).asString().startsWith("error at 16:1");
            }
        }
    }
}
