package io.github.quicktakes.articles.internal.repository;

import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleParseException;
import io.github.quicktakes.articles.ArticleParser;
import io.github.quicktakes.articles.ArticleProblem;
import io.github.quicktakes.articles.ArticleProblem.Kind;
import io.github.quicktakes.articles.internal.repository.MarkdownTree.Found;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Reads every {@code *.md} below a folder once, on several threads, and keeps only what its
 * {@link Extractor} takes of each article, or the problem that kept it from loading: the single
 * pass behind a fast {@code validate} and {@code render}, where opening an {@code
 * ArticleRepository} would keep every file's bytes and the command would parse every article again.
 * An extractor may also answer from what it knew before (a render's cache) without the file being
 * read.
 *
 * <p>Files are treated exactly as the repository's load treats them: a FIFO or a device is never
 * opened, a symbolic link leading out of the root is not read, one bad file never stops the others.
 */
public final class FolderReader<T> {
    private final Path root;
    private final Path realRoot;
    private final ArticleParser parser;
    private final Extractor<T> extractor;

    /** Each loaded file's value, or the problem of a file that failed, in key order. */
    private final List<Object> results = new ArrayList<>();

    /**
     * What a reader keeps of each file.
     *
     * @param <T> the kept value
     */
    public interface Extractor<T> {
        /**
         * The value of a file known already, so that it is not read; null to read it.
         *
         * @param key the file's key ('/' separators, relative to the root)
         * @param attrs the file's attributes (of the link itself for a symbolic link)
         * @return the value, or null
         */
        default T known(String key, BasicFileAttributes attrs) {
            return null;
        }

        /**
         * The value of a file taken from its bytes without parsing it, where the extractor can
         * tell it is what parsing would give; null to parse the file.
         *
         * @param key the file's key
         * @param attrs the file's attributes
         * @param bytes the file's bytes, from 0 (the array is longer; only valid during the call)
         * @param length the file's length
         * @param parser the reader's parser, for its limits
         * @return the value, or null
         */
        default T fromBytes(String key, BasicFileAttributes attrs, byte[] bytes, int length, ArticleParser parser) {
            return null;
        }

        /**
         * The value of a parsed article.
         *
         * @param key the file's key
         * @param attrs the file's attributes, as {@link #known} saw them
         * @param article the article
         * @return the value to keep (not null)
         */
        T extract(String key, BasicFileAttributes attrs, Article article);
    }

    private FolderReader(Path root, ArticleParser parser, Extractor<T> extractor) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(this.root)) {
            throw new IOException("not a folder: " + this.root);
        }
        this.realRoot = this.root.toRealPath();
        this.parser = parser;
        this.extractor = extractor;
    }

    /**
     * Reads a folder.
     *
     * @param <T> what is kept of each article
     * @param root the folder
     * @param parser the parser (lenient, as the repository's default, so that warnings are reported)
     * @param threads how many threads walk and read
     * @param extractor what to keep of each article
     * @return the reader, with each file's value or problem
     * @throws IOException if the root is not a folder or cannot be listed
     */
    public static <T> FolderReader<T> read(Path root, ArticleParser parser, int threads, Extractor<T> extractor)
            throws IOException {
        FolderReader<T> f = new FolderReader<>(root, parser, extractor);
        f.load(threads);
        return f;
    }

    /**
     * The folder read, absolute and normalized.
     *
     * @return the root
     */
    public Path root() {
        return root;
    }

    /**
     * The value of every loaded article, in key order.
     *
     * @return the values
     */
    @SuppressWarnings("unchecked")
    public List<T> articles() {
        List<T> out = new ArrayList<>(results.size());
        results.forEach(r -> {
            if (!(r instanceof ArticleProblem)) {
                out.add((T) r);
            }
        });
        return out;
    }

    /**
     * The files that could not be loaded, in key order.
     *
     * @return the problems
     */
    public List<ArticleProblem> loadProblems() {
        List<ArticleProblem> out = new ArrayList<>();
        results.forEach(r -> {
            if (r instanceof ArticleProblem p) {
                out.add(p);
            }
        });
        return out;
    }

    private void load(int threads) throws IOException {
        List<Found> files = MarkdownTree.find(root, threads);
        // Sorted by key first: the results then come out in the order the report lists them.
        Keyed[] order = new Keyed[files.size()];
        String rootText = root.toString();
        for (int i = 0; i < order.length; i++) {
            order[i] = new Keyed(keyOf(files.get(i).path(), rootText), i);
        }
        Arrays.sort(order);
        Object[] out = new Object[files.size()];
        // One buffer per thread, reused for every file: nothing of a file outlives its parse.
        ParallelFiles.forEach(out.length, threads, () -> ByteBuffer.allocate(64 * 1024), buffer -> { }, (i, buffer) -> {
            Keyed k = order[i];
            Object r = loadOne(files.get(k.index), k.key, buffer);
            if (r instanceof ByteBuffer grown) {
                r = loadOne(files.get(k.index), k.key, grown);
                buffer = grown;
            }
            out[i] = r;
            return buffer;
        });
        results.addAll(List.of(out));
    }

    /** A file's key and its index in the walk's list, in key order (no comparator, no boxing: 35,915 of them). */
    private record Keyed(String key, int index) implements Comparable<Keyed> {
        @Override
        public int compareTo(Keyed o) {
            return key.compareTo(o.key);
        }
    }

    /**
     * {@link TreeLoader#key} of a path the walk found below the root: the walk made it from the
     * root's path, so that is its start, and cutting it off costs less than {@code relativize}.
     */
    private String keyOf(Path file, String rootText) {
        String p = file.toString();
        int n = rootText.length();
        if (p.length() > n + 1 && p.startsWith(rootText) && p.charAt(n) == file.getFileSystem().getSeparator().charAt(0)) {
            return p.substring(n + 1).replace('\\', '/');
        }
        return TreeLoader.key(root.relativize(file));
    }

    /**
     * The facts of one file, the problem that kept it from loading, or a larger buffer to read it
     * again with (a file larger than the thread's buffer, rare).
     */
    private Object loadOne(Found found, String key, ByteBuffer buffer) {
        Path file = found.path();
        if (found.error() != null) {
            return TreeLoader.unreadable(root.relativize(file), found.error());
        }
        BasicFileAttributes attrs = found.attrs();
        T known = extractor.known(key, attrs);
        if (known != null) {
            return known;
        }
        try {
            // A regular file is never refused: its path relative to the root is made only for a problem.
            if (attrs.isSymbolicLink() || !attrs.isRegularFile()) {
                ArticleProblem refused = TreeLoader.refusedType(file, root.relativize(file), attrs, realRoot);
                if (refused != null) {
                    return refused;
                }
            }
            if (attrs.isSymbolicLink() || attrs.size() > parser.limits().maxFileBytes()) {
                // The parser reads the file itself: it follows the link and refuses a file over the limit unread.
                return extractor.extract(key, attrs, parser.parseFile(file));
            }
            if (attrs.size() + 1 > buffer.capacity()) {
                return ByteBuffer.allocate((int) attrs.size() + 1);
            }
            int length = readInto(file, buffer, attrs.size());
            if (length < 0) {
                return extractor.extract(key, attrs, parser.parseFile(file)); // grew past the buffer: read on its own
            }
            T quick = extractor.fromBytes(key, attrs, buffer.array(), length, parser);
            if (quick != null) {
                return quick;
            }
            // A copy of the file's length: the parser's public entry takes a whole array (a few
            // milliseconds for the full site, and no dependency on the text package's decoder).
            return extractor.extract(key, attrs, parser.parseBytes(Arrays.copyOf(buffer.array(), length), file.toString()));
        } catch (ArticleParseException e) {
            return new ArticleProblem(Kind.PARSE_ERROR, root.relativize(file), e.line(), e.column(), e.reason());
        } catch (IOException e) {
            return TreeLoader.unreadable(root.relativize(file), e);
        } catch (UncheckedIOException e) {
            return TreeLoader.unreadable(root.relativize(file), e.getCause());
        }
    }

    /**
     * Reads a whole file into the buffer: its length, or -1 when it fills the buffer (it grew). A
     * file of the size its attributes gave is read with one call: asked for a byte more than that
     * and given less, the read has met the file's end (a read of a regular file returns less than
     * asked only there), so no second call is made to be told so.
     */
    private static int readInto(Path file, ByteBuffer buffer, long size) throws IOException {
        buffer.clear();
        buffer.limit((int) Math.min(buffer.capacity(), size + 1));
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                if (buffer.hasRemaining()) {
                    return buffer.position(); // a short read: the end
                }
                buffer.limit(buffer.capacity()); // more than the attributes said: it grew, read on
            }
        }
        return buffer.hasRemaining() ? buffer.position() : -1;
    }
}
