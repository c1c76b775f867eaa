package io.github.quicktakes.articles.internal.schema;

import java.util.List;
import java.util.Set;

/** The keys of the QuickTakes format: their types, the generator's order, and which are required. */
public final class ArticleSchema {
    private ArticleSchema() {}

    public static final String RELATED_PREFIX = "related_article";

    /** The generator's fixed key order; {@code related_articleN} keys follow, by N. */
    public static final List<String> KEY_ORDER = List.of(
            "_schema", "id", "date", "title", "article_title", "date_format", "post_on_text", "seo",
            "author", "question", "no_index", "answer", "subject", "file_name", "url", "score");

    public static final List<String> SEO_KEYS = List.of("title", "page_description", "page_keywords");
    public static final List<String> RELATED_KEYS = List.of("id", "title", "subject", "url");

    /** Keys every well-formed article has (strict mode rejects an article without one). */
    public static final List<String> REQUIRED = List.of(
            "id", "date", "title", "article_title", "date_format", "post_on_text", "seo", "author",
            "question", "answer", "subject", "file_name", "url");

    private static final Set<String> TEXT_KEYS = Set.of(
            "_schema", "title", "article_title", "date_format", "post_on_text", "author", "question",
            "answer", "subject", "file_name", "url");

    /** The type of a top-level key. */
    public static KeyType typeOf(String key) {
        if (TEXT_KEYS.contains(key)) {
            return KeyType.TEXT;
        }
        return switch (key) {
            case "id" -> KeyType.INTEGER;
            case "date" -> KeyType.DATE;
            case "score" -> KeyType.FLOAT;
            case "no_index" -> KeyType.BOOLEAN;
            case "seo" -> KeyType.MAPPING;
            default -> relatedSlot(key) > 0 ? KeyType.MAPPING : KeyType.ANY;
        };
    }

    /** The type of a key inside the block of a top-level key. */
    public static KeyType typeOf(String parent, String key) {
        if (parent.equals("seo")) {
            return SEO_KEYS.contains(key) ? KeyType.TEXT : KeyType.ANY;
        }
        if (relatedSlot(parent) > 0) {
            if (key.equals("id")) {
                return KeyType.INTEGER;
            }
            return RELATED_KEYS.contains(key) ? KeyType.TEXT : KeyType.ANY;
        }
        return KeyType.ANY;
    }

    /** N for {@code related_articleN} (N from 1, written without leading zeros), otherwise 0. */
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

    /**
     * Where a key stands in the generator's order: its index in {@link #KEY_ORDER}, then the related
     * slots by N, then {@link Integer#MAX_VALUE} for keys the order does not know.
     */
    public static int rank(String key) {
        int i = KEY_ORDER.indexOf(key);
        if (i >= 0) {
            return i;
        }
        int slot = relatedSlot(key);
        return slot > 0 ? KEY_ORDER.size() + slot : Integer.MAX_VALUE;
    }
}
