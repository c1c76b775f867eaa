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

    /** Keys by length, then in the order above. */
    private static final String[][] BY_LENGTH = new String[20][];

    static {
        for (int len = 0; len < BY_LENGTH.length; len++) {
            int n = 0;
            for (String k : KEYS) {
                n += k.length() == len ? 1 : 0;
            }
            BY_LENGTH[len] = new String[n];
            int i = 0;
            for (String k : KEYS) {
                if (k.length() == len) {
                    BY_LENGTH[len][i++] = k;
                }
            }
        }
    }

    /**
     * The key in {@code s[from, to)}, whose {@code String.hashCode()} the caller has computed: a
     * shared constant when it is a known one. Only known keys of the same length and hash are
     * compared with the text.
     */
    static String key(String s, int from, int to, int hash) {
        int len = to - from;
        if (len < BY_LENGTH.length) {
            for (String k : BY_LENGTH[len]) {
                if (k.hashCode() == hash && s.startsWith(k, from)) {
                    return k;
                }
            }
        }
        return s.substring(from, to);
    }
}
