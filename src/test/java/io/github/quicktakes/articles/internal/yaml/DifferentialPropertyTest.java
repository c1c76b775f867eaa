package io.github.quicktakes.articles.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleException;
import io.github.quicktakes.articles.ArticleParser;
import io.github.quicktakes.articles.ArticleWriter;
import io.github.quicktakes.articles.ParseLimits;
import io.github.quicktakes.articles.ParseMode;
import io.github.quicktakes.articles.internal.article.ArticleDocument;
import io.github.quicktakes.articles.internal.article.Values;
import io.github.quicktakes.articles.internal.lines.ParseContext;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated front matter in and around the fast reader's subset: whenever the fast reader accepts
 * one, the general reader gives the same tree; and both agree on whether it is valid.
 */
class DifferentialPropertyTest {

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("ab :#'\"-?>|{}[],&*!%@`\\\t").ofMaxLength(12),
                Arbitraries.of("", " ", "plain", "'single'", "'it''s'", "\"dq \\\" \\n \\u00e9\"", ">-", "|", "x # c",
                        "a: b", "-1.0", "True", "no", "~", "2024-02-30", "\"unterminated", "'x'y", "é — ü", "trail  "));
    }

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> key = Arbitraries.of("title", "id", "extra", "seo", "x-y", "_k", "related_article1");
        Arbitrary<String> indent = Arbitraries.of("", "", "", "  ", "    ");
        Arbitrary<String> line = Combinators.combine(indent, key, values(), Arbitraries.of(": ", ":", ": ", ":  "))
                .as((i, k, v, sep) -> i + k + sep + v);
        Arbitrary<String> folded = Combinators.combine(indent, key, Arbitraries.of("    ", "      ", "  "), values())
                .as((i, k, ci, v) -> i + k + ": >-\n" + ci + v);
        Arbitrary<String> blank = Arbitraries.of("", "   ");
        return Arbitraries.oneOf(line, line, folded, blank).list().ofMinSize(1).ofMaxSize(8)
                .map(lines -> "---\n" + String.join("\n", lines) + "\n---\nbody");
    }

    @Property(tries = 2000)
    void fastAndGeneralReadersAgree(@ForAll("documents") String text) {
        String fast = outcome(text, true);
        String general = outcome(text, false);
        if (!fast.startsWith("general")) {
            assertThat(fast).isEqualTo(general);
        }
    }

    @Property(tries = 300)
    void crlfVariantsAgreeToo(@ForAll("documents") String text) {
        String crlf = text.replace("\n", "\r\n");
        String fast = outcome(crlf, true);
        if (!fast.startsWith("general")) {
            assertThat(fast).isEqualTo(outcome(crlf, false));
        }
    }

    /** Any input that parses is written back unedited to the same text. */
    @Property(tries = 1000)
    void anythingThatParsesIsWrittenBackExactly(@ForAll("documents") String text) {
        Article a;
        try {
            a = LENIENT.parseText(text);
        } catch (ArticleException invalid) {
            return;
        }
        assertThat(ArticleWriter.markdown().write(a)).isEqualTo(text);
    }

    /** parse(write(edit(article))) equals the edited article, and holds the edited value. */
    @Property(tries = 1000)
    void anEditedArticleReadsBackAsItself(@ForAll("documents") String text, @ForAll("values") String value,
                                          @ForAll("editedKeys") String key) {
        Article a;
        try {
            a = LENIENT.parseText(text);
        } catch (ArticleException invalid) {
            return;
        }
        Article edited;
        try {
            edited = a.with(key, value);
        } catch (ArticleException refused) {
            return; // a value its known key cannot take, or an anchor an alias still needs
        }
        Article back = LENIENT.parseText(ArticleWriter.markdown().write(edited));
        assertThat(back).isEqualTo(edited);
        assertThat(back.frontMatter().get(key)).isEqualTo(value);
    }

    @Provide
    Arbitrary<String> editedKeys() {
        return Arbitraries.of("title", "extra", "x-y", "answer", "new_key");
    }

    private static final ArticleParser LENIENT = ArticleParser.builder().lenient().build();

    /** The tree (or the error) a reader gives; "general..." when the fast reader declined. */
    private static String outcome(String text, boolean fast) {
        try {
            ArticleDocument doc = ArticleDocument.parse(
                    new ParseContext(text, "t", ParseMode.LENIENT, ParseLimits.defaults()), fast);
            if (fast && !doc.fastPath()) {
                return "general";
            }
            List<String> tree = DifferentialTest.describe(doc.root(), "");
            return tree + " " + Values.of(doc.root()) + " " + doc.frame() + " " + doc.warnings();
        } catch (ArticleException e) {
            return "error " + e.line();
        }
    }
}
