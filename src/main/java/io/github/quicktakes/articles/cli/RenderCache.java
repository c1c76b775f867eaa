package io.github.quicktakes.articles.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a render left in its output folder for the next one ({@value #NAME}): for each input file
 * (by its path, size and modification time) what was read of it, and for each page the file it was
 * rendered from and which of its related links led to a page. A later render into the same folder
 * reads again only the files that changed, and renders again only the pages whose article changed
 * or one of whose related links appeared or went; it deletes the pages and indexes it wrote before
 * and no longer writes. A cache written with other options, by another version, or unreadable, is
 * ignored: the render is then a full one.
 */
final class RenderCache {
    static final String NAME = ".quicktakes-render-cache";

    /** An input file as read: its summary (or why it has no page) under its size and time. */
    record FileEntry(String key, long size, long modified, Object outcome) {}

    /**
     * A page as written: from which file's summary, and with which related links resolved (one char
     * each).
     */
    record PageEntry(PageSummary summary, String links) {
        /** The file the page was written from. */
        String key() {
            return summary.key();
        }

        /** The page's path in the site. */
        String page() {
            return summary.page();
        }
    }

    // Package-private for RenderCacheFile, which reads and writes them.
    final Map<String, FileEntry> files = new HashMap<>();
    final Map<String, PageEntry> pagesByKey = new HashMap<>();
    final List<String> indexes = new ArrayList<>();

    /** The options a page's bytes depend on besides its article. */
    final String options;
    /** The subject indexes' page size: only the indexes depend on it, so another one renders no article page again. */
    int pageSize;
    /** The length of the file this cache was read from (0 when none), and of its appended changes. */
    long fileBytes;
    long appendedBytes;

    RenderCache(String options, int pageSize) {
        this.options = options;
        this.pageSize = pageSize;
    }

    /** An empty cache, for a render with these options and this page size of the indexes. */
    static RenderCache empty(String options, int pageSize) {
        return new RenderCache(options, pageSize);
    }

    /** The page size the indexes were written with; 0 for an empty cache (none were written). */
    int pageSize() {
        return pageSize;
    }

    /** The cache in a folder, or an empty one when there is none, it is unreadable or the options differ. */
    static RenderCache load(Path out, String options) {
        return RenderCacheFile.load(out, options);
    }

    /**
     * The entry of a file, when it has the same size and time as then (the same object, so that
     * saving sees at once that it did not change). Never for a symbolic link, whose own time does
     * not follow its target's.
     */
    FileEntry entry(String key, BasicFileAttributes attrs) {
        FileEntry e = files.get(key);
        if (e == null || attrs.isSymbolicLink() || e.size() != attrs.size() || e.modified() != modified(attrs)) {
            return null;
        }
        return e;
    }

    static long modified(BasicFileAttributes attrs) {
        return attrs.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /** The page written from a file, or null. */
    PageEntry pageOf(String key) {
        return pagesByKey.get(key);
    }

    /** Every page written. */
    Iterable<PageEntry> pages() {
        return pagesByKey.values();
    }

    /** How many input files the cache knows. */
    int fileCount() {
        return files.size();
    }

    /** How many pages the cache knows. */
    int pageCount() {
        return pagesByKey.size();
    }

    /**
     * Whether the subject indexes, the home page and (when the site has one) the sitemap the cache
     * knows are all there.
     */
    boolean indexesExist(Path out, boolean sitemap) {
        if (files.isEmpty() || !Files.isRegularFile(out.resolve("index.html"))
                || sitemap && !Files.isRegularFile(out.resolve("sitemap.xml"))) {
            return false;
        }
        return indexes.stream().allMatch(i -> Files.isRegularFile(out.resolve(i)));
    }

    /** The index files (home, subject indexes) written, relative to the site. */
    List<String> indexes() {
        return indexes;
    }

    void putFile(FileEntry e) {
        files.put(e.key(), e);
    }

    void putPage(PageEntry p) {
        pagesByKey.put(p.key(), p);
    }

    void putIndex(String index) {
        indexes.add(index);
    }

    /**
     * Writes the cache for the next render: what changed since {@code before} (the cache this
     * render started from) appended to its file when that is small, else the whole cache anew.
     */
    void save(Path out, RenderCache before) throws IOException {
        RenderCacheFile.save(out, this, before);
    }
}
