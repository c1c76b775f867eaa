package io.github.quicktakes.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleParserTest {

    private static final ArticleParser LENIENT = ArticleParser.builder().lenient().build();

    @Test
    void readsEveryKnownFieldWithItsType() {
        Article a = ArticleParser.parse(Fixtures.text("physics-ice.md"));

        assertThat(a.id()).isEqualTo(700101L);
        assertThat(a.date()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(a.title()).isEqualTo("Why does ice float on water?");
        assertThat(a.articleTitle()).isEqualTo("Why does ice float on water?");
        assertThat(a.dateFormat()).isEqualTo("MMM DD, YYYY");
        assertThat(a.postOnText()).isEqualTo("Posted on");
        assertThat(a.seo().title()).isEqualTo("QuickTakes | Physics");
        assertThat(a.seo().pageDescription()).endsWith("open lattice. ").as("trailing space is part of the value");
        assertThat(a.seo().keywords()).containsExactly("ice", "density", "hydrogen bonds", "buoyancy", "water anomaly");
        assertThat(a.author()).isEqualTo("QuickTakes");
        assertThat(a.question()).isEqualTo("Why does ice float on water?");
        assertThat(a.answer()).startsWith("Ice floats because it is **less dense** than liquid water.\n\n### The lattice\n\n")
                .contains("$\\rho_{water} \\neq \\rho_{ice}$")
                .contains("$$\nF_b = \\rho_{water} g V_{sub}\n$$")
                .endsWith("from the top — fish survive below.");
        assertThat(a.subject()).isEqualTo("Physics");
        assertThat(a.fileName()).isEqualTo("why-does-ice-float-on-water.md");
        assertThat(a.url()).isEqualTo("/learn/physics/questions/why-does-ice-float-on-water");
        assertThat(a.score()).hasValue(-1.0);
        assertThat(a.noIndex()).isFalse();
        assertThat(a.related()).containsExactly(
                new RelatedArticle(1, 700102, "What is buoyancy?", "Physics", "/learn/physics/questions/what-is-buoyancy"),
                new RelatedArticle(2, 700103, "How do hydrogen bonds work?", "Chemistry",
                        "/learn/chemistry/questions/how-do-hydrogen-bonds-work"));
        assertThat(a.body()).isEqualTo("\n&nbsp;");
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void frontMatterIsTheOrderedYamlLevelView() {
        Article a = ArticleParser.parse(Fixtures.text("physics-ice.md"));
        Map<String, Object> fm = a.frontMatter();

        assertThat(fm.keySet()).containsExactly("_schema", "id", "date", "title", "article_title", "date_format",
                "post_on_text", "seo", "author", "question", "answer", "subject", "file_name", "url", "score",
                "related_article1", "related_article2");
        assertThat(fm.get("id")).isEqualTo(700101L);
        assertThat(fm.get("date")).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(fm.get("score")).isEqualTo(-1.0);
        assertThat((String) fm.get("answer")).contains("water.\\n\\n### The lattice");
        assertThat(fm.get("seo")).isInstanceOf(Map.class);
        assertThat(((Map<?, ?>) fm.get("related_article2")).get("id")).isEqualTo(700103L);
        assertThatThrownBy(() -> fm.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void writesAnUneditedArticleBackByteForByte() {
        for (String name : List.of("physics-ice.md", "plain-title-score-last.md")) {
            String text = Fixtures.text(name);
            assertThat(ArticleWriter.markdown().write(ArticleParser.parse(text))).isEqualTo(text);
        }
    }

    @Test
    void keepsCrlfLineEndings() {
        String crlf = Fixtures.text("physics-ice.md").replace("\n", "\r\n");
        Article a = ArticleParser.parse(crlf);
        assertThat(a.title()).isEqualTo("Why does ice float on water?");
        assertThat(a.seo().pageDescription()).endsWith("lattice. ");
        assertThat(a.body()).isEqualTo("\r\n&nbsp;");
        assertThat(ArticleWriter.markdown().write(a)).isEqualTo(crlf);
    }

    @Test
    void keepsAByteOrderMark(@TempDir Path dir) throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = Fixtures.MINIMAL.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(body, 0, bytes, 3, body.length);
        Path file = dir.resolve("bom.md");
        Files.write(file, bytes);

        Article a = ArticleParser.parse(file);
        assertThat(a.id()).isEqualTo(42L);
        assertThat(a.sourceName()).isEqualTo(file.toString());
        assertThat(ArticleWriter.markdown().write(a).getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
    }

    @Test
    void leadingBlankLineIsAWarningWhenLenientAndAnErrorWhenStrict() {
        String text = "\n" + Fixtures.MINIMAL;

        assertThatThrownBy(() -> ArticleParser.parse(text))
                .isInstanceOfSatisfying(ArticleParseException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isEqualTo(1);
                    assertThat(e.reason()).contains("blank line before the opening '---'");
                });

        Article a = LENIENT.parseText(text, "lead.md");
        assertThat(a.warnings()).containsExactly(
                new ArticleWarning("lead.md", 1, 1, "blank line before the opening '---'"));
        assertThat(a.id()).isEqualTo(42L);
        assertThat(ArticleWriter.markdown().write(a)).isEqualTo(text);
    }

    @Test
    void quotedTitlesMayHoldColonsAndHashes() {
        String text = Fixtures.MINIMAL
                .replace("title: A small question\narticle_title: A small question",
                        "title: \"Gases: why #1 is \\\"ideal\\\"\"\narticle_title: 'It''s: #2'");
        Article a = ArticleParser.parse(text);
        assertThat(a.title()).isEqualTo("Gases: why #1 is \"ideal\"");
        assertThat(a.articleTitle()).isEqualTo("It's: #2");
        assertThat(ArticleWriter.markdown().write(a)).isEqualTo(text);
    }

    @Test
    void keepsUnknownKeysInPlace() {
        String text = Fixtures.MINIMAL.replace("author: QuickTakes\n",
                "author: QuickTakes\nreviewed_by: Ada\nflags:\n  - one\n  - two\nweight: 3\n");
        Article a = ArticleParser.parse(text);
        assertThat(a.frontMatter()).containsEntry("reviewed_by", "Ada").containsEntry("weight", 3L)
                .containsEntry("flags", List.of("one", "two"));
        assertThat(List.copyOf(a.frontMatter().keySet())).containsSubsequence("author", "reviewed_by", "flags", "weight", "question");
        assertThat(ArticleWriter.markdown().write(a)).isEqualTo(text);
        Article edited = a.with("title", "Another question");
        assertThat(edited.frontMatter()).containsEntry("reviewed_by", "Ada").containsEntry("flags", List.of("one", "two"));
    }

    @Test
    void optionalKeysMayBeMissing() {
        Article a = ArticleParser.parse(Fixtures.MINIMAL);
        assertThat(a.score()).isEmpty();
        assertThat(a.noIndex()).isFalse();
        assertThat(a.related()).isEmpty();
        assertThat(a.has("score")).isFalse();
    }

    @Test
    void acceptsMoreThanFiveRelatedArticles() {
        StringBuilder related = new StringBuilder();
        for (int n = 1; n <= 6; n++) {
            related.append("related_article").append(n).append(":\n    id: ").append(100 + n)
                    .append("\n    title: >-\n        Linked question ").append(n)
                    .append("\n    subject: Testing\n    url: /learn/testing/questions/linked-").append(n).append('\n');
        }
        String text = Fixtures.MINIMAL.replace("---\n\n&nbsp;", related + "---\n\n&nbsp;");
        Article a = ArticleParser.parse(text);
        assertThat(a.related()).hasSize(6);
        assertThat(a.related().get(5)).isEqualTo(
                new RelatedArticle(6, 106, "Linked question 6", "Testing", "/learn/testing/questions/linked-6"));
        assertThat(ArticleWriter.markdown().write(a)).isEqualTo(text);
    }

    @Test
    void noIndexIsABooleanWrittenTheCorpusWay() {
        Article a = ArticleParser.parse(Fixtures.MINIMAL.replace("answer: >-", "no_index: True\nanswer: >-"));
        assertThat(a.noIndex()).isTrue();
        assertThat(a.frontMatter()).containsEntry("no_index", true);
    }

    @Test
    void yamlWordBooleansInTextFieldsStayText() {
        Article a = ArticleParser.parse(Fixtures.MINIMAL
                .replace("answer: >-\n    A fixture is known input.\\nIt makes tests repeatable.", "answer: No")
                .replace("title: A small question", "title: yes")
                .replace("author: QuickTakes", "author: 123"));
        assertThat(a.answer()).isEqualTo("No");
        assertThat(a.title()).isEqualTo("yes");
        assertThat(a.author()).isEqualTo("123");
        assertThat(a.frontMatter()).containsEntry("answer", "No").containsEntry("author", "123");
    }

    @Test
    void negativeAndShortIdsAreRead() {
        assertThat(ArticleParser.parse(Fixtures.MINIMAL.replace("id: 42", "id: -13")).id()).isEqualTo(-13L);
        assertThat(ArticleParser.parse(Fixtures.MINIMAL.replace("id: 42", "id: 7")).id()).isEqualTo(7L);
    }

    @Test
    void lenientModeKeepsAnArticleWithoutARequiredKey() {
        String text = Fixtures.MINIMAL.replace("author: QuickTakes\n", "");
        assertThatThrownBy(() -> ArticleParser.parse(text))
                .isInstanceOfSatisfying(ArticleParseException.class, e -> {
                    assertThat(e.reason()).isEqualTo("missing required key 'author'");
                    assertThat(e.line()).isEqualTo(1);
                });
        Article a = LENIENT.parseText(text);
        assertThat(a.warnings()).extracting(ArticleWarning::message).containsExactly("missing required key 'author'");
        assertThatThrownBy(a::author).isInstanceOf(ArticleException.class).hasMessageContaining("no 'author'");
        assertThat(a.title()).isEqualTo("A small question");
    }

    @Test
    void generalReaderHandlesYamlOutsideTheFastSubset() {
        String text = Fixtures.MINIMAL
                .replace("author: QuickTakes", "# a comment\nauthor: &who QuickTakes\nreviewer: *who\ntags: [a, b]")
                .replace("question: >-\n    What is a fixture?", "question: |\n  What is\n  a fixture?");
        Article a = ArticleParser.parse(text);
        assertThat(a.question()).isEqualTo("What is\na fixture?\n");
        assertThat(a.frontMatter()).containsEntry("reviewer", "QuickTakes").containsEntry("tags", List.of("a", "b"));
        assertThat(ArticleWriter.markdown().write(a)).isEqualTo(text);
        assertThat(a.with("title", "Changed").text()).isEqualTo(text.replace("\ntitle: A small question\n", "\ntitle: Changed\n"));
    }

    @ParameterizedTest
    @CsvSource({"-1.0, -1.0", "3, 3.0", "+2.5, 2.5", "1e3, 1000.0", "2.E-1, 0.2", ".5, 0.5", ".inf, Infinity",
        "-.Inf, -Infinity", ".NaN, NaN"})
    void readsEveryFloatYamlWrites(String written, double expected) {
        String text = Fixtures.MINIMAL.replace("url: /learn/testing/questions/a-small-question\n",
                "url: /learn/testing/questions/a-small-question\nscore: " + written + "\n");
        assertThat(ArticleParser.parse(text).score()).hasValue(expected);
    }
}
