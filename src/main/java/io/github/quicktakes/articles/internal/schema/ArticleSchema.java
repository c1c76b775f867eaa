package io.github.quicktakes.articles.internal.schema;

import java.util.List;

/**
 * Views of {@link Keys the key table}: the generator's order, the required keys, the type of a key.
 */
public final class ArticleSchema {
    private ArticleSchema() {}

    /** What every {@code related_articleN} key starts with. */
    public static final String RELATED_PREFIX = Keys.RELATED_PREFIX;

    /** The generator's fixed key order; {@code related_articleN} keys follow, by N. */
    public static final List<String> KEY_ORDER = Keys.ROOT.names();

    /** The keys of {@code seo}, in the generator's order (all required). */
    public static final List<String> SEO_KEYS = Keys.SEO.names();
    /** The keys of a {@code related_articleN} block, in the generator's order (all required). */
    public static final List<String> RELATED_KEYS = Keys.RELATED.names();

    /** Keys every well-formed article has (strict mode rejects an article without one). */
    public static final List<String> REQUIRED = Keys.ROOT.required();

    /** The type of a top-level key. */
    public static KeyType typeOf(String key) {
        Key k = Keys.root(key);
        return k == null ? KeyType.ANY : k.type();
    }

    /** The type of a key inside the block of a top-level key. */
    public static KeyType typeOf(String parent, String key) {
        Key k = Keys.child(parent, key);
        return k == null ? KeyType.ANY : k.type();
    }

    /** N for {@code related_articleN} (N from 1, written without leading zeros), otherwise 0. */
    public static int relatedSlot(String key) {
        return Keys.relatedSlot(key);
    }

    /**
     * Where a key stands in the generator's order: its index in {@link #KEY_ORDER}, then the related
     * slots by N, then {@link Integer#MAX_VALUE} for keys the order does not know.
     */
    public static int rank(String key) {
        int i = Keys.ROOT.position(key);
        if (i >= 0) {
            return i;
        }
        int slot = relatedSlot(key);
        return slot > 0 ? KEY_ORDER.size() + slot : Integer.MAX_VALUE;
    }
}
