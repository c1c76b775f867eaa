package io.github.quicktakes.articles.internal;

/**
 * The key names real articles use, so that reading a key costs no new string: the reader compares
 * the source with these and takes the constant on a match.
 */
final class KnownKeys {
    private KnownKeys() {}

    private static final String[] KEYS = {
        "_schema", "id", "date", "title", "article_title", "date_format", "post_on_text", "seo", "author",
        "question", "no_index", "answer", "subject", "file_name", "url", "score", "page_description",
        "page_keywords", "related_article1", "related_article2", "related_article3", "related_article4",
        "related_article5",
    };

    /** The keys by their hash: no two share a slot (checked when the class loads). */
    private static final String[] BY_HASH = new String[128];

    static {
        for (String k : KEYS) {
            int slot = slot(k.hashCode());
            if (BY_HASH[slot] != null) {
                throw new AssertionError("known keys " + k + " and " + BY_HASH[slot] + " share a slot");
            }
            BY_HASH[slot] = k;
        }
    }

    private static int slot(int hash) {
        return (hash ^ (hash >>> 2)) & (BY_HASH.length - 1);
    }

    /**
     * The key in {@code s[from, to)}, whose {@code String.hashCode()} the caller has computed: a
     * shared constant when it is a known one (the one known key in the hash's slot is compared with
     * the text), else a new string.
     */
    static String key(String s, int from, int to, int hash) {
        String k = BY_HASH[slot(hash)];
        if (k != null && k.length() == to - from && k.hashCode() == hash && s.startsWith(k, from)) {
            return k;
        }
        return s.substring(from, to);
    }
}
