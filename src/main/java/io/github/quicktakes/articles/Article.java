package io.github.quicktakes.articles;

import io.github.quicktakes.articles.internal.article.AnswerCodec;
import io.github.quicktakes.articles.internal.article.ArticleDocument;
import io.github.quicktakes.articles.internal.article.FrontMatterBinding;
import io.github.quicktakes.articles.internal.article.FrontMatterEditor;
import io.github.quicktakes.articles.internal.article.Values;
import io.github.quicktakes.articles.internal.schema.ArticleSchema;
import io.github.quicktakes.articles.internal.yaml.MapEntry;
import io.github.quicktakes.articles.internal.yaml.MapNode;
import io.github.quicktakes.articles.internal.yaml.ScalarNode;
import io.github.quicktakes.articles.internal.yaml.YamlNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A QuickTakes article: typed access to its front matter and body, backed by the exact text it was
 * read from.
 *
 * <p>Immutable and thread-safe. Edits ({@link #with}, {@link #without}, {@link #withBody},
 * {@link #toBuilder()}) return a new article whose text differs from this one only in the lines of
 * the edited keys; {@link ArticleWriter#markdown()} writes that text, so an unedited article is
 * written back byte for byte. Values are decoded from the text when asked for, so an article costs
 * little more memory than its text.
 *
 * <p>Two articles are equal when their texts are equal; the source name does not count.
 *
 * <p>Typed accessors of required keys throw {@link ArticleException} when the key is missing or
 * empty, which only a {@link ParseMode#LENIENT lenient} parser lets through.
 */
public final class Article {
    private final ArticleDocument doc;
    private final String sourceName;
    private final ArticleParser parser;
    /** The text this article was first read from, before any edit: how a save detects lost updates. */
    private final String origin;

    Article(ArticleDocument doc, String sourceName, ArticleParser parser) {
        this(doc, sourceName, parser, doc.text());
    }

    private Article(ArticleDocument doc, String sourceName, ArticleParser parser, String origin) {
        this.doc = doc;
        this.sourceName = sourceName;
        this.parser = parser;
        this.origin = origin;
    }

    /**
     * A builder for a new article, written in the layout of the real site's generator. Every
     * {@linkplain #frontMatter() required key} must be set before {@link Builder#build()}.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder(ArticleParser.defaultParser().newArticleTemplate());
    }

    /**
     * A builder that starts from this article; building it unchanged gives an equal article.
     *
     * @return a builder holding this article's values
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The name of the source this article was read from: its path, or the name given to
     * {@link ArticleParser#parseText(String, String)}.
     *
     * @return the source name, or {@code null} for an article that was built, not read
     */
    public String sourceName() {
        return sourceName;
    }

    /**
     * The article's whole text in its file format, exactly as it will be written.
     *
     * @return the text
     */
    public String text() {
        return doc.text();
    }

    /**
     * The problems a {@link ParseMode#LENIENT lenient} parser accepted.
     *
     * @return the warnings, empty for a well-formed article
     */
    public List<ArticleWarning> warnings() {
        return doc.warnings();
    }

    /**
     * The {@code id}. Not unique in real data: one article can be filed under two subjects.
     *
     * @return the id
     */
    public long id() {
        return (Long) required("id");
    }

    /**
     * The {@code date} the article was posted.
     *
     * @return the date
     */
    public LocalDate date() {
        return (LocalDate) required("date");
    }

    /**
     * The {@code title}.
     *
     * @return the title
     */
    public String title() {
        return text("title");
    }

    /**
     * The {@code article_title}, shown as the page's heading.
     *
     * @return the article title
     */
    public String articleTitle() {
        return text("article_title");
    }

    /**
     * The {@code date_format}: a moment.js style pattern such as {@code MMM DD, YYYY}.
     *
     * @return the date format
     */
    public String dateFormat() {
        return text("date_format");
    }

    /**
     * The {@code post_on_text}, shown before the date ({@code Posted on}).
     *
     * @return the text
     */
    public String postOnText() {
        return text("post_on_text");
    }

    /**
     * The {@code seo} block.
     *
     * @return the seo values
     */
    public Seo seo() {
        MapNode seo = block("seo");
        return new Seo(childText(seo, "seo", "title"), childText(seo, "seo", "page_description"),
                childText(seo, "seo", "page_keywords"));
    }

    /**
     * The {@code author}.
     *
     * @return the author
     */
    public String author() {
        return text("author");
    }

    /**
     * The {@code question}.
     *
     * @return the question
     */
    public String question() {
        return text("question");
    }

    /**
     * The answer as Markdown with real line breaks: the {@code answer} key's {@code \n} escapes
     * decoded, except where {@code \n} starts a LaTeX command inside math (see
     * {@code docs/format.md}). {@code frontMatter().get("answer")} gives the text as stored.
     *
     * @return the answer's Markdown
     */
    public String answer() {
        return AnswerCodec.decode(text("answer"));
    }

    /**
     * The {@code subject}, such as {@code Computer Science}.
     *
     * @return the subject
     */
    public String subject() {
        return text("subject");
    }

    /**
     * The {@code file_name}: the file's name in its subject folder.
     *
     * @return the file name
     */
    public String fileName() {
        return text("file_name");
    }

    /**
     * The {@code url}: {@code /learn/<subject-folder>/questions/<slug>}.
     *
     * @return the url
     */
    public String url() {
        return text("url");
    }

    /**
     * The {@code score}, an optional key.
     *
     * @return the score, or empty when the article has none
     */
    public OptionalDouble score() {
        Object v = value("score");
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(((Number) v).doubleValue());
    }

    /**
     * Whether {@code no_index} is set: the article must not be indexed by search engines.
     *
     * @return {@code true} only when {@code no_index} is true
     */
    public boolean noIndex() {
        return Boolean.TRUE.equals(value("no_index"));
    }

    /**
     * The {@code related_articleN} blocks, by slot. Blocks a lenient parser accepted without an id,
     * title, subject or url are left out (they stay in {@link #frontMatter()} and in the text).
     *
     * @return the related articles, unmodifiable
     */
    public List<RelatedArticle> related() {
        List<RelatedArticle> out = new ArrayList<>(5);
        for (MapEntry e : doc.root().entries()) {
            int slot = ArticleSchema.relatedSlot(e.key());
            if (slot > 0 && e.value() instanceof MapNode block) {
                Object id = childValue(block, e.key(), "id");
                Object title = childValue(block, e.key(), "title");
                Object subject = childValue(block, e.key(), "subject");
                Object url = childValue(block, e.key(), "url");
                if (id instanceof Long l && title instanceof String t && subject instanceof String s
                        && url instanceof String u) {
                    out.add(new RelatedArticle(slot, l, t, s, u));
                }
            }
        }
        out.sort(Comparator.comparingInt(RelatedArticle::slot));
        return List.copyOf(out);
    }

    /**
     * The body: everything after the closing {@code ---} line's line break, exactly as written (real
     * articles have {@code "\n&nbsp;"}).
     *
     * @return the body
     */
    public String body() {
        return doc.body();
    }

    /**
     * Every front-matter key, known or not, in file order, with its value at the YAML level:
     * {@code String}, {@code Long}, {@code Double}, {@code Boolean}, {@code LocalDate}, a
     * {@code List}, a nested ordered {@code Map}, or {@code null} for an empty value. Known text keys
     * are always text ({@code title: 123} is {@code "123"}); {@code answer} is the stored text with
     * its {@code \n} escapes.
     *
     * @return an unmodifiable, ordered map, made anew on each call
     */
    public Map<String, Object> frontMatter() {
        return Values.of(doc.root());
    }

    /**
     * The front matter bound to a type of the caller's, with Jackson: annotations such as
     * {@code @JsonProperty} and {@code @JsonIgnoreProperties(ignoreUnknown = true)} apply, records and
     * creators work, and unknown keys fail unless the type says to ignore them (Jackson's default).
     * Values come typed by the format's rules, so {@code date} binds to a {@code LocalDate} (or a
     * {@code String}), {@code id} to a {@code long}, and a known text key such as {@code title: No}
     * stays the text {@code "No"}.
     *
     * @param type the type, such as a record with the fields a service needs
     * @param <T> the type
     * @return the bound value
     * @throws ArticleException if a value does not fit the type, at the key's line
     */
    public <T> T frontMatterAs(Class<T> type) {
        return FrontMatterBinding.bind(frontMatter(), doc.root(), Objects.requireNonNull(type, "type"), sourceName);
    }

    /**
     * One block of the front matter ({@code seo}, {@code related_article1}...) bound to a type of the
     * caller's, as {@link #frontMatterAs(Class)} binds the whole.
     *
     * @param key a top-level key whose value is a mapping
     * @param type the type
     * @param <T> the type
     * @return the bound value
     * @throws ArticleException if the key is absent or not a mapping, or a value does not fit
     */
    public <T> T frontMatterAs(String key, Class<T> type) {
        Object value = frontMatter().get(key);
        if (!(value instanceof Map<?, ?> block)) {
            throw new ArticleException("'" + key + "' is not a mapping that could bind to " + type.getName(),
                    sourceName, 0, 0, null);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) block;
        return FrontMatterBinding.bind(values, doc.node(key) instanceof MapNode m ? m : null, type, sourceName);
    }

    /**
     * Whether the front matter has a key.
     *
     * @param key a top-level key
     * @return {@code true} when the key is present, even with an empty value
     */
    public boolean has(String key) {
        return doc.root().entry(key) != null;
    }

    /**
     * A copy with a top-level key set, at the level of {@link #frontMatter()}: {@code with("answer",
     * raw)} takes the stored text with its {@code \n} escapes, {@code with("no_index", true)} a
     * {@code Boolean}, {@code with("date", LocalDate)} a date, and a nested ordered {@code Map}
     * replaces a whole block such as {@code seo}. Only the key's lines change; a new key goes where
     * the generator puts it. Setting the value a key already has returns this article.
     *
     * @param key the key: letters, digits, {@code _} and {@code -}
     * @param value the value: {@code String}, {@code Long} (or {@code Integer}), {@code Double},
     *     {@code Boolean}, {@code LocalDate}, {@code List} or {@code Map} of those
     * @return the edited article
     * @throws ArticleException if the value is of the wrong type for a known key, or cannot be held
     */
    public Article with(String key, Object value) {
        return reparse(FrontMatterEditor.set(doc, key, value));
    }

    /**
     * A copy without a top-level key.
     *
     * @param key the key
     * @return the edited article, or this one when it has no such key
     * @throws ArticleException if the key is required and this article was read strictly
     */
    public Article without(String key) {
        return reparse(FrontMatterEditor.remove(doc, key));
    }

    /**
     * A copy with another body.
     *
     * @param body the text after the closing {@code ---} line
     * @return the edited article
     */
    public Article withBody(String body) {
        return reparse(FrontMatterEditor.setBody(doc, body));
    }

    private Article reparse(String text) {
        if (text.equals(doc.text())) {
            return this;
        }
        Article edited = parser.reread(text, sourceName);
        return new Article(edited.doc, sourceName, parser, origin);
    }

    /** The text this article, or the article it was edited from, was read from. */
    String origin() {
        return origin;
    }

    /** Equal texts; the source name does not count. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Article a && a.doc.text().equals(doc.text());
    }

    @Override
    public int hashCode() {
        return doc.text().hashCode();
    }

    /** A short description: source, id and url, not the whole text. */
    @Override
    public String toString() {
        return "Article[" + (sourceName != null ? sourceName + ", " : "") + "id=" + value("id") + ", url=" + value("url") + "]";
    }

    ArticleDocument document() {
        return doc;
    }

    private Object value(String key) {
        YamlNode node = doc.node(key);
        return node == null ? null : Values.topLevel(key, node);
    }

    private Object required(String key) {
        Object v = value(key);
        if (v == null) {
            throw new ArticleException("the article has no '" + key + "'", sourceName, 0, 0, null);
        }
        return v;
    }

    private String text(String key) {
        YamlNode node = doc.node(key);
        if (node instanceof ScalarNode sn && !(sn.isPlain() && sn.value().isEmpty())) {
            return sn.value();
        }
        throw new ArticleException("the article has no '" + key + "'", sourceName, 0, 0, null);
    }

    private MapNode block(String key) {
        if (doc.node(key) instanceof MapNode map) {
            return map;
        }
        throw new ArticleException("the article has no '" + key + "'", sourceName, 0, 0, null);
    }

    private static Object childValue(MapNode block, String parent, String key) {
        MapEntry e = block.entry(key);
        return e == null ? null : Values.child(parent, e);
    }

    private String childText(MapNode block, String parent, String key) {
        Object v = childValue(block, parent, key);
        if (v instanceof String s) {
            return s;
        }
        throw new ArticleException("the article has no '" + parent + "." + key + "'", sourceName, 0, 0, null);
    }

    /**
     * Builds an article from another one or from nothing, with typed setters. Each setter records a
     * change at the YAML level; {@link #build()} applies them in order, changing only the lines of
     * keys whose value really changes. Not thread-safe; the article it builds is.
     */
    public static final class Builder {
        private final Article base;
        private final Map<String, Object> changes = new LinkedHashMap<>();
        private String body;
        private static final Object REMOVE = new Object();
        /** More changes than this are applied in one pass rather than one by one. */
        private static final int MANY_CHANGES = 32;

        Builder(Article base) {
            this.base = base;
        }

        /**
         * Sets the {@code id}.
         *
         * @param id the id
         * @return this builder
         */
        public Builder id(long id) {
            return with("id", id);
        }

        /**
         * Sets the {@code date}.
         *
         * @param date the date
         * @return this builder
         */
        public Builder date(LocalDate date) {
            return with("date", date);
        }

        /**
         * Sets the {@code title}.
         *
         * @param title the title
         * @return this builder
         */
        public Builder title(String title) {
            return with("title", title);
        }

        /**
         * Sets the {@code article_title}.
         *
         * @param articleTitle the article title
         * @return this builder
         */
        public Builder articleTitle(String articleTitle) {
            return with("article_title", articleTitle);
        }

        /**
         * Sets the {@code date_format}.
         *
         * @param dateFormat a moment.js style pattern such as {@code MMM DD, YYYY}
         * @return this builder
         */
        public Builder dateFormat(String dateFormat) {
            return with("date_format", dateFormat);
        }

        /**
         * Sets the {@code post_on_text}.
         *
         * @param postOnText the text before the date
         * @return this builder
         */
        public Builder postOnText(String postOnText) {
            return with("post_on_text", postOnText);
        }

        /**
         * Sets the {@code seo} block; children with unchanged values keep their lines.
         *
         * @param seo the seo values
         * @return this builder
         */
        public Builder seo(Seo seo) {
            Objects.requireNonNull(seo, "seo");
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("title", seo.title());
            map.put("page_description", seo.pageDescription());
            map.put("page_keywords", seo.pageKeywords());
            return with("seo", mergeBlock("seo", map));
        }

        /**
         * Sets the {@code author}.
         *
         * @param author the author
         * @return this builder
         */
        public Builder author(String author) {
            return with("author", author);
        }

        /**
         * Sets the {@code question}.
         *
         * @param question the question
         * @return this builder
         */
        public Builder question(String question) {
            return with("question", question);
        }

        /**
         * Sets the answer from Markdown with real line breaks, which are stored as {@code \n}.
         *
         * @param markdown the answer
         * @return this builder
         */
        public Builder answer(String markdown) {
            return with("answer", AnswerCodec.encode(Objects.requireNonNull(markdown, "answer")));
        }

        /**
         * Sets the {@code subject}.
         *
         * @param subject the subject
         * @return this builder
         */
        public Builder subject(String subject) {
            return with("subject", subject);
        }

        /**
         * Sets the {@code file_name}.
         *
         * @param fileName the file name, such as {@code my-question.md}
         * @return this builder
         */
        public Builder fileName(String fileName) {
            return with("file_name", fileName);
        }

        /**
         * Sets the {@code url}.
         *
         * @param url the url, such as {@code /learn/physics/questions/my-question}
         * @return this builder
         */
        public Builder url(String url) {
            return with("url", url);
        }

        /**
         * Sets the {@code score}.
         *
         * @param score the score
         * @return this builder
         */
        public Builder score(double score) {
            return with("score", score);
        }

        /**
         * Removes the {@code score}.
         *
         * @return this builder
         */
        public Builder clearScore() {
            return without("score");
        }

        /**
         * Sets {@code no_index}. Setting {@code false} on an article without the key leaves it out.
         *
         * @param noIndex whether search engines must not index the article
         * @return this builder
         */
        public Builder noIndex(boolean noIndex) {
            if (!noIndex && !base.has("no_index") && !changes.containsKey("no_index")) {
                return this;
            }
            return with("no_index", noIndex);
        }

        /**
         * Replaces all related articles: each goes to the {@code related_articleN} block of its
         * {@link RelatedArticle#slot() slot}; blocks of other slots are removed. A block whose values
         * do not change keeps its lines.
         *
         * @param related the related articles, at most one per slot
         * @return this builder
         * @throws ArticleException if two share a slot
         */
        public Builder related(List<RelatedArticle> related) {
            Map<String, Object> blocks = new LinkedHashMap<>();
            for (RelatedArticle r : related) {
                if (blocks.put(r.key(), relatedBlock(r)) != null) {
                    throw new ArticleException("two related articles in slot " + r.slot());
                }
            }
            for (String key : base.frontMatter().keySet()) {
                if (ArticleSchema.relatedSlot(key) > 0 && !blocks.containsKey(key)) {
                    changes.put(key, REMOVE);
                }
            }
            blocks.forEach(this::with);
            return this;
        }

        /**
         * Sets one related article, in the block of its slot.
         *
         * @param related the related article
         * @return this builder
         */
        public Builder relatedArticle(RelatedArticle related) {
            return with(related.key(), relatedBlock(related));
        }

        /**
         * Sets the body: the text after the closing {@code ---} line.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(String body) {
            this.body = Objects.requireNonNull(body, "body");
            return this;
        }

        /**
         * Sets any top-level key at the YAML level, as {@link Article#with} does.
         *
         * @param key the key
         * @param value the value
         * @return this builder
         */
        public Builder with(String key, Object value) {
            changes.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Removes a top-level key, as {@link Article#without} does.
         *
         * @param key the key
         * @return this builder
         */
        public Builder without(String key) {
            changes.put(Objects.requireNonNull(key, "key"), REMOVE);
            return this;
        }

        /**
         * Applies the changes.
         *
         * @return the new article; the one this builder started from when nothing changed
         * @throws ArticleException if a value is of the wrong type, or the result lacks a required
         *     key
         */
        public Article build() {
            ArticleDocument current = base.doc;
            if (changes.size() > MANY_CHANGES) {
                // One at a time, each change costs a parse of the whole text: many of them are written
                // in one pass instead (the unchanged keys then take the generator's layout).
                current = base.parser.lenientDocument(FrontMatterEditor.rewriteWith(current, changes, REMOVE),
                        base.sourceName);
            } else {
                for (Map.Entry<String, Object> e : changes.entrySet()) {
                    String text = e.getValue() == REMOVE
                            ? FrontMatterEditor.remove(current, e.getKey())
                            : FrontMatterEditor.set(current, e.getKey(), e.getValue());
                    if (!text.equals(current.text())) {
                        current = base.parser.lenientDocument(text, base.sourceName);
                    }
                }
            }
            if (body != null) {
                current = base.parser.lenientDocument(FrontMatterEditor.setBody(current, body), base.sourceName);
            }
            if (base.parser.mode() == ParseMode.STRICT) {
                MapNode root = current.root();
                List<String> missing = ArticleSchema.REQUIRED.stream().filter(k -> root.entry(k) == null).toList();
                if (!missing.isEmpty()) {
                    throw new ArticleException("the article lacks required "
                            + (missing.size() == 1 ? "key " : "keys ") + String.join(", ", missing));
                }
            }
            return base.reparse(current.text());
        }

        /** The related block for a link, keeping the order and unknown keys of an existing block. */
        private Map<String, Object> relatedBlock(RelatedArticle r) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", r.id());
            map.put("title", r.title());
            map.put("subject", r.subject());
            map.put("url", r.url());
            return mergeBlock(r.key(), map);
        }

        /** The new values merged into the existing block, whose key order and other keys are kept. */
        private Map<String, Object> mergeBlock(String key, Map<String, Object> values) {
            Object current = changes.containsKey(key) ? changes.get(key) : base.frontMatter().get(key);
            if (!(current instanceof Map<?, ?> old)) {
                return values;
            }
            Map<String, Object> merged = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : old.entrySet()) {
                String k = (String) e.getKey();
                merged.put(k, values.containsKey(k) ? values.get(k) : e.getValue());
            }
            values.forEach(merged::putIfAbsent);
            merged.values().removeIf(Objects::isNull);
            return merged;
        }
    }
}
