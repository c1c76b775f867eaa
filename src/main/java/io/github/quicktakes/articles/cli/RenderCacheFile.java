package io.github.quicktakes.articles.cli;

import io.github.quicktakes.articles.cli.RenderCache.FileEntry;
import io.github.quicktakes.articles.cli.RenderCache.PageEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The file of a {@link RenderCache}: a header (format, version, options), the whole cache as one
 * block, then the changes of later renders, each a block appended to the file. A render that
 * changed one article appends a few hundred bytes instead of writing the cache again (13 MB for the
 * 35,915-article site); once the appended blocks reach a quarter of the file, the next render
 * writes it anew.
 *
 * <p>Each block is its length, its bytes and their CRC-32: a render killed while appending leaves a
 * block that does not check, and the cache is then ignored (a full render), never taken with a
 * change missing. A new file is written beside the old one and moved over it.
 *
 * <p>In a block every distinct text is written once, in a table, and the records refer to it by
 * number: keys, urls and titles are the bulk, and related urls are mostly other articles' urls.
 * ASCII texts, almost all, are one byte a char and read back in one copy.
 */
final class RenderCacheFile {
    /** Bumped whenever what a page holds or the file's layout changes, so that an older cache is never trusted. */
    private static final int FORMAT = 6;
    private static final String VERSION = new Version().getVersion()[0];
    private static final int WHOLE = 1;
    private static final int CHANGES = 2;

    private RenderCacheFile() {}

    /** The cache in a folder, or an empty one when there is none, it is unreadable or the options differ. */
    static RenderCache load(Path out, String options) {
        RenderCache none = new RenderCache(options, 0);
        try {
            // Read whole and decoded in place: a render that changed nothing spends most of its
            // time in code run once, where a stream's per-byte calls are slow.
            byte[] bytes = Files.readAllBytes(out.resolve(RenderCache.NAME));
            In in = new In(bytes, 0, bytes.length);
            if (in.int32() != FORMAT || !in.string().equals(VERSION) || !in.string().equals(options)) {
                return none;
            }
            RenderCache c = new RenderCache(options, 0);
            boolean first = true;
            while (in.at < bytes.length) {
                int start = in.at;
                In block = in.block();
                int kind = block.u8();
                if (kind != (first ? WHOLE : CHANGES)) {
                    return none;
                }
                read(block, c, kind == WHOLE);
                if (!first) {
                    c.appendedBytes += in.at - start;
                }
                first = false;
            }
            if (first) {
                return none;
            }
            c.fileBytes = bytes.length;
            return c;
        } catch (NoSuchFileException e) {
            return none;
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be read only costs a full render.
            return none;
        }
    }

    /** Saves {@code next}, appending its changes from {@code before} when they are few. */
    static void save(Path out, RenderCache next, RenderCache before) throws IOException {
        Path file = out.resolve(RenderCache.NAME);
        if (before.fileBytes > 0 && before.options.equals(next.options)) {
            byte[] changes = block(CHANGES, next, before);
            if (before.appendedBytes + changes.length <= before.fileBytes / 4
                    && Files.size(file) == before.fileBytes) {
                Files.write(file, changes, StandardOpenOption.APPEND);
                return;
            }
        }
        Out o = new Out();
        o.int32(FORMAT);
        o.string(VERSION);
        o.string(next.options);
        o.raw(block(WHOLE, next, null));
        Path tmp = out.resolve(RenderCache.NAME + ".tmp");
        Files.write(tmp, o.bytes());
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * A block: the whole cache ({@code before} null), or what differs from {@code before}: files and
     * pages gone (by key), files and pages new or changed, and the index list when it changed.
     */
    private static byte[] block(int kind, RenderCache next, RenderCache before) {
        List<String> goneFiles = new ArrayList<>();
        List<FileEntry> files = new ArrayList<>();
        List<String> gonePages = new ArrayList<>();
        List<PageEntry> pages = new ArrayList<>();
        if (before == null) {
            files.addAll(next.files.values());
            pages.addAll(next.pagesByKey.values());
        } else {
            // The entries of unchanged files and pages are the very objects read: no comparison of their texts.
            before.files.keySet().forEach(k -> {
                if (!next.files.containsKey(k)) {
                    goneFiles.add(k);
                }
            });
            next.files.forEach((k, e) -> {
                FileEntry was = before.files.get(k);
                if (was != e && !e.equals(was)) {
                    files.add(e);
                }
            });
            before.pagesByKey.keySet().forEach(k -> {
                if (!next.pagesByKey.containsKey(k)) {
                    gonePages.add(k);
                }
            });
            next.pagesByKey.forEach((k, p) -> {
                PageEntry was = before.pagesByKey.get(k);
                if (was == null || was.summary() != p.summary() && !was.summary().equals(p.summary()) || !was.links().equals(p.links())) {
                    pages.add(p);
                }
            });
        }
        boolean indexes = before == null || !before.indexes.equals(next.indexes);
        Table t = new Table();
        goneFiles.forEach(t::add);
        files.forEach(t::add);
        gonePages.forEach(t::add);
        pages.forEach(p -> {
            t.add(p.key());
            t.add(p.links());
        });
        if (indexes) {
            next.indexes.forEach(t::add);
        }
        Out o = new Out();
        o.u8(kind);
        o.int32(next.pageSize);
        o.number(t.texts.size());
        t.texts.forEach(o::string);
        t.refs(o, goneFiles);
        o.number(files.size());
        for (FileEntry e : files) {
            o.number(t.of(e.key()));
            o.int64(e.size());
            o.int64(e.modified());
            writeOutcome(o, t, e.outcome());
        }
        t.refs(o, gonePages);
        o.number(pages.size());
        for (PageEntry p : pages) {
            o.number(t.of(p.key()));
            o.number(t.of(p.links()));
        }
        o.u8(indexes ? 1 : 0);
        if (indexes) {
            t.refs(o, next.indexes);
        }
        byte[] content = o.bytes();
        CRC32 crc = new CRC32();
        crc.update(content);
        Out framed = new Out();
        framed.int32(content.length);
        framed.raw(content);
        framed.int32((int) crc.getValue());
        return framed.bytes();
    }

    /** Applies a block to the cache being read. */
    private static void read(In in, RenderCache c, boolean whole) throws IOException {
        c.pageSize = in.int32();
        String[] table = new String[in.number()];
        for (int i = 0; i < table.length; i++) {
            table[i] = in.string();
        }
        for (int n = in.number(); n > 0; n--) {
            c.files.remove(table[in.number()]);
        }
        for (int n = in.number(); n > 0; n--) {
            String key = table[in.number()];
            c.files.put(key, new FileEntry(key, in.int64(), in.int64(), readOutcome(in, key, table)));
        }
        for (int n = in.number(); n > 0; n--) {
            c.pagesByKey.remove(table[in.number()]);
        }
        for (int n = in.number(); n > 0; n--) {
            String key = table[in.number()];
            String links = table[in.number()];
            if (c.files.get(key) == null || !(c.files.get(key).outcome() instanceof PageSummary s)) {
                throw new IOException("bad cache: a page of no file");
            }
            c.pagesByKey.put(key, new PageEntry(s, links));
        }
        if (in.u8() == 1) {
            c.indexes.clear();
            for (int n = in.number(); n > 0; n--) {
                c.indexes.add(table[in.number()]);
            }
        } else if (whole) {
            throw new IOException("bad cache: no indexes");
        }
        if (in.at != in.end) {
            throw new IOException("bad cache: a block longer than its records");
        }
    }

    /** The distinct texts of a block, numbered in the order first met. */
    private static final class Table {
        final List<String> texts = new ArrayList<>();
        final Map<String, Integer> numbers = new HashMap<>();

        void add(String s) {
            if (numbers.putIfAbsent(s, texts.size()) == null) {
                texts.add(s);
            }
        }

        void add(FileEntry e) {
            add(e.key());
            if (e.outcome() instanceof PageSummary s) {
                for (String f : new String[] {s.url(), s.folder(), s.slug(), s.subject(), s.title(), s.dateText()}) {
                    add(f);
                }
                s.relatedUrls().forEach(this::add);
            } else {
                add((String) e.outcome());
            }
        }

        int of(String s) {
            return numbers.get(s);
        }

        void refs(Out o, List<String> list) {
            o.number(list.size());
            list.forEach(s -> o.number(of(s)));
        }
    }

    private static void writeOutcome(Out o, Table t, Object outcome) {
        if (outcome instanceof String why) {
            o.u8(0);
            o.number(t.of(why));
            return;
        }
        PageSummary s = (PageSummary) outcome;
        // A date after 1970 (almost all) as a day number; the general form for the rest and for none.
        long day = s.date() == null ? -1 : s.date().toEpochDay();
        boolean plain = day >= 0 && day <= Integer.MAX_VALUE;
        o.u8(plain ? 1 : 2);
        for (String f : new String[] {s.url(), s.folder(), s.slug(), s.subject(), s.title(), s.dateText()}) {
            o.number(t.of(f));
        }
        if (plain) {
            o.number((int) day);
        } else {
            o.u8(s.date() == null ? 0 : 1);
            o.int64(s.date() == null ? 0 : day);
        }
        o.u8(s.noIndex() ? 1 : 0);
        o.number(s.relatedUrls().size());
        s.relatedUrls().forEach(u -> o.number(t.of(u)));
    }

    private static Object readOutcome(In in, String key, String[] table) throws IOException {
        int kind = in.u8();
        if (kind == 0) {
            return table[in.number()];
        }
        String url = table[in.number()];
        String folder = table[in.number()];
        String slug = table[in.number()];
        String subject = table[in.number()];
        String title = table[in.number()];
        String dateText = table[in.number()];
        LocalDate date;
        if (kind == 1) {
            date = LocalDate.ofEpochDay(in.number());
        } else {
            boolean dated = in.bool();
            long day = in.int64();
            date = dated ? LocalDate.ofEpochDay(day) : null;
        }
        boolean noIndex = in.bool();
        String[] related = new String[in.number()];
        for (int i = 0; i < related.length; i++) {
            related[i] = table[in.number()];
        }
        return new PageSummary(key, url, folder, slug, subject, title, date, dateText, noIndex, List.of(related));
    }

    /** Bytes being written, in one growing array (one write at the end, no per-byte calls). */
    private static final class Out {
        private byte[] b = new byte[1 << 16];
        private int at;

        private void room(int n) {
            if (at + n > b.length) {
                b = Arrays.copyOf(b, Math.max(2 * b.length, at + n));
            }
        }

        void u8(int v) {
            room(1);
            b[at++] = (byte) v;
        }

        void int32(int v) {
            room(4);
            b[at++] = (byte) (v >>> 24);
            b[at++] = (byte) (v >>> 16);
            b[at++] = (byte) (v >>> 8);
            b[at++] = (byte) v;
        }

        void int64(long v) {
            int32((int) (v >>> 32));
            int32((int) v);
        }

        void raw(byte[] bytes) {
            room(bytes.length);
            System.arraycopy(bytes, 0, b, at, bytes.length);
            at += bytes.length;
        }

        /** A count or a table number, 0 to 2^31 - 1: one byte below 128, as most are. */
        void number(int n) {
            room(5);
            int v = n;
            while ((v & ~0x7f) != 0) {
                b[at++] = (byte) ((v & 0x7f) | 0x80);
                v >>>= 7;
            }
            b[at++] = (byte) v;
        }

        /**
         * Any text, losslessly (a lone surrogate too): ASCII as one byte a char, anything else as
         * UTF-16 code units. A text whose UTF-8 form has one byte a char is ASCII unless it holds a
         * lone surrogate, which UTF-8 writes as '?': hence the comparison.
         */
        void string(String s) {
            int n = s.length();
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            boolean ascii = utf8.length == n && new String(utf8, StandardCharsets.ISO_8859_1).equals(s);
            number(n);
            u8(ascii ? 1 : 0);
            if (ascii) {
                raw(utf8);
            } else {
                room(2 * n);
                for (int i = 0; i < n; i++) {
                    char c = s.charAt(i);
                    b[at++] = (byte) (c >> 8);
                    b[at++] = (byte) c;
                }
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(b, at);
        }
    }

    /** Bytes read back, up to an end; a read past it throws (a broken cache: a full render). */
    private static final class In {
        private final byte[] b;
        private int at;
        private final int end;

        In(byte[] b, int at, int end) {
            this.b = b;
            this.at = at;
            this.end = end;
        }

        private void need(int n) throws IOException {
            if (n < 0 || n > end - at) {
                throw new IOException("bad cache: cut short");
            }
        }

        int u8() throws IOException {
            need(1);
            return b[at++] & 0xff;
        }

        boolean bool() throws IOException {
            return u8() != 0;
        }

        int int32() throws IOException {
            need(4);
            int v = (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | b[at + 3] & 0xff;
            at += 4;
            return v;
        }

        long int64() throws IOException {
            long hi = int32();
            return hi << 32 | int32() & 0xffffffffL;
        }

        /** The next block, its check verified; this reader goes past it. */
        In block() throws IOException {
            int n = int32();
            need(n);
            need(n + 4);
            CRC32 crc = new CRC32();
            crc.update(b, at, n);
            In block = new In(b, at, at + n);
            at += n;
            if (int32() != (int) crc.getValue()) {
                throw new IOException("bad cache: a block that does not check");
            }
            return block;
        }

        /** What {@link Out#number} wrote. */
        int number() throws IOException {
            int v = 0;
            for (int shift = 0; shift < 32; shift += 7) {
                int x = u8();
                v |= (x & 0x7f) << shift;
                if ((x & 0x80) == 0) {
                    if (v < 0) {
                        throw new IOException("bad cache: a negative number");
                    }
                    return v;
                }
            }
            throw new IOException("bad cache: a number too long");
        }

        /** What {@link Out#string} wrote. */
        String string() throws IOException {
            int n = number();
            if (bool()) {
                need(n);
                String s = new String(b, at, n, StandardCharsets.ISO_8859_1);
                at += n;
                return s;
            }
            need(2 * n);
            char[] chars = new char[n];
            for (int i = 0; i < n; i++, at += 2) {
                chars[i] = (char) ((b[at] & 0xff) << 8 | b[at + 1] & 0xff);
            }
            return new String(chars);
        }
    }
}
