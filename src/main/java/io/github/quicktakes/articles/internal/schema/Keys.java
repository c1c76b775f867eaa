package io.github.quicktakes.articles.internal.schema;

import static io.github.quicktakes.articles.internal.schema.KeyType.BOOLEAN;
import static io.github.quicktakes.articles.internal.schema.KeyType.DATE;
import static io.github.quicktakes.articles.internal.schema.KeyType.FLOAT;
import static io.github.quicktakes.articles.internal.schema.KeyType.INTEGER;
import static io.github.quicktakes.articles.internal.schema.KeyType.MAPPING;
import static io.github.quicktakes.articles.internal.schema.KeyType.TEXT;
import static io.github.quicktakes.articles.internal.yaml.ScalarStyle.FOLDED;
import static io.github.quicktakes.articles.internal.yaml.ScalarStyle.PLAIN;

import java.util.List;

/**
 * The format's keys, stated once: every other list of keys (the readers' {@link KnownKeys ids} and
 * {@link KeyRules rules}, the {@link SchemaCheck}, the editor's types, styles and placement, the
 * typing of values and of JSON) is built from this table. docs/format.md section 2 and
 * docs/article.schema.json are checked against it by tests.
 */
public final class Keys {
    private Keys() {}

    /** The children of {@code seo}. */
    public static final KeyTable SEO = new KeyTable(2, 2, List.of(
            Key.scalar("title", TEXT, PLAIN, true),
            Key.scalar("page_description", TEXT, FOLDED, true),
            Key.scalar("page_keywords", TEXT, FOLDED, true)));

    /** The children of a {@code related_articleN} block. */
    public static final KeyTable RELATED = new KeyTable(4, 4, List.of(
            Key.scalar("id", INTEGER, PLAIN, true),
            Key.scalar("title", TEXT, FOLDED, true),
            Key.scalar("subject", TEXT, PLAIN, true),
            Key.scalar("url", TEXT, PLAIN, true)));

    /** {@code related_articleN} for every N from 1 (without leading zeros); they follow the root keys, by N. */
    public static final String RELATED_PREFIX = "related_article";

    /** The key every {@code related_articleN} is. */
    public static final Key RELATED_ARTICLE = new Key(RELATED_PREFIX + "N", MAPPING, PLAIN, false, RELATED);

    /** The slots N for which the fast reader knows {@code related_articleN} by an id (real files use 1 to 5). */
    static final int FAST_RELATED_SLOTS = 5;

    /** The front matter's keys, in the generator's order; the related articles follow them. */
    public static final KeyTable ROOT = new KeyTable(0, 4, List.of(
            Key.scalar("_schema", TEXT, PLAIN, false),
            Key.scalar("id", INTEGER, PLAIN, true),
            Key.scalar("date", DATE, PLAIN, true),
            Key.scalar("title", TEXT, FOLDED, true),
            Key.scalar("article_title", TEXT, FOLDED, true),
            Key.scalar("date_format", TEXT, PLAIN, true),
            Key.scalar("post_on_text", TEXT, PLAIN, true),
            new Key("seo", MAPPING, PLAIN, true, SEO),
            Key.scalar("author", TEXT, PLAIN, true),
            Key.scalar("question", TEXT, FOLDED, true),
            Key.scalar("no_index", BOOLEAN, PLAIN, false),
            Key.scalar("answer", TEXT, FOLDED, true),
            Key.scalar("subject", TEXT, PLAIN, true),
            Key.scalar("file_name", TEXT, PLAIN, true),
            Key.scalar("url", TEXT, PLAIN, true),
            Key.scalar("score", FLOAT, PLAIN, false)));

    /** The top-level key of this name, a {@code related_articleN} included, or {@code null} for an unknown one. */
    public static Key root(String name) {
        Key k = ROOT.key(name);
        return k != null ? k : relatedSlot(name) > 0 ? RELATED_ARTICLE : null;
    }

    /** The key of this name in the block of a top-level key, or {@code null} where the format does not know it. */
    public static Key child(String parent, String name) {
        Key p = root(parent);
        return p == null || p.block() == null ? null : p.block().key(name);
    }

    /** N for {@code related_articleN} (N from 1, written without leading zeros, at most 6 digits), otherwise 0. */
    public static int relatedSlot(String key) {
        int n = RELATED_PREFIX.length();
        if (key.length() <= n || key.length() > n + 6 || !key.startsWith(RELATED_PREFIX) || key.charAt(n) == '0') {
            return 0;
        }
        int slot = 0;
        for (int i = n; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            slot = slot * 10 + (c - '0');
        }
        return slot;
    }
}
