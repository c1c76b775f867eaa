package io.github.quicktakes.articles.internal.repository;

import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleParseException;
import io.github.quicktakes.articles.ArticleParser;
import io.github.quicktakes.articles.ArticleProblem;
import io.github.quicktakes.articles.ArticleProblem.Kind;
import io.github.quicktakes.articles.LoadListener;
import io.github.quicktakes.articles.internal.repository.MarkdownTree.Found;
import io.github.quicktakes.articles.internal.repository.SourceSlabs.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loads every {@code *.md} below a root in parallel into index entries, and reports each file that
 * cannot be loaded as a problem: one bad file (a dangling link, a FIFO, no permission, a parse
 * error...) never stops the load. A FIFO or a device is never opened, since reading one may block
 * forever or never end: the type is checked first, on the entry itself and then on a link's target.
 */
public final class TreeLoader {
    /** Parses an article from bytes kept in a slab, named after its file. */
    @FunctionalInterface
    public interface SpanParser {
        /**
         * Parses the article in {@code source}.
         *
         * @param source the file's bytes
         * @param file the file, for messages
         * @return the article
         */
        Article parse(Span source, Path file);
    }

    /**
     * What a load found.
     *
     * @param entries the articles loaded, in the walk's order
     * @param problems the files that could not be loaded, in path order
     */
    public record Result(List<IndexEntry> entries, List<ArticleProblem> problems) {}

    private final Path root;
    private final Path realRoot;
    private final ArticleParser parser;
    private final SpanParser spanParser;
    private final boolean indexOnly;

    /**
     * A loader of one tree.
     *
     * @param root the absolute, normalized root
     * @param realRoot its real path
     * @param parser the parser (its limits bound what is read)
     * @param spanParser parses kept bytes with that parser
     * @param indexOnly whether to keep no bytes
     */
    public TreeLoader(Path root, Path realRoot, ArticleParser parser, SpanParser spanParser, boolean indexOnly) {
        this.root = root;
        this.realRoot = realRoot;
        this.parser = parser;
        this.spanParser = spanParser;
        this.indexOnly = indexOnly;
    }

    /**
     * Loads the tree.
     *
     * @param threads how many threads list folders and read files
     * @param listener told of each file loaded, from the loading threads
     * @return the entries and the problems
     * @throws IOException if the root cannot be listed or the load is interrupted
     */
    public Result load(int threads, LoadListener listener) throws IOException {
        List<Found> files = MarkdownTree.find(root, threads);
        listener.started(files.size());
        Object[] results = new Object[files.size()];
        AtomicInteger done = new AtomicInteger();
        ParallelFiles.forEach(results.length, threads, SourceSlabs::new, SourceSlabs::trim, (i, slabs) -> {
            results[i] = loadOne(files.get(i), slabs);
            listener.loaded(files.get(i).path(), done.incrementAndGet(), results.length);
            return slabs;
        });
        return collect(results);
    }

    private static Result collect(Object[] results) {
        List<IndexEntry> entries = new ArrayList<>(results.length);
        List<ArticleProblem> problems = new ArrayList<>();
        for (Object r : results) {
            if (r instanceof IndexEntry e) {
                entries.add(e);
            } else if (r instanceof ArticleProblem p) {
                problems.add(p);
            }
        }
        problems.sort(Comparator.comparing(ArticleProblem::path));
        return new Result(entries, problems);
    }

    /** An {@link IndexEntry}, or an {@link ArticleProblem} for a file that fails. */
    private Object loadOne(Found found, SourceSlabs slabs) {
        Path file = found.path();
        Path rel = root.relativize(file);
        if (found.error() != null) {
            return unreadable(rel, found.error());
        }
        BasicFileAttributes attrs = found.attrs();
        try {
            ArticleProblem refused = refusedType(file, rel, attrs, realRoot);
            if (refused != null) {
                return refused;
            }
            long max = parser.limits().maxFileBytes();
            Span source = null;
            if (attrs.size() <= max && !attrs.isSymbolicLink()) {
                source = indexOnly ? Span.of(Files.readAllBytes(file)) : slabs.read(file, attrs.size(), max);
            }
            if (source == null) {
                // The parser reads the file itself: it reports a file over the limit without reading it.
                Article a = parser.parseFile(file);
                return IndexEntry.of(key(rel), a, indexOnly ? null : Span.of(a.text().getBytes(StandardCharsets.UTF_8)));
            }
            return IndexEntry.of(key(rel), spanParser.parse(source, file), indexOnly ? null : source);
        } catch (ArticleParseException e) {
            return new ArticleProblem(Kind.PARSE_ERROR, rel, e.line(), e.column(), e.reason());
        } catch (IOException e) {
            return unreadable(rel, e);
        } catch (UncheckedIOException e) {
            return unreadable(rel, e.getCause());
        }
    }

    /**
     * A problem for anything but a regular file (or a link to one inside the root); else null. The
     * entry is never opened: a FIFO could block the read, a device never end it.
     */
    static ArticleProblem refusedType(Path file, Path rel, BasicFileAttributes attrs, Path realRoot) throws IOException {
        if (attrs.isSymbolicLink()) {
            Path real = file.toRealPath();
            if (!real.startsWith(realRoot)) {
                return new ArticleProblem(Kind.OUTSIDE_ROOT, rel, 0, 0, "symbolic link leading out of the root: not read");
            }
            BasicFileAttributes target = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!target.isRegularFile()) {
                return new ArticleProblem(Kind.UNREADABLE, rel, 0, 0, "symbolic link to " + typeOf(target) + ": not read");
            }
        } else if (!attrs.isRegularFile()) {
            return new ArticleProblem(Kind.UNREADABLE, rel, 0, 0, typeOf(attrs) + ", not a regular file: not read");
        }
        return null;
    }

    /** The problem for an entry that could not be read, with the system's reason in words. */
    static ArticleProblem unreadable(Path rel, IOException e) {
        String reason;
        if (e instanceof NoSuchFileException) {
            reason = "dangling symbolic link (its target does not exist; an editor's lock file?)";
        } else if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
            reason = fs.getReason();
        } else {
            reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        }
        return new ArticleProblem(Kind.UNREADABLE, rel, 0, 0, "could not be read: " + reason);
    }

    static String typeOf(BasicFileAttributes attrs) {
        if (attrs.isDirectory()) {
            return "a folder";
        }
        if (attrs.isSymbolicLink()) {
            return "a symbolic link";
        }
        return attrs.isOther() ? "a FIFO, socket or device" : "a special file";
    }

    /**
     * The index key of a path relative to the root: its names joined with {@code /}.
     *
     * @param rel the relative path
     * @return the key
     */
    public static String key(Path rel) {
        return rel.toString().replace('\\', '/');
    }
}
