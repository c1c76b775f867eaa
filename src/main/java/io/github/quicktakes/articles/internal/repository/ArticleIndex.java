package io.github.quicktakes.articles.internal.repository;

import io.github.quicktakes.articles.RelatedArticle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The repository's index: entries by path (sorted, so every listing is in path order), by id and
 * by url, and the resolution of related links. Not thread-safe: the repository guards it with its
 * read-write lock.
 */
public final class ArticleIndex {
    private final TreeMap<String, IndexEntry> byKey = new TreeMap<>();
    private final Map<Long, List<IndexEntry>> byId = new HashMap<>();
    private final Map<String, List<IndexEntry>> byUrl = new HashMap<>();

    /**
     * Adds an entry, replacing the one at its path.
     *
     * @param e the entry
     */
    public void put(IndexEntry e) {
        IndexEntry old = byKey.put(e.key(), e);
        if (old != null) {
            unlink(old);
        }
        // Lists of one, mostly: sized so, they hold no empty slots.
        addSorted(byId.computeIfAbsent(e.id(), k -> new ArrayList<>(1)), e);
        addSorted(byUrl.computeIfAbsent(e.url(), k -> new ArrayList<>(1)), e);
    }

    /**
     * Removes the entry at a path.
     *
     * @param key the path relative to the root
     */
    public void remove(String key) {
        IndexEntry old = byKey.remove(key);
        if (old != null) {
            unlink(old);
        }
    }

    /**
     * The entry at a path.
     *
     * @param key the path relative to the root
     * @return the entry, or {@code null}
     */
    public IndexEntry get(String key) {
        return byKey.get(key);
    }

    /**
     * Every entry, in path order.
     *
     * @return a live view
     */
    public Collection<IndexEntry> all() {
        return byKey.values();
    }

    /**
     * How many entries there are.
     *
     * @return the count
     */
    public int size() {
        return byKey.size();
    }

    /**
     * The entries with an id.
     *
     * @param id the id
     * @return the entries in path order, empty when none
     */
    public List<IndexEntry> withId(long id) {
        return byId.getOrDefault(id, List.of());
    }

    /**
     * The entries with a url.
     *
     * @param url the url
     * @return the entries in path order, empty when none
     */
    public List<IndexEntry> atUrl(String url) {
        return byUrl.getOrDefault(url, List.of());
    }

    /**
     * The article a related link points to: the one with the link's id and url; otherwise the one
     * at the link's url (the page the site links to, whatever id was copied); otherwise the first
     * with the link's id.
     *
     * @param r the link
     * @return the target's entry, or {@code null} for a broken link
     */
    public IndexEntry resolve(RelatedArticle r) {
        List<IndexEntry> withId = withId(r.id());
        for (IndexEntry e : withId) {
            if (e.url().equals(r.url())) {
                return e;
            }
        }
        List<IndexEntry> atUrl = atUrl(r.url());
        if (!atUrl.isEmpty()) {
            return atUrl.get(0);
        }
        return withId.isEmpty() ? null : withId.get(0);
    }

    private void unlink(IndexEntry e) {
        removeFrom(byId, e.id(), e);
        removeFrom(byUrl, e.url(), e);
    }

    private static <K> void removeFrom(Map<K, List<IndexEntry>> map, K key, IndexEntry e) {
        List<IndexEntry> list = map.get(key);
        if (list != null) {
            list.removeIf(x -> x.key().equals(e.key()));
            if (list.isEmpty()) {
                map.remove(key);
            }
        }
    }

    private static void addSorted(List<IndexEntry> list, IndexEntry e) {
        list.add(e);
        if (list.size() > 1) {
            list.sort(Comparator.comparing(IndexEntry::key));
        }
    }
}
