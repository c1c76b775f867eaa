package io.github.quicktakes.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Edits change only the lines of the edited values, in the style the file already uses. */
class ArticleEditTest {

    private static final String ICE = Fixtures.text("physics-ice.md");

    /** The lines of {@code after} that differ from {@code before}, as "-old" and "+new" lines. */
    static List<String> diff(String before, String after) {
        List<String> a = List.of(before.split("\n", -1));
        List<String> b = List.of(after.split("\n", -1));
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<String> out = new ArrayList<>();
        a.subList(head, a.size() - tail).forEach(l -> out.add("-" + l));
        b.subList(head, b.size() - tail).forEach(l -> out.add("+" + l));
        return out;
    }

    @Test
    void foldedValueStaysFoldedAndOnlyItsLineChanges() {
        Article a = ArticleParser.parse(ICE).with("title", "Why is ice lighter than water?");
        assertThat(diff(ICE, a.text())).containsExactly(
                "-    Why does ice float on water?", "+    Why is ice lighter than water?");
        assertThat(a.title()).isEqualTo("Why is ice lighter than water?");
        assertThat(a.articleTitle()).isEqualTo("Why does ice float on water?");
    }

    @Test
    void plainValueStaysPlainUnlessItCannot() {
        String text = Fixtures.text("plain-title-score-last.md");
        Article a = ArticleParser.parse(text);
        assertThat(diff(text, a.with("title", "Still plain").text()))
                .containsExactly("-title: Plain titles are allowed too", "+title: Still plain");
        assertThat(diff(text, a.with("title", "Not plain: it has a colon").text()))
                .containsExactly("-title: Plain titles are allowed too", "+title: >-", "+    Not plain: it has a colon");
        assertThat(diff(text, a.with("title", "1984").text()))
                .containsExactly("-title: Plain titles are allowed too", "+title: >-", "+    1984");
        assertThat(diff(text, a.with("title", "two\nlines").text()))
                .containsExactly("-title: Plain titles are allowed too", "+title: \"two\\nlines\"");
    }

    @Test
    void nestedValueEditTouchesOnlyThatChild() {
        Article a = ArticleParser.parse(ICE);
        Article b = a.toBuilder().seo(a.seo().withPageDescription("New description.")).build();
        assertThat(diff(ICE, b.text())).containsExactly(
                "-    Ice is less dense than liquid water because hydrogen bonds hold its molecules in an open lattice. ",
                "+    New description.");
        Map<String, Object> seo = new LinkedHashMap<>(castMap(a.frontMatter().get("seo")));
        seo.put("page_keywords", "ice");
        assertThat(diff(ICE, a.with("seo", seo).text()))
                .containsExactly("-    ice, density, hydrogen bonds, buoyancy, water anomaly", "+    ice");
    }

    @Test
    void commentsAndBlankLinesInsideAnEditedBlockAreKept() {
        String text = Fixtures.MINIMAL.replace("seo:\n  title: QuickTakes | Testing\n",
                "seo: # search engines\n  title: QuickTakes | Testing\n\n  # the description\n");
        Article a = ArticleParser.parse(text);
        Article b = a.toBuilder().seo(a.seo().withPageDescription("Changed.").withTitle("QuickTakes | Tests")).build();
        assertThat(b.text()).isEqualTo(text.replace("  title: QuickTakes | Testing\n", "  title: QuickTakes | Tests\n")
                .replace("    A fixture.\n", "    Changed.\n"));
    }

    @Test
    void answerSetterEncodesLineBreaks() {
        Article a = ArticleParser.parse(ICE);
        Article b = a.toBuilder().answer("First line.\nSecond with $x \\neq y$.\r\nThird.").build();
        assertThat(b.frontMatter().get("answer")).isEqualTo("First line.\\nSecond with $x \\neq y$.\\nThird.");
        assertThat(b.answer()).isEqualTo("First line.\nSecond with $x \\neq y$.\nThird.");
        assertThat(diff(ICE, b.text())).hasSize(2);
        assertThat(a.with("answer", a.frontMatter().get("answer"))).isSameAs(a);
    }

    @Test
    void newKeysGoWhereTheGeneratorPutsThem() {
        Article a = ArticleParser.parse(ICE).with("no_index", true);
        assertThat(diff(ICE, a.text())).containsExactly("+no_index: True");
        assertThat(a.text()).contains("    Why does ice float on water?\nno_index: True\nanswer: >-");
        assertThat(a.noIndex()).isTrue();

        Article m = ArticleParser.parse(Fixtures.MINIMAL).toBuilder().score(-1.0).build();
        assertThat(m.text()).contains("url: /learn/testing/questions/a-small-question\nscore: -1.0\n---");

        Article u = ArticleParser.parse(ICE).with("reviewed_by", "Grace");
        assertThat(u.text()).contains("        How do hydrogen bonds work?\n    subject: Chemistry\n"
                + "    url: /learn/chemistry/questions/how-do-hydrogen-bonds-work\nreviewed_by: Grace\n---");
    }

    @Test
    void whitespaceLinesAfterAnEditedValueAreNeverSwallowedByABlock() {
        ArticleParser lenient = ArticleParser.builder().lenient().build();
        for (String text : List.of(
                "---\ntitle: plain\n      \nextra: >-\n    x\n      \n---\nbody",
                "---\ntitle: >-\n    \t\n---\nbody",
                "---\ntitle: >-\n    \t\nextra: |\n  x\n  \t\n---\nbody")) {
            Article a = lenient.parseText(text);
            for (String value : List.of("a: b", "a", "#x")) {
                Article edited = a.with("title", value).with("extra", value);
                Article back = lenient.parseText(edited.text());
                assertThat(back.frontMatter()).as(text + " / " + value).containsEntry("title", value).containsEntry("extra", value);
            }
        }
    }

    /** SnakeYAML breaks lines at NEL, U+2028 and U+2029 too: spans must still be physical lines. */
    @Test
    void yaml11LineBreakCharactersDoNotShiftEditedLines() {
        ArticleParser lenient = ArticleParser.builder().lenient().build();
        for (String odd : List.of("\u0085", "\u2028", "\u2029", "\uD83D\uDE00\u2028")) {
            String text = "---\nnote: x" + odd + "  y\nanswer: >-\n    a" + odd + "    b\nrelated_article1:\n    id: 5\n"
                    + "    title: >-\n        T\n    subject: S\n    url: /u\n---\nbody";
            Article a = lenient.parseText(text);
            Article b = a.with("subject", "New").with("title", "Fresh");
            // Jackson's reading of the edited text, not ours, is the reference
            Map<String, Object> expected = new LinkedHashMap<>(YamlOracle.frontMatter(text));
            expected.put("subject", "New");
            expected.put("title", "Fresh");
            assertThat(YamlOracle.frontMatter(b.text())).isEqualTo(expected);
            assertThat(b.frontMatter()).containsEntry("subject", "New").containsEntry("title", "Fresh");
            assertThat(b.related()).hasSize(1);
            assertThat(b.text()).contains("    a" + odd + "    b\nsubject: New\nrelated_article1:\n    id: 5\n    title: >-\n        T\n")
                    .startsWith("---\nnote: x" + odd + "  y\ntitle: >-\n    Fresh\nanswer:");
        }
    }

    @Test
    void aNewKeyGoesAfterTheLastKnownKeyBeforeIt() {
        String text = Fixtures.MINIMAL.replace("---\n\n&nbsp;",
                "extra: 1\nrelated_article2:\n    id: 2\n    title: T\n    subject: S\n    url: /u\n---\n\n&nbsp;");
        Article a = ArticleParser.parse(text).toBuilder()
                .relatedArticle(new RelatedArticle(6, 6, "Six", "S", "/u6")).relatedArticle(new RelatedArticle(1, 1, "One", "S", "/u1"))
                .build();
        assertThat(List.copyOf(a.frontMatter().keySet())).endsWith("url", "related_article1", "extra", "related_article2", "related_article6");
    }

    @Test
    void newRelatedBlockFollowsTheFileConventions() {
        Article a = ArticleParser.parse(ICE).toBuilder()
                .relatedArticle(new RelatedArticle(3, 700104, "What is density?", "Physics", "/learn/physics/questions/what-is-density"))
                .build();
        assertThat(diff(ICE, a.text())).containsExactly(
                "+related_article3:",
                "+    id: 700104",
                "+    title: >-",
                "+        What is density?",
                "+    subject: Physics",
                "+    url: /learn/physics/questions/what-is-density");

        String plain = Fixtures.MINIMAL.replace("---\n\n&nbsp;",
                "related_article1:\n    id: 1\n    title: Plain related title\n    subject: Testing\n    url: /u/1\n---\n\n&nbsp;");
        Article p = ArticleParser.parse(plain).toBuilder()
                .relatedArticle(new RelatedArticle(2, 2, "Another plain one", "Testing", "/u/2")).build();
        assertThat(diff(plain, p.text())).containsExactly(
                "+related_article2:", "+    id: 2", "+    title: Another plain one", "+    subject: Testing", "+    url: /u/2");
    }

    @Test
    void newArticlesUseTheCorpusIndentation() {
        Article a = ArticleParser.parse(Fixtures.MINIMAL).toBuilder()
                .relatedArticle(new RelatedArticle(1, 7, "A linked question", "Testing", "/learn/testing/questions/linked"))
                .build();
        assertThat(a.text()).endsWith("related_article1:\n    id: 7\n    title: >-\n        A linked question\n"
                + "    subject: Testing\n    url: /learn/testing/questions/linked\n---\n\n&nbsp;");
    }

    @Test
    void removingAndReplacingRelatedArticles() {
        Article a = ArticleParser.parse(ICE);
        Article b = a.toBuilder().related(List.of(a.related().get(1))).build();
        assertThat(b.related()).extracting(RelatedArticle::slot).containsExactly(2);
        assertThat(diff(ICE, b.text())).allMatch(l -> l.startsWith("-")).hasSize(6);
        Article c = a.toBuilder().relatedArticle(a.related().get(0).withTitle("Buoyancy, explained")).build();
        assertThat(diff(ICE, c.text())).containsExactly("-        What is buoyancy?", "+        Buoyancy, explained");
    }

    @Test
    void blankLineBeforeTheClosingDelimiterIsKept() {
        String text = Fixtures.text("plain-title-score-last.md");
        Article a = ArticleParser.parse(text).with("score", 9.0);
        assertThat(diff(text, a.text())).containsExactly("-score: -1.0", "+score: 9.0");
        assertThat(a.text()).endsWith("score: 9.0\n\n---\n\n&nbsp;");
    }

    @Test
    void crlfFilesGetCrlfLines() {
        String crlf = ICE.replace("\n", "\r\n");
        Article a = ArticleParser.parse(crlf).with("no_index", false).with("title", "A: b");
        assertThat(a.text()).contains("title: >-\r\n    A: b\r\n").contains("no_index: False\r\nanswer:");
        assertThat(a.text().replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void unchangedBuilderGivesTheSameArticle() {
        Article a = ArticleParser.parse(ICE);
        Article b = a.toBuilder().title(a.title()).seo(a.seo()).score(-1.0).related(a.related()).build();
        assertThat(b.text()).isEqualTo(ICE);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void typesAreCheckedAtTheYamlLevel() {
        Article a = ArticleParser.parse(ICE);
        assertThat(a.with("id", 5).id()).isEqualTo(5L);
        assertThat(a.with("date", LocalDate.of(2026, 1, 2)).text()).contains("\ndate: 2026-01-02\n");
        assertThatThrownBy(() -> a.with("id", "five")).isInstanceOf(ArticleException.class).hasMessageContaining("'id' must be an integer");
        assertThatThrownBy(() -> a.with("title", 5)).isInstanceOf(ArticleException.class).hasMessageContaining("'title' must be text");
        assertThatThrownBy(() -> a.with("bad key", "x")).isInstanceOf(ArticleException.class);
        assertThatThrownBy(() -> a.with("title", "\uD800")).isInstanceOf(ArticleException.class).hasMessageContaining("surrogate");
        assertThatThrownBy(() -> a.without("title")).isInstanceOf(ArticleParseException.class).hasMessageContaining("missing required key 'title'");
    }

    @Test
    void unknownValuesKeepTheirType() {
        Article a = ArticleParser.parse(ICE)
                .with("flag", true).with("count", 3L).with("ratio", 0.5).with("when", LocalDate.of(2025, 1, 1))
                .with("label", "true").with("tags", List.of("a", "b: c")).with("meta", Map.of("k", "v"));
        assertThat(a.frontMatter()).containsEntry("flag", true).containsEntry("count", 3L).containsEntry("ratio", 0.5)
                .containsEntry("when", LocalDate.of(2025, 1, 1)).containsEntry("label", "true")
                .containsEntry("tags", List.of("a", "b: c")).containsEntry("meta", Map.of("k", "v"));
        assertThat(a.without("meta").without("tags").without("label").without("when").without("ratio")
                .without("count").without("flag").text()).isEqualTo(ICE);
    }

    @Test
    void buildsANewArticleFromNothing() {
        Article a = Article.builder()
                .id(1).date(LocalDate.of(2025, 5, 1)).title("What is new?").articleTitle("What is new?")
                .dateFormat("MMM DD, YYYY").postOnText("Posted on")
                .seo(new Seo("QuickTakes | Testing", "Newness.", "new, fresh")).author("QuickTakes")
                .question("What is new?").answer("Everything.\nReally.").subject("Testing")
                .fileName("what-is-new.md").url("/learn/testing/questions/what-is-new").score(-1.0)
                .build();
        assertThat(a.text()).isEqualTo("""
                ---
                id: 1
                date: 2025-05-01
                title: >-
                    What is new?
                article_title: >-
                    What is new?
                date_format: MMM DD, YYYY
                post_on_text: Posted on
                seo:
                  title: QuickTakes | Testing
                  page_description: >-
                    Newness.
                  page_keywords: >-
                    new, fresh
                author: QuickTakes
                question: >-
                    What is new?
                answer: >-
                    Everything.\\nReally.
                subject: Testing
                file_name: what-is-new.md
                url: /learn/testing/questions/what-is-new
                score: -1.0
                ---

                &nbsp;""");
        assertThat(YamlOracle.frontMatter(a.text())).isEqualTo(YamlOracle.ours(ArticleParser.parse(a.text()).frontMatter()))
                .containsEntry("title", "What is new?").containsEntry("answer", "Everything.\\nReally.");
        assertThatThrownBy(() -> Article.builder().id(1).build()).isInstanceOf(ArticleException.class)
                .hasMessage("the article lacks required keys date, title, article_title, date_format, post_on_text, seo, "
                        + "author, question, answer, subject, file_name, url");
        assertThatThrownBy(() -> Article.builder().build()).isInstanceOf(ArticleException.class)
                .hasMessageContaining("lacks required keys id, date, title");
        assertThatThrownBy(() -> a.toBuilder().without("author").without("url").build())
                .hasMessage("the article lacks required keys author, url");
    }

    @Test
    void bodyCanBeReplaced() {
        Article a = ArticleParser.parse(ICE).withBody("\nNew body\n");
        assertThat(a.body()).isEqualTo("\nNew body\n");
        assertThat(a.text()).startsWith(ICE.substring(0, ICE.length() - "\n&nbsp;".length()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }
}
