package io.github.quicktakes.articles.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.quicktakes.articles.ArticleException;
import io.github.quicktakes.articles.Fixtures;
import io.github.quicktakes.articles.ParseLimits;
import io.github.quicktakes.articles.ParseMode;
import io.github.quicktakes.articles.internal.lines.Frame;
import io.github.quicktakes.articles.internal.lines.ParseContext;
import io.github.quicktakes.articles.internal.schema.SchemaCheck;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The fast reader checks values against the schema as it reads them and, where it is sure that all
 * pass, the full schema check does not run again: whenever it says so, the full check must indeed
 * find nothing to report, in either mode.
 */
class SchemaShortcutTest {
    /** The minimal fixture with every kind of value the schema checks: a boolean, a float, a related article. */
    private static final String ARTICLE = Fixtures.MINIMAL
            .replace("date: 2024-11-27", "date: 2024-02-29")
            .replace("answer: >-", "no_index: True\nanswer: >-")
            .replace("---\n\n&nbsp;", """
                    score: -1.0
                    related_article1:
                        id: 7
                        title: Another question
                        subject: Testing
                        url: /learn/testing/questions/another
                    ---

                    &nbsp;""");

    private static FastFrontMatterReader.Result fastRead(String text) {
        ParseContext ctx = new ParseContext(text, "t", ParseMode.STRICT, ParseLimits.defaults());
        return FastFrontMatterReader.read(ctx, Frame.open(ctx));
    }

    @Test
    void aWellFormedArticleIsCheckedWhileItIsRead() {
        FastFrontMatterReader.Result r = fastRead(ARTICLE);
        assertThat(r).isNotNull();
        assertThat(r.schemaChecked()).isTrue();
    }

    @Test
    void anythingTheReaderIsNotSureOfIsLeftToTheFullCheck() {
        String[][] edits = {
            {"id: 42", "id: 4x"}, {"date: 2024-02-29", "date: 2023-02-29"}, {"score: -1.0", "score: .inf"},
            {"no_index: True", "no_index: yes"}, {"title: A small question", "title:"},
            {"author: QuickTakes\n", "author: QuickTakes\nauthor: Again\n"}, {"author: QuickTakes\n", "extra: 1\n"},
            {"    subject: Testing\n", ""}, {"  title: QuickTakes | Testing\n", "  title: QuickTakes | Testing\n  extra: 1\n"},
            {"id: 42", "id: '42'"}, {"seo:\n  title: QuickTakes | Testing", "seo: x\nother:\n  title: QuickTakes | Testing"},
        };
        for (String[] edit : edits) {
            assertThat(ARTICLE).contains(edit[0]);
            FastFrontMatterReader.Result r = fastRead(ARTICLE.replace(edit[0], edit[1]));
            assertThat(r).as(edit[1]).isNotNull();
            assertThat(r.schemaChecked()).as(edit[1]).isFalse();
        }
    }

    @Property(tries = 3000)
    void whenTheReaderHasCheckedTheFullCheckFindsNothing(@ForAll("articles") String text) {
        FastFrontMatterReader.Result r;
        try {
            r = fastRead(text);
        } catch (ArticleException limit) {
            return;
        }
        Statistics.collect(r == null ? "declined" : r.schemaChecked() ? "checked" : "left to the check");
        if (r == null || !r.schemaChecked()) {
            return;
        }
        assertThatCode(() -> SchemaCheck.check(r.root(),
                new ParseContext(text, "t", ParseMode.STRICT, ParseLimits.defaults()), r.frame()))
                .doesNotThrowAnyException();
        ParseContext lenient = new ParseContext(text, "t", ParseMode.LENIENT, ParseLimits.defaults());
        SchemaCheck.check(r.root(), lenient, r.frame());
        assertThat(lenient.warnings()).isEmpty();
    }

    @Provide
    Arbitrary<String> articles() {
        Arbitrary<String> value = Arbitraries.of("", "42", "x1", "'42'", "\"7\"", "2024-02-30", "2024-02-29", "2023-02-29",
                "2024-2-01", "-1.0", "1e5", "1e", ".inf", "0x1F", "True", "yes", "false", "text", "1234567890123456789",
                "~", "null", "'text'", "-10", "+7", "-", "--1", "-1234567890123456789");
        Arbitrary<String> key = Arbitraries.of("title", "id", "date", "score", "no_index", "seo", "extra", "url",
                "related_article1", "related_article7", "page_keywords", "subject");
        Arbitrary<Mutation> replaceValue = Combinators.combine(Arbitraries.integers().between(0, 40), value)
                .as((line, v) -> lines -> {
                    String l = lines.get(line % lines.size());
                    int colon = l.indexOf(": ");
                    if (colon > 0 && !l.endsWith(">-")) {
                        lines.set(line % lines.size(), l.substring(0, colon + 2) + v);
                    }
                });
        Arbitrary<Mutation> renameKey = Combinators.combine(Arbitraries.integers().between(0, 40), key)
                .as((line, k) -> lines -> {
                    String l = lines.get(line % lines.size());
                    int colon = l.indexOf(':');
                    if (colon > 0) {
                        String indentation = l.substring(0, l.length() - l.stripLeading().length());
                        lines.set(line % lines.size(), indentation + k + l.substring(colon));
                    }
                });
        Arbitrary<Mutation> copyLine = Arbitraries.integers().between(0, 40)
                .map(line -> lines -> lines.add(line % lines.size(), lines.get(line % lines.size())));
        Arbitrary<Mutation> dropLine = Arbitraries.integers().between(0, 40)
                .map(line -> lines -> lines.remove(line % lines.size()));
        return Arbitraries.oneOf(replaceValue, replaceValue, renameKey, copyLine, dropLine).list().ofMinSize(0).ofMaxSize(3)
                .map(mutations -> {
                    String[] parts = ARTICLE.split("\n---\n", 2);
                    List<String> lines = new ArrayList<>(Arrays.asList(parts[0].substring(4).split("\n")));
                    for (Mutation m : mutations) {
                        m.apply(lines);
                    }
                    return "---\n" + String.join("\n", lines) + "\n---\n" + parts[1];
                });
    }

    private interface Mutation {
        void apply(List<String> frontMatterLines);
    }
}
