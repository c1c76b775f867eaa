package io.github.quicktakes.articles;

import io.github.quicktakes.articles.internal.repository.ArticleFacts;
import io.github.quicktakes.articles.internal.repository.ArticleFiles;
import io.github.quicktakes.articles.internal.repository.ArticleIndex;
import io.github.quicktakes.articles.internal.repository.FileOps;
import io.github.quicktakes.articles.internal.repository.FolderCheck;
import io.github.quicktakes.articles.internal.repository.IndexEntry;
import io.github.quicktakes.articles.internal.repository.LinkChecks;
import io.github.quicktakes.articles.internal.repository.RealFileOps;
import io.github.quicktakes.articles.internal.repository.SourceSlabs.Span;
import io.github.quicktakes.articles.internal.repository.TreeLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * A folder tree of articles ({@code <root>/<subject folder>/<slug>.md}, as on the real site) as a
 * checked, queryable, safely writable collection.
 *
 * <pre>{@code
 * ArticleRepository repo = ArticleRepository.open(Path.of("content/learn"));
 * repo.byUrl("/learn/physics/questions/what-is-entropy").ifPresent(a -> ...);
 * ValidationReport report = repo.validate();
 * Article saved = repo.save(article.with("title", "Better"));   // atomic, refuses lost updates
 * }</pre>
 *
 * <p><b>Loading</b> reads every {@code *.md} below the root in parallel. A file that fails to parse
 * does not stop the load: it is reported by {@link #loadProblems()} and {@link #validate()} and left
 * untouched. Symbolic links leading out of the root are not read.
 *
 * <p><b>Lookups.</b> Ids are not unique in real data (one article filed under two subjects), so
 * {@link #byId(long)} returns a list; a path or a url identifies one article. {@link #all()} and
 * every list are in the order of the files' paths.
 *
 * <p><b>Writes</b> are atomic: the new text goes to a temporary file in the same folder, is forced
 * to disk and renamed over the old file, so a crash leaves the old or the new file, never a torn
 * one; the file keeps its permissions. A save refuses when the file on disk is no longer the text
 * the article was read from (another writer changed it), never reads through a symbolic link or
 * special file planted in the article's place, and never writes outside the root.
 *
 * <p><b>Threads and processes.</b> A repository is safe to use from many threads at once: reads run
 * in parallel, writes one at a time, and a read sees the repository before or after a write, never
 * halfway. Saves into one folder from several repositories or processes take turns through an
 * operating-system lock on the folder's {@code .quicktakes.lock} file, so none is lost; a
 * repository's index does not see the other processes' saves.
 */
public final class ArticleRepository {
    private final Path root;
    private final ArticleParser parser;
    private final boolean indexOnly;
    private final ArticleFiles files;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ArticleIndex index = new ArticleIndex();
    private final List<ArticleProblem> loadProblems;

    private ArticleRepository(Builder b) throws IOException {
        this.root = b.root.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IOException("not a folder: " + root);
        }
        Path realRoot = root.toRealPath();
        this.parser = b.parser;
        this.indexOnly = b.indexOnly;
        this.files = new ArticleFiles(root, realRoot, b.fileOps);
        TreeLoader.Result loaded = new TreeLoader(root, realRoot, parser, this::parse, indexOnly).load(b.threads, b.listener);
        loaded.entries().forEach(index::put);
        this.loadProblems = List.copyOf(loaded.problems());
    }

    /**
     * Opens a folder with the default options.
     *
     * @param root the folder
     * @return the loaded repository
     * @throws IOException if the folder cannot be listed
     */
    public static ArticleRepository open(Path root) throws IOException {
        return builder(root).open();
    }

    /**
     * A builder for a repository over a folder.
     *
     * @param root the folder
     * @return a new builder
     */
    public static Builder builder(Path root) {
        return new Builder(root);
    }

    // ---------------------------------------------------------------- lookups

    /**
     * The folder this repository holds.
     *
     * @return the absolute root
     */
    public Path root() {
        return root;
    }

    /**
     * How many articles were loaded (files that failed to parse are not counted).
     *
     * @return the count
     */
    public int size() {
        return read(index::size);
    }

    /**
     * Every article, in the order of their paths.
     *
     * @return the articles, unmodifiable
     */
    public List<Article> all() {
        return read(() -> articles(new ArrayList<>(index.all())));
    }

    /**
     * The files of every loaded article, relative to the root, in path order: to go through a
     * large repository one article at a time ({@link #byPath}), where {@link #all()} would parse
     * and hold every article at once.
     *
     * @return the paths, unmodifiable
     */
    public List<Path> paths() {
        return read(() -> index.all().stream().map(e -> Path.of(e.key())).toList());
    }

    /**
     * The articles with an id: usually one, sometimes the same article filed under two subjects.
     *
     * @param id the id
     * @return the articles, in path order; empty when there is none
     */
    public List<Article> byId(long id) {
        return read(() -> articles(index.withId(id)));
    }

    /**
     * The article with a url.
     *
     * @param url such as {@code /learn/physics/questions/what-is-entropy}
     * @return the article (the first by path if several claim the url)
     */
    public Optional<Article> byUrl(String url) {
        return read(() -> index.atUrl(url).stream().findFirst().map(this::article));
    }

    /**
     * The article in a file.
     *
     * @param path the file, absolute or relative to the root
     * @return the article, or empty when the file is not a loaded article of this repository
     */
    public Optional<Article> byPath(Path path) {
        String key = keyOf(path);
        return read(() -> Optional.ofNullable(key == null ? null : index.get(key)).map(this::article));
    }

    /**
     * The articles of a subject, compared without regard to case (real data writes
     * {@code Computer Science} and {@code Computer science}).
     *
     * @param subject the subject
     * @return the articles, in path order
     */
    public List<Article> bySubject(String subject) {
        String s = subject.toLowerCase(Locale.ROOT);
        return read(() -> articles(index.all().stream().filter(e -> e.subject().toLowerCase(Locale.ROOT).equals(s)).toList()));
    }

    /**
     * A query over the articles: the conditions given are all met.
     *
     * @return a new query
     */
    public ArticleQuery query() {
        return new ArticleQuery(this::all);
    }

    /**
     * The files that could not be loaded, with where and why.
     *
     * @return the problems, in path order
     */
    public List<ArticleProblem> loadProblems() {
        return loadProblems;
    }

    /**
     * The articles a link list points to: each related article resolved by id and url.
     *
     * <p>Resolution: an article with the link's id and url; otherwise the article at the link's url
     * (the page the site links to, whatever id was copied); otherwise the first article with the
     * link's id. Links that resolve to nothing are left out.
     *
     * @param article an article
     * @return its resolved links in slot order, each with its target
     */
    public Map<RelatedArticle, Article> related(Article article) {
        return read(() -> {
            Map<RelatedArticle, Article> out = new LinkedHashMap<>();
            for (RelatedArticle r : article.related()) {
                IndexEntry target = index.resolve(r);
                if (target != null) {
                    out.put(r, article(target));
                }
            }
            return out;
        });
    }

    // ---------------------------------------------------------------- checks

    /**
     * The link report: broken, drifted, self and duplicate links, and gaps in slot numbers.
     *
     * @return the link problems, in path order
     */
    public List<ArticleProblem> linkReport() {
        return read(() -> {
            List<ArticleProblem> out = new ArrayList<>();
            for (IndexEntry e : index.all()) {
                LinkChecks.check(index, e, article(e), out);
            }
            return out;
        });
    }

    /**
     * Checks the whole repository: files that could not be read, parse errors and warnings,
     * duplicate ids and urls, {@code file_name} and {@code url} that do not match the file, urls
     * that cannot be a page of the site (not starting with {@code /}, not
     * {@code /learn/<folder>/questions/<slug>}, names too long or not plain), urls that differ only
     * in letter case, file names too long to convert, and the {@link #linkReport()}.
     *
     * @return the report
     */
    public ValidationReport validate() {
        return read(() -> FolderCheck.check(index.all().stream().map(e -> ArticleFacts.of(e.key(), article(e))).toList(),
                loadProblems));
    }

    /**
     * Rewrites related links whose copies drifted from their targets (id, title, subject and url
     * copied again), through the lossless writer: only the drifted lines change.
     *
     * @param dryRun {@code true} to report what would change without writing
     * @return the files changed (or that would change), relative to the root, in path order
     * @throws IOException if a file cannot be written
     */
    public List<Path> fixDriftedLinks(boolean dryRun) throws IOException {
        List<Article> toSave = new ArrayList<>();
        List<Path> changed = new ArrayList<>();
        read(() -> {
            for (IndexEntry e : index.all()) {
                Article a = article(e);
                Article.Builder b = a.toBuilder();
                boolean any = false;
                for (RelatedArticle r : a.related()) {
                    RelatedArticle fixed = LinkChecks.fixed(index, e, r);
                    if (!fixed.equals(r)) {
                        b.relatedArticle(fixed);
                        any = true;
                    }
                }
                if (any) {
                    toSave.add(b.build());
                    changed.add(Path.of(e.key()));
                }
            }
            return null;
        });
        if (!dryRun) {
            for (Article a : toSave) {
                save(a);
            }
        }
        return changed;
    }

    // ---------------------------------------------------------------- writes

    /**
     * Writes an article to its file, atomically, through the lossless writer. An article read from
     * this repository (or edited from one) goes back to its file; a new one to
     * {@code <root>/<subject folder of its url>/<file_name>}.
     *
     * @param article the article
     * @return the article as saved: use it, not the one passed, for further edits and saves
     * @throws ArticleException if the file changed on disk since the article was read, a new
     *     article's file exists already, the target would be outside the root, or the article's
     *     file was replaced by a symbolic link, folder or special file (which is then not read)
     * @throws IOException if writing fails; the old file is then intact
     */
    public Article save(Article article) throws IOException {
        Objects.requireNonNull(article, "article");
        lock.writeLock().lock();
        try {
            String key = article.sourceName() != null ? keyOf(Path.of(article.sourceName())) : null;
            IndexEntry existing = key != null ? index.get(key) : null;
            Path target = existing != null ? pathOf(existing) : files.targetFor(article);
            byte[] bytes = files.write(target, article.text(), article.origin(), existing != null ? existing.key() : null);
            Article saved = parser.parseText(article.text(), target.toString());
            index.put(IndexEntry.of(TreeLoader.key(root.relativize(target)), saved, indexOnly ? null : Span.of(bytes)));
            return saved;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Deletes an article's file.
     *
     * @param path the file, absolute or relative to the root
     * @return whether a file was deleted ({@code false} also when the article's file had already
     *     gone: it then leaves the index)
     * @throws ArticleException if the path is outside the root, or its folder leads out of the root
     *     through a symbolic link; the repository is then unchanged
     * @throws IOException if deleting fails; the repository is then unchanged
     */
    public boolean delete(Path path) throws IOException {
        String key = keyOf(path);
        if (key == null) {
            throw new ArticleException("not deleted: " + path + " is outside the repository");
        }
        lock.writeLock().lock();
        try {
            IndexEntry e = index.get(key);
            if (e == null) {
                return false;
            }
            // The index changes only once the file is gone: a refused or failed delete leaves it whole.
            boolean deleted = files.delete(pathOf(e));
            index.remove(key);
            return deleted;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Deletes the article with an id, when exactly one article has it.
     *
     * @param id the id
     * @return whether a file was deleted
     * @throws ArticleException if several articles share the id (delete by path instead)
     * @throws IOException if deleting fails
     */
    public boolean delete(long id) throws IOException {
        List<IndexEntry> withId = read(() -> List.copyOf(index.withId(id)));
        if (withId.size() > 1) {
            throw new ArticleException("not deleted: " + withId.size() + " articles have id " + id + " "
                    + withId.stream().map(IndexEntry::key).toList() + "; delete one by path");
        }
        return !withId.isEmpty() && delete(pathOf(withId.get(0)));
    }

    // ---------------------------------------------------------------- helpers

    private String keyOf(Path path) {
        Path abs = (path.isAbsolute() ? path : root.resolve(path)).toAbsolutePath().normalize();
        if (!abs.startsWith(root)) {
            Path cwdRelative = path.toAbsolutePath().normalize();
            if (!cwdRelative.startsWith(root)) {
                return null;
            }
            abs = cwdRelative;
        }
        return TreeLoader.key(root.relativize(abs));
    }

    private Path pathOf(IndexEntry e) {
        return root.resolve(e.key());
    }

    /** Parses kept bytes: the parser's offset-taking method is not public API. */
    private Article parse(Span source, Path file) {
        return parser.parseBytes(source.array(), source.offset(), source.length(), file.toString());
    }

    /** The article of an entry, parsed again from the bytes kept (or from its file, index-only). */
    private Article article(IndexEntry e) {
        Path path = pathOf(e);
        if (e.source() != null) {
            return parse(e.source(), path);
        }
        try {
            return parser.parseFile(path);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private List<Article> articles(List<IndexEntry> list) {
        List<Article> out = new ArrayList<>(list.size());
        for (IndexEntry e : list) {
            out.add(article(e));
        }
        return Collections.unmodifiableList(out);
    }

    private <T> T read(Supplier<T> body) {
        lock.readLock().lock();
        try {
            return body.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Configures and opens an {@link ArticleRepository}. Not thread-safe. */
    public static final class Builder {
        private final Path root;
        private ArticleParser parser = ArticleParser.builder().lenient().build();
        private int threads = defaultThreads();
        private LoadListener listener = new LoadListener() { };
        private boolean indexOnly;
        private FileOps fileOps = RealFileOps.INSTANCE;

        private Builder(Path root) {
            this.root = Objects.requireNonNull(root, "root");
        }

        /**
         * The parser that reads the files: lenient by default, so that articles with warnings load
         * and show up in the validation report.
         *
         * @param parser the parser
         * @return this builder
         */
        public Builder parser(ArticleParser parser) {
            this.parser = Objects.requireNonNull(parser, "parser");
            return this;
        }

        /**
         * Four threads per core, at most 32: finding and reading files waits on the file system
         * more than it computes (on two cores, 8 threads loaded 200,000 articles about 15% faster
         * than 2).
         */
        private static int defaultThreads() {
            return Math.min(32, 4 * Runtime.getRuntime().availableProcessors());
        }

        /**
         * How many threads find and load the files: four per core (at most 32) by default.
         *
         * @param threads at least 1
         * @return this builder
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * Follows the load, for a progress bar.
         *
         * @param listener called from the loading threads
         * @return this builder
         */
        public Builder listener(LoadListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Keeps only an index in memory (id, url, title, subject, path) and reads each article from
         * its file when it is asked for, instead of keeping every file's bytes (about the size of
         * the files on the heap): for very large trees.
         *
         * @param indexOnly {@code true} for the lighter mode
         * @return this builder
         */
        public Builder indexOnly(boolean indexOnly) {
            this.indexOnly = indexOnly;
            return this;
        }

        /** Tests replace the file operations to make a save fail at any step. */
        Builder fileOps(FileOps ops) {
            this.fileOps = Objects.requireNonNull(ops, "ops");
            return this;
        }

        /**
         * Loads the repository.
         *
         * @return the repository
         * @throws IOException if the root is not a folder or cannot be listed
         */
        public ArticleRepository open() throws IOException {
            return new ArticleRepository(this);
        }
    }
}
