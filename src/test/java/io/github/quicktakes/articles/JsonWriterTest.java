package io.github.quicktakes.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ArticleJson JSON = ArticleJson.builder().build();
    private static final ArticleJson NO_SOURCE = ArticleJson.builder().includeSource(false).build();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("docs", "article.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    static List<String> fixtures() {
        return List.of(Fixtures.text("physics-ice.md"), Fixtures.text("plain-title-score-last.md"), Fixtures.MINIMAL,
                Fixtures.text("physics-ice.md").replace("\n", "\r\n"),
                Fixtures.MINIMAL.replace("author: QuickTakes", "author: QuickTakes\nextra_date: 2025-01-01\n"
                        + "weights: [1, 2.5, true, null]\nmeta:\n  nested: {a: 1}"));
    }

    /** Article -> JSON -> Article -> JSON is stable, and gives back the same file; the JSON fits the schema. */
    static void assertRoundTrip(Article original) throws IOException {
        String json = JSON.write(original);
        Set<ValidationMessage> problems = schema.validate(MAPPER.readTree(json));
        assertThat(problems).as(original.sourceName()).isEmpty();
        Article back = JSON.parse(json);
        assertThat(ArticleWriter.markdown().write(back)).isEqualTo(original.text());
        assertThat(JSON.write(back)).isEqualTo(json);

        Article rebuilt = JSON.parse(NO_SOURCE.write(original));
        assertThat(rebuilt.frontMatter()).isEqualTo(original.frontMatter());
        assertThat(rebuilt.body()).isEqualTo(original.body());
    }

    @Test
    void fixturesRoundTrip() throws IOException {
        for (String text : fixtures()) {
            assertRoundTrip(ArticleParser.parse(text));
        }
    }

    @Test
    void everyCorpusArticleRoundTripsThroughJson() throws IOException {
        int n = 0;
        for (Path file : Corpus.files()) {
            assertRoundTrip(ArticleParser.parse(file));
            n++;
        }
        System.out.printf("json: %d corpus articles round-tripped and schema-checked%n", n);
    }

    @Test
    void fieldsMirrorTheFrontMatter() throws IOException {
        Article a = ArticleParser.parse(Fixtures.text("physics-ice.md"));
        JsonNode json = MAPPER.readTree(JSON.write(a));
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("_schema", "id", "date", "title", "article_title", "date_format",
                "post_on_text", "seo", "author", "question", "answer", "subject", "file_name", "url", "score",
                "related_article1", "related_article2", "$related", "$answer_markdown", "$body", "$source");
        assertThat(json.get("date").asText()).isEqualTo("2025-03-14");
        assertThat(json.get("id").isIntegralNumber()).isTrue();
        assertThat(json.get("score").asDouble()).isEqualTo(-1.0);
        assertThat(json.get("seo").get("page_keywords").asText()).startsWith("ice, density");
        assertThat(json.get("answer").asText()).contains("water.\\n\\n###");
        assertThat(json.get("$answer_markdown").asText()).contains("water.\n\n###");
        assertThat(json.get("$related").get(1).get("slot").asInt()).isEqualTo(2);
    }

    @Test
    void anEditedJsonValueChangesOnlyItsLines() throws IOException {
        String text = Fixtures.text("physics-ice.md");
        ObjectNode json = (ObjectNode) MAPPER.readTree(JSON.write(ArticleParser.parse(text)));
        json.put("title", "Why is ice lighter than water?");
        ((ObjectNode) json.get("seo")).put("page_keywords", "ice");
        json.remove("score");
        Article edited = JSON.parse(MAPPER.writeValueAsString(json));
        assertThat(edited.text()).isEqualTo(text
                .replace("title: >-\n    Why does ice float on water?\narticle_title", "title: >-\n    Why is ice lighter than water?\narticle_title")
                .replace("    ice, density, hydrogen bonds, buoyancy, water anomaly\n", "    ice\n")
                .replace("score: -1.0\n", ""));
    }

    @Test
    void jsonLinesHoldOneArticlePerLine() throws IOException {
        List<Article> articles = fixtures().stream().map(ArticleParser::parse).toList();
        StringBuilder lines = new StringBuilder();
        JSON.writeLines(articles, lines);
        assertThat(lines.toString().split("\n")).hasSize(articles.size());
        assertThat(JSON.parseLines(lines.toString())).isEqualTo(articles);
    }

    @Test
    void badJsonGivesAnArticleExceptionWithItsPlace() {
        assertThatThrownBy(() -> JSON.parse("{\n  \"id\": 1,\n  oops\n}"))
                .isInstanceOfSatisfying(ArticleException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.reason()).startsWith("invalid JSON");
                });
        assertThatThrownBy(() -> JSON.parse("[1, 2]")).isInstanceOf(ArticleException.class).hasMessageContaining("must be an object");
        String json = JSON.write(ArticleParser.parse(Fixtures.MINIMAL)).replace("\"id\":42", "\"id\":\"forty-two\"");
        assertThatThrownBy(() -> JSON.parse(json)).isInstanceOf(ArticleException.class).hasMessageContaining("'id' must be an integer");
        assertThatThrownBy(() -> JSON.parseLines(JSON.write(ArticleParser.parse(Fixtures.MINIMAL)) + "\n{bad")).isInstanceOfSatisfying(
                ArticleException.class, e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void oneWriterServesManyThreads() throws Exception {
        List<Article> articles = fixtures().stream().map(ArticleParser::parse).toList();
        List<String> expected = articles.stream().map(JSON::write).toList();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        int k = i % articles.size();
                        if (!JSON.write(articles.get(k)).equals(expected.get(k)) || !JSON.parse(expected.get(k)).equals(articles.get(k))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }
}
