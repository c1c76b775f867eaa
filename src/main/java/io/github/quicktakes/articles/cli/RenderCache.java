package io.github.quicktakes.articles.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
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
    /** Bumped whenever what a page holds changes, so that an older cache is never trusted. */
    private static final int FORMAT = 4;
    private static final String VERSION = new Version().getVersion()[0];

    /** An input file as read: its summary (or why it has no page) under its size and time. */
    record FileEntry(String key, long size, long modified, Object outcome) {}

    /** A page as written: from which file and with which related links resolved (one char each). */
    record PageEntry(String page, String key, String links) {}

    private final Map<String, FileEntry> files = new HashMap<>();
    private final Map<String, PageEntry> pagesByKey = new HashMap<>();
    private final List<String> indexes = new ArrayList<>();

    /** The options a page's bytes depend on besides its article. */
    private final String options;
    /** The subject indexes' page size: only the indexes depend on it, so another one renders no article page again. */
    private final int pageSize;

    private RenderCache(String options, int pageSize) {
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
        RenderCache none = new RenderCache(options, 0);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(out.resolve(NAME)), 1 << 16))) {
            if (in.readInt() != FORMAT || !readString(in).equals(VERSION) || !readString(in).equals(options)) {
                return none;
            }
            RenderCache c = new RenderCache(options, in.readInt());
            for (int n = in.readInt(); n > 0; n--) {
                FileEntry e = new FileEntry(readString(in), in.readLong(), in.readLong(), readOutcome(in));
                c.files.put(e.key(), e);
            }
            for (int n = in.readInt(); n > 0; n--) {
                PageEntry p = new PageEntry(readString(in), readString(in), readString(in));
                c.pagesByKey.put(p.key(), p);
            }
            for (int n = in.readInt(); n > 0; n--) {
                c.indexes.add(readString(in));
            }
            return c;
        } catch (NoSuchFileException e) {
            return none;
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be read only costs a full render.
            return none;
        }
    }

    /** What was read of a file, when it has the same size and time as then. Never for a symbolic link, whose own time does not follow its target's. */
    Object known(String key, BasicFileAttributes attrs) {
        FileEntry e = files.get(key);
        if (e == null || attrs.isSymbolicLink() || e.size() != attrs.size() || e.modified() != modified(attrs)) {
            return null;
        }
        return e.outcome();
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

    /** Whether the subject indexes, the home page and the sitemap the cache knows are all there. */
    boolean indexesExist(Path out) {
        if (files.isEmpty() || !Files.isRegularFile(out.resolve("index.html")) || !Files.isRegularFile(out.resolve("sitemap.xml"))) {
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

    /** Writes the cache, atomically: a render killed halfway leaves the old one or none. */
    void save(Path out) throws IOException {
        Path tmp = out.resolve(NAME + ".tmp");
        try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            o.writeInt(FORMAT);
            writeString(o, VERSION);
            writeString(o, options);
            o.writeInt(pageSize);
            o.writeInt(files.size());
            for (FileEntry e : files.values()) {
                writeString(o, e.key());
                o.writeLong(e.size());
                o.writeLong(e.modified());
                writeOutcome(o, e.outcome());
            }
            o.writeInt(pagesByKey.size());
            for (PageEntry p : pagesByKey.values()) {
                writeString(o, p.page());
                writeString(o, p.key());
                writeString(o, p.links());
            }
            o.writeInt(indexes.size());
            for (String s : indexes) {
                writeString(o, s);
            }
        }
        Files.move(tmp, out.resolve(NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void writeOutcome(DataOutputStream o, Object outcome) throws IOException {
        if (outcome instanceof String why) {
            o.writeBoolean(false);
            writeString(o, why);
            return;
        }
        PageSummary s = (PageSummary) outcome;
        o.writeBoolean(true);
        for (String f : new String[] {s.key(), s.url(), s.folder(), s.slug(), s.subject(), s.title(), s.dateText()}) {
            writeString(o, f);
        }
        o.writeLong(s.date() == null ? Long.MIN_VALUE : s.date().toEpochDay());
        o.writeBoolean(s.noIndex());
        o.writeInt(s.relatedUrls().size());
        for (String u : s.relatedUrls()) {
            writeString(o, u);
        }
    }

    private static Object readOutcome(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return readString(in);
        }
        String[] f = new String[7];
        for (int i = 0; i < f.length; i++) {
            f[i] = readString(in);
        }
        long day = in.readLong();
        boolean noIndex = in.readBoolean();
        List<String> related = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            related.add(readString(in));
        }
        return new PageSummary(f[0], f[1], f[2], f[3], f[4], f[5], day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day),
                f[6], noIndex, List.copyOf(related));
    }

    /** The longest string {@link DataOutputStream#writeUTF} always takes (three bytes a char at most, 65,535 bytes). */
    private static final int SHORT = 65_535 / 3;

    /**
     * Any text: short ones in the stream's modified UTF-8 (one byte a char for ASCII, and lossless
     * for any char, a lone surrogate too), longer ones as UTF-16 code units.
     */
    private static void writeString(DataOutputStream o, String s) throws IOException {
        if (s.length() <= SHORT) {
            o.writeBoolean(true);
            o.writeUTF(s);
            return;
        }
        o.writeBoolean(false);
        int n = s.length();
        byte[] b = new byte[2 * n];
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            b[2 * i] = (byte) (c >> 8);
            b[2 * i + 1] = (byte) c;
        }
        o.writeInt(n);
        o.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        if (in.readBoolean()) {
            return in.readUTF();
        }
        int n = in.readInt();
        if (n < 0 || n > (1 << 24)) {
            throw new IOException("bad cache");
        }
        byte[] b = new byte[2 * n];
        in.readFully(b);
        char[] chars = new char[n];
        for (int i = 0; i < n; i++) {
            chars[i] = (char) ((b[2 * i] & 0xff) << 8 | (b[2 * i + 1] & 0xff));
        }
        return new String(chars);
    }
}
