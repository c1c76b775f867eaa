package io.github.quicktakes.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Each limit stops hostile input with an {@link ArticleParseException} that names it. */
class ParseLimitsTest {

    private static final String M = Fixtures.MINIMAL;

    private static void assertLimit(ArticleParser parser, String text, String limit) {
        assertThatThrownBy(() -> parser.parseText(text, "hostile.md"))
                .isInstanceOfSatisfying(ArticleParseException.class, e -> {
                    assertThat(e.limitName()).isEqualTo(limit);
                    assertThat(e.getMessage()).contains("limit " + limit);
                });
    }

    private static String withExtra(String yaml) {
        return M.replace("author: QuickTakes\n", "author: QuickTakes\n" + yaml + "\n");
    }

    @Test
    void billionLaughsIsStoppedByTheKeyAndItemCount() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i <= 9; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int k = 0; k < 10; k++) {
                yaml.append(k > 0 ? ", " : "").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        ArticleParser generous = ArticleParser.builder().limits(ParseLimits.defaults().withMaxAliases(1000)).build();
        assertLimit(generous, withExtra(yaml.toString()), "maxKeys");
        assertLimit(ArticleParser.defaultParser(), withExtra(yaml.toString()), "maxAliases");
    }

    @Test
    void aliasesCanBeRefused() {
        String text = withExtra("base: &b hello\ncopy: *b");
        assertThat(ArticleParser.parse(text).frontMatter()).containsEntry("copy", "hello");
        assertLimit(ArticleParser.builder().limits(ParseLimits.defaults().withMaxAliases(0)).build(), text, "maxAliases");
    }

    @Test
    void deepNestingIsRefusedWithoutAStackOverflow() {
        String flow = "[".repeat(10_000) + "]".repeat(10_000);
        assertLimit(ArticleParser.defaultParser(), withExtra("deep: " + flow), "maxNestingDepth");
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            block.append(" ".repeat(i)).append("k").append(i).append(":\n");
        }
        block.append(" ".repeat(40)).append("end: 1");
        assertLimit(ArticleParser.defaultParser(), withExtra(block.toString()), "maxNestingDepth");
    }

    @Test
    void sizesAreBounded() {
        ArticleParser small = ArticleParser.builder().limits(ParseLimits.defaults()
                .withMaxFileBytes(100_000).withMaxFrontMatterBytes(5_000).withMaxScalarLength(1_000).withMaxKeys(40)).build();
        assertLimit(small, M + "x".repeat(100_000), "maxFileBytes");
        assertLimit(small, withExtra("big: >-\n    " + "y".repeat(6_000)), "maxFrontMatterBytes");
        assertLimit(small, withExtra("long: " + "z".repeat(1_001)), "maxScalarLength");
        assertLimit(small, withExtra("# general reader\nlong: " + "z".repeat(1_001)), "maxScalarLength");
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            keys.append("k").append(i).append(": v\n");
        }
        assertLimit(small, withExtra(keys.toString().strip()), "maxKeys");
        assertThat(small.parseText(M).id()).isEqualTo(42L);
    }

    @Test
    void limitsAreValidated() {
        assertThatThrownBy(() -> ParseLimits.defaults().withMaxKeys(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ParseLimits.defaults().withMaxAliases(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
