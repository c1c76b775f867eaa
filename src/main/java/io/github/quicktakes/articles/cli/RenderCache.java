package io.github.quicktakes.articles.cli;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    private static final int FORMAT = 5;
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
        try {
            // Read whole and decoded in place: a render that changed nothing spends most of its
            // time in code run once, where a stream's per-byte calls are slow.
            In in = new In(Files.readAllBytes(out.resolve(NAME)));
            if (in.int32() != FORMAT || !in.string().equals(VERSION) || !in.string().equals(options)) {
                return none;
            }
            RenderCache c = new RenderCache(options, in.int32());
            String[] table = new String[count(in.int32())];
            for (int i = 0; i < table.length; i++) {
                table[i] = in.string();
            }
            for (int n = count(in.int32()); n > 0; n--) {
                String key = table[in.number()];
                FileEntry e = new FileEntry(key, in.int64(), in.int64(), readOutcome(in, key, table));
                c.files.put(key, e);
            }
            for (int n = count(in.int32()); n > 0; n--) {
                String key = table[in.number()];
                String links = table[in.number()];
                if (c.files.get(key) == null || !(c.files.get(key).outcome() instanceof PageSummary s)) {
                    return none;
                }
                c.pagesByKey.put(key, new PageEntry(s.page(), key, links));
            }
            for (int n = count(in.int32()); n > 0; n--) {
                c.indexes.add(table[in.number()]);
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

    /** The summaries the pages were written from, by subject folder. */
    Map<String, Set<PageSummary>> pagesByFolder() {
        Map<String, Set<PageSummary>> byFolder = new HashMap<>();
        for (PageEntry p : pagesByKey.values()) {
            PageSummary s = (PageSummary) files.get(p.key()).outcome();
            byFolder.computeIfAbsent(s.folder(), k -> new HashSet<>()).add(s);
        }
        return byFolder;
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
     * Writes the cache, atomically: a render killed halfway leaves the old one or none. Every
     * distinct text is written once, in a table before the records, which refer to it by number:
     * keys, slugs and titles are the bulk, and related urls are mostly other articles' folder and
     * slug again (39 MB for the 35,915 articles of the benchmark site in the format before, which
     * wrote each text where it occurred).
     */
    void save(Path out) throws IOException {
        Strings table = new Strings();
        List<FileEntry> fileList = new ArrayList<>(files.values());
        fileList.forEach(e -> table.addAll(e));
        pagesByKey.values().forEach(p -> table.add(p.links()));
        indexes.forEach(table::add);
        Path tmp = out.resolve(NAME + ".tmp");
        try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            o.writeInt(FORMAT);
            writeString(o, VERSION);
            writeString(o, options);
            o.writeInt(pageSize);
            o.writeInt(table.list.size());
            for (String t : table.list) {
                writeString(o, t);
            }
            o.writeInt(fileList.size());
            for (FileEntry e : fileList) {
                table.write(o, e.key());
                o.writeLong(e.size());
                o.writeLong(e.modified());
                writeOutcome(o, table, e.outcome());
            }
            o.writeInt(pagesByKey.size());
            for (PageEntry p : pagesByKey.values()) {
                table.write(o, p.key());
                table.write(o, p.links());
            }
            o.writeInt(indexes.size());
            for (String i : indexes) {
                table.write(o, i);
            }
        }
        Files.move(tmp, out.resolve(NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The distinct texts of a cache being written, numbered in the order first met. */
    private static final class Strings {
        final List<String> list = new ArrayList<>();
        final Map<String, Integer> numbers = new HashMap<>();

        void add(String s) {
            if (numbers.putIfAbsent(s, list.size()) == null) {
                list.add(s);
            }
        }

        void addAll(FileEntry e) {
            add(e.key());
            if (e.outcome() instanceof String why) {
                add(why);
                return;
            }
            PageSummary s = (PageSummary) e.outcome();
            for (String f : new String[] {s.folder(), s.slug(), s.subject(), s.title(), s.dateText()}) {
                add(f);
            }
            for (String u : s.relatedUrls()) {
                String[] parts = siteUrlParts(u);
                if (parts == null) {
                    add(u);
                } else {
                    add(parts[0]);
                    add(parts[1]);
                }
            }
        }

        void write(DataOutputStream o, String s) throws IOException {
            writeNumber(o, numbers.get(s));
        }
    }

    /** The folder and slug of a url of the site's form, {@code /learn/<folder>/questions/<slug>}, else null. */
    private static String[] siteUrlParts(String url) {
        String[] parts = url.split("/", -1);
        return parts.length == 5 && parts[0].isEmpty() && parts[1].equals("learn") && parts[3].equals("questions")
                ? new String[] {parts[2], parts[4]} : null;
    }

    private static String siteUrl(String folder, String slug) {
        return "/learn/" + folder + "/questions/" + slug;
    }

    private static void writeOutcome(DataOutputStream o, Strings table, Object outcome) throws IOException {
        if (outcome instanceof String why) {
            o.writeByte(0);
            table.write(o, why);
            return;
        }
        PageSummary s = (PageSummary) outcome;
        // A summary's url is its folder and slug (PagePaths checked it), its key the file's, and its
        // date almost always after 1970: the general form is for the rest.
        boolean plain = s.url().equals(siteUrl(s.folder(), s.slug())) && s.date() != null
                && s.date().toEpochDay() >= 0 && s.date().toEpochDay() <= Integer.MAX_VALUE;
        o.writeByte(plain ? 1 : 2);
        for (String f : new String[] {s.folder(), s.slug(), s.subject(), s.title(), s.dateText()}) {
            table.write(o, f);
        }
        if (!plain) {
            o.writeBoolean(s.date() != null);
            o.writeLong(s.date() == null ? 0 : s.date().toEpochDay());
            writeString(o, s.url());
        } else {
            writeNumber(o, (int) s.date().toEpochDay());
        }
        o.writeBoolean(s.noIndex());
        writeNumber(o, s.relatedUrls().size());
        for (String u : s.relatedUrls()) {
            String[] parts = siteUrlParts(u);
            if (parts == null) {
                o.writeBoolean(false);
                table.write(o, u);
            } else {
                o.writeBoolean(true);
                table.write(o, parts[0]);
                table.write(o, parts[1]);
            }
        }
    }

    private static Object readOutcome(In in, String key, String[] table) throws IOException {
        int kind = in.u8();
        if (kind == 0) {
            return table[in.number()];
        }
        String folder = table[in.number()];
        String slug = table[in.number()];
        String subject = table[in.number()];
        String title = table[in.number()];
        String dateText = table[in.number()];
        LocalDate date;
        String url;
        if (kind == 1) {
            date = LocalDate.ofEpochDay(in.number());
            url = siteUrl(folder, slug);
        } else {
            boolean dated = in.bool();
            long day = in.int64();
            date = dated ? LocalDate.ofEpochDay(day) : null;
            url = in.string();
        }
        boolean noIndex = in.bool();
        int n = in.number();
        String[] related = new String[n];
        for (int i = 0; i < n; i++) {
            related[i] = in.bool() ? siteUrl(table[in.number()], table[in.number()]) : table[in.number()];
        }
        return new PageSummary(key, url, folder, slug, subject, title, date, dateText, noIndex, List.of(related));
    }

    /** A count or a table number, 0 to 2^31 - 1: one byte below 128, as in most real values. */
    private static void writeNumber(DataOutputStream o, int n) throws IOException {
        int v = n;
        while ((v & ~0x7f) != 0) {
            o.writeByte((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        o.writeByte(v);
    }

    /** A count read back: never negative (a broken cache, which then costs a full render). */
    private static int count(int n) throws IOException {
        if (n < 0) {
            throw new IOException("bad cache");
        }
        return n;
    }

    /**
     * Any text, losslessly (a lone surrogate too): ASCII, almost every text of a site, as one byte
     * a char, which reading turns into a string in one copy; anything else as UTF-16 code units.
     */
    private static void writeString(DataOutputStream o, String s) throws IOException {
        int n = s.length();
        boolean ascii = true;
        for (int i = 0; i < n && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        writeNumber(o, n);
        o.writeBoolean(ascii);
        if (ascii) {
            o.writeBytes(s);
        } else {
            o.writeChars(s);
        }
    }

    /** A cache read back from its bytes; a read past the end throws (a broken cache: a full render). */
    private static final class In {
        private final byte[] b;
        private int at;

        In(byte[] b) {
            this.b = b;
        }

        int u8() {
            return b[at++] & 0xff;
        }

        boolean bool() {
            return b[at++] != 0;
        }

        int int32() {
            int v = (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | b[at + 3] & 0xff;
            at += 4;
            return v;
        }

        long int64() {
            long hi = int32();
            return hi << 32 | int32() & 0xffffffffL;
        }

        /** What {@link #writeNumber} wrote. */
        int number() throws IOException {
            int v = 0;
            for (int shift = 0; shift < 32; shift += 7) {
                int x = u8();
                v |= (x & 0x7f) << shift;
                if ((x & 0x80) == 0) {
                    return count(v);
                }
            }
            throw new IOException("bad cache");
        }

        /** What {@link #writeString} wrote. */
        String string() throws IOException {
            int n = number();
            if (bool()) {
                String s = new String(b, at, n, StandardCharsets.ISO_8859_1);
                at += n;
                return s;
            }
            char[] chars = new char[n];
            for (int i = 0; i < n; i++, at += 2) {
                chars[i] = (char) ((b[at] & 0xff) << 8 | b[at + 1] & 0xff);
            }
            return new String(chars);
        }
    }
}
