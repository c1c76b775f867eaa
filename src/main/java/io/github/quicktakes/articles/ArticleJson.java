package io.github.quicktakes.articles;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.quicktakes.articles.internal.writer.JsonArticles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Articles as JSON, with Jackson: a writer ({@code json}) and the reader of what it writes.
 *
 * <p>An article is one JSON object. Its fields are the front-matter keys in file order, with their
 * values at the YAML level ({@code "answer"} as stored, with its {@code \n} escapes; dates as ISO
 * strings such as {@code "2024-12-07"}; {@code seo} and {@code related_articleN} as objects;
 * unknown keys kept). Fields that cannot be YAML keys follow, named with a {@code $}:
 *
 * <ul>
 *   <li>{@code "$related"}: the related articles as an array of {@code {slot, id, title, subject, url}};
 *   <li>{@code "$answer_markdown"}: the answer as Markdown with real line breaks;
 *   <li>{@code "$body"}: the body;
 *   <li>{@code "$source"}: the article's exact file text (left out with
 *       {@link Builder#includeSource(boolean) includeSource(false)}).
 * </ul>
 *
 * <p>{@link #parse(String)} turns such JSON back into an article. With {@code $source} the article is
 * parsed from it and the front-matter fields whose value differs are applied as edits, so unedited
 * JSON gives back the original file byte for byte, and an edited value changes only its lines.
 * Without {@code $source} the article is built anew in the generator's layout. The schema of the
 * JSON form is {@code docs/article.schema.json}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ArticleJson implements ArticleWriter {

    static final ArticleJson DEFAULT = builder().build();

    /**
     * Strict where a lenient reading would guess: a key given twice is an error (which value would
     * be meant?), and so is anything after the object.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final boolean pretty;
    private final boolean includeSource;
    private final ArticleParser parser;

    private ArticleJson(Builder b) {
        this.pretty = b.pretty;
        this.includeSource = b.includeSource;
        this.parser = b.parser;
    }

    /**
     * A builder starting from the defaults: compact output, source included, lenient reading.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public void write(Article article, Appendable out) throws IOException {
        out.append(toJson(article, pretty));
    }

    /**
     * Writes articles as JSON Lines: one compact JSON object per line, for bulk loading into
     * search engines.
     *
     * @param articles the articles
     * @param out where to write
     * @throws IOException if {@code out} fails
     */
    public void writeLines(Iterable<Article> articles, Appendable out) throws IOException {
        for (Article a : articles) {
            out.append(toJson(a, false)).append('\n');
        }
    }

    /**
     * Parses an article from its JSON form.
     *
     * @param json one JSON object, as this class writes it
     * @return the article
     * @throws ArticleException if the JSON is malformed, does not describe an article, or holds a
     *     value of the wrong type for a known key; with the JSON's line and column where known
     */
    public Article parse(String json) {
        Objects.requireNonNull(json, "json");
        return parseOne(json, 0);
    }

    /**
     * Parses articles from JSON Lines (blank lines are skipped).
     *
     * @param jsonLines one JSON object per line
     * @return the articles, in order
     * @throws ArticleException for the first line that is not an article, with its line number
     */
    public List<Article> parseLines(String jsonLines) {
        List<Article> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new StringReader(jsonLines))) {
            int lineNo = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (!line.isBlank()) {
                    out.add(parseOne(line, lineNo));
                }
            }
        } catch (IOException e) {
            throw new ArticleException("reading a String failed", e);
        }
        return out;
    }

    private Article parseOne(String json, int lineNo) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = lineNo > 0 ? lineNo : at != null ? at.getLineNr() : 0;
            int column = at != null ? at.getColumnNr() : 0;
            throw new ArticleException("invalid JSON: " + e.getOriginalMessage(), "json", Math.max(line, 0),
                    Math.max(column, 0), null);
        }
        if (!(node instanceof ObjectNode object)) {
            throw new ArticleException("an article's JSON must be an object", "json", Math.max(lineNo, 0), 0, null);
        }
        return JsonArticles.read(object, parser);
    }

    private String toJson(Article article, boolean indent) {
        return JsonArticles.write(MAPPER, article, indent, includeSource);
    }

    /** Configures an {@link ArticleJson}. Not thread-safe; what it builds is. */
    public static final class Builder {
        private boolean pretty;
        private boolean includeSource = true;
        private ArticleParser parser = ArticleParser.builder().lenient().build();

        private Builder() {}

        /**
         * Whether to indent the output.
         *
         * @param pretty {@code true} for indented JSON (JSON Lines are always compact)
         * @return this builder
         */
        public Builder pretty(boolean pretty) {
            this.pretty = pretty;
            return this;
        }

        /**
         * Whether to include {@code "$source"}, the exact file text that makes the JSON read back to
         * the same bytes.
         *
         * @param includeSource {@code true} (the default) to include it
         * @return this builder
         */
        public Builder includeSource(boolean includeSource) {
            this.includeSource = includeSource;
            return this;
        }

        /**
         * The parser that reads {@code "$source"} when JSON is read back.
         *
         * @param parser the parser (lenient by default, so that every article written reads back)
         * @return this builder
         */
        public Builder parser(ArticleParser parser) {
            this.parser = Objects.requireNonNull(parser, "parser");
            return this;
        }

        /**
         * Builds the JSON writer and reader.
         *
         * @return an immutable, thread-safe instance
         */
        public ArticleJson build() {
            return new ArticleJson(this);
        }
    }
}
