package io.github.quicktakes.articles.internal.repository;

import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.internal.repository.SourceSlabs.Span;

/**
 * One loaded article: its index fields and its file's bytes, from which the repository parses it
 * again when asked (in index-only mode the bytes are not kept, and the file is read again).
 * Keeping the source once, not the parsed tree, holds the heap near the size of the files.
 *
 * @param key the path relative to the root, with {@code /} separators
 * @param source the file's bytes, or {@code null} in index-only mode
 * @param id the article's id ({@link Long#MIN_VALUE} when it has none)
 * @param url the url ({@code ""} when none)
 * @param title the title ({@code ""} when none)
 * @param subject the subject ({@code ""} when none)
 */
public record IndexEntry(String key, Span source, long id, String url, String title, String subject)
        implements LinkChecks.Target {

    /**
     * The entry of an article.
     *
     * @param key the path relative to the root
     * @param a the article
     * @param source its bytes, or {@code null}
     * @return the entry
     */
    public static IndexEntry of(String key, Article a, Span source) {
        return new IndexEntry(key, source, a.has("id") ? a.id() : Long.MIN_VALUE,
                a.has("url") ? a.url() : "", a.has("title") ? a.title() : "", a.has("subject") ? a.subject() : "");
    }
}
