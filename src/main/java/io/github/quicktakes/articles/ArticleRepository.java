package io.github.quicktakes.articles;

import io.github.quicktakes.articles.ArticleProblem.Kind;
import io.github.quicktakes.articles.internal.repository.AtomicWriter;
import io.github.quicktakes.articles.internal.repository.CurrentFile;
import io.github.quicktakes.articles.internal.repository.FileOps;
import io.github.quicktakes.articles.internal.repository.FolderLock;
import io.github.quicktakes.articles.internal.repository.MarkdownTree.Found;
import io.github.quicktakes.articles.internal.repository.MarkdownTree;
import io.github.quicktakes.articles.internal.repository.PagePaths;
import io.github.quicktakes.articles.internal.repository.RealFileOps;
import io.github.quicktakes.articles.internal.repository.Slugs;
import io.github.quicktakes.articles.internal.repository.SourceSlabs.Span;
import io.github.quicktakes.articles.internal.repository.SourceSlabs;
import io.github.quicktakes.articles.internal.repository.TempFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
import java.util.stream.Stream;

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
    private final Path realRoot;
    private final ArticleParser parser;
    private final boolean indexOnly;
    private final AtomicWriter writer;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    /** By path relative to the root, with '/' separators: sorted, so iteration order is stable. */
    private final TreeMap<String, Entry> entries = new TreeMap<>();
    private final Map<Long, List<Entry>> byId = new HashMap<>();
    private final Map<String, List<Entry>> byUrl = new HashMap<>();
    private final List<ArticleProblem> loadProblems = new ArrayList<>();
    /** Folders whose stale temporary files this repository removed already (under the write lock). */
    private final Set<Path> cleanedFolders = new HashSet<>();
    private int failedFiles;

    /**
     * One loaded article: its index fields and its file's bytes, from which {@link #article} parses
     * it again when asked (in index-only mode the bytes are not kept, and the file is read again).
     * Keeping the source once, not the parsed tree, holds the heap near the size of the files; the
     * bytes of many files share one large array ({@link SourceSlabs}).
     */
    private record Entry(String key, Span source, long id, String url, String title, String subject) {
        static Entry of(String key, Article a, Span source) {
            return new Entry(key, source, a.has("id") ? a.id() : Long.MIN_VALUE,
                    a.has("url") ? a.url() : "", a.has("title") ? a.title() : "", a.has("subject") ? a.subject() : "");
        }
    }

    private ArticleRepository(Builder b) throws IOException {
        this.root = b.root.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IOException("not a folder: " + root);
        }
        this.realRoot = root.toRealPath();
        this.parser = b.parser;
        this.indexOnly = b.indexOnly;
        this.writer = new AtomicWriter(b.fileOps);
        load(b.threads, b.listener);
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

    // ---------------------------------------------------------------- loading

    private void load(int threads, LoadListener listener) throws IOException {
        List<Found> files = MarkdownTree.find(root, threads);
        listener.started(files.size());
        Object[] results = new Object[files.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        int workers = Math.max(1, Math.min(threads, files.size()));
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            // Each worker takes the next file until none is left: no task object per file.
            List<Future<Void>> running = new ArrayList<>(workers);
            for (int w = 0; w < workers; w++) {
                running.add(pool.submit(() -> {
                    SourceSlabs slabs = new SourceSlabs();
                    try {
                        for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
                            results[i] = loadOne(files.get(i), slabs);
                            listener.loaded(files.get(i).path(), done.incrementAndGet(), results.length);
                        }
                    } finally {
                        slabs.trim();
                    }
                    return null;
                }));
            }
            for (Future<Void> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("loading was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new ArticleException("loading failed: " + cause, cause);
        } finally {
            pool.shutdownNow();
        }
        // The files came in the walk's order: the index sorts itself, the problems are sorted here.
        for (Object r : results) {
            if (r instanceof Entry e) {
                index(e);
            } else if (r instanceof ArticleProblem p) {
                loadProblems.add(p);
                failedFiles++;
            }
        }
        loadProblems.sort(Comparator.comparing(ArticleProblem::path));
    }

    /**
     * An {@link Entry}, or an {@link ArticleProblem} for a file that fails: one bad file (a
     * dangling link, a FIFO, no permission...) never stops the load. A FIFO or a device is never
     * opened, since reading one may block forever or never end: the type is checked first, on the
     * entry itself and then on a link's target.
     */
    private Object loadOne(Found found, SourceSlabs slabs) {
        Path file = found.path();
        Path rel = root.relativize(file);
        if (found.error() != null) {
            return unreadable(rel, found.error());
        }
        BasicFileAttributes attrs = found.attrs();
        try {
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
            long max = parser.limits().maxFileBytes();
            Span source = null;
            if (attrs.size() <= max && !attrs.isSymbolicLink()) {
                source = indexOnly ? Span.of(Files.readAllBytes(file)) : slabs.read(file, attrs.size(), max);
            }
            if (source == null) {
                // The parser reads the file itself: it reports a file over the limit without reading it.
                Article a = parser.parseFile(file);
                return Entry.of(key(rel), a, indexOnly ? null : Span.of(a.text().getBytes(StandardCharsets.UTF_8)));
            }
            Article a = parser.parseBytes(source.array(), source.offset(), source.length(), file.toString());
            return Entry.of(key(rel), a, indexOnly ? null : source);
        } catch (ArticleParseException e) {
            return new ArticleProblem(Kind.PARSE_ERROR, rel, e.line(), e.column(), e.reason());
        } catch (IOException e) {
            return unreadable(rel, e);
        } catch (UncheckedIOException e) {
            return unreadable(rel, e.getCause());
        }
    }

    /** The problem for an entry that could not be read, with the system's reason in words. */
    private static ArticleProblem unreadable(Path rel, IOException e) {
        String reason;
        if (e instanceof java.nio.file.NoSuchFileException) {
            reason = "dangling symbolic link (its target does not exist; an editor's lock file?)";
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            reason = fs.getReason();
        } else {
            reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        }
        return new ArticleProblem(Kind.UNREADABLE, rel, 0, 0, "could not be read: " + reason);
    }

    private static String typeOf(BasicFileAttributes attrs) {
        if (attrs.isDirectory()) {
            return "a folder";
        }
        if (attrs.isSymbolicLink()) {
            return "a symbolic link";
        }
        return attrs.isOther() ? "a FIFO, socket or device" : "a special file";
    }

    private static String key(Path rel) {
        return rel.toString().replace('\\', '/');
    }

    private void index(Entry e) {
        Entry old = entries.put(e.key(), e);
        if (old != null) {
            unindex(old);
        }
        // Lists of one, mostly: sized so, they hold no empty slots.
        byId.computeIfAbsent(e.id(), k -> new ArrayList<>(1)).add(e);
        byUrl.computeIfAbsent(e.url(), k -> new ArrayList<>(1)).add(e);
        sortByKey(byId.get(e.id()));
        sortByKey(byUrl.get(e.url()));
    }

    private void unindex(Entry e) {
        removeFrom(byId, e.id(), e);
        removeFrom(byUrl, e.url(), e);
    }

    private static <K> void removeFrom(Map<K, List<Entry>> map, K key, Entry e) {
        List<Entry> list = map.get(key);
        if (list != null) {
            list.removeIf(x -> x.key().equals(e.key()));
            if (list.isEmpty()) {
                map.remove(key);
            }
        }
    }

    private static void sortByKey(List<Entry> list) {
        if (list.size() > 1) {
            list.sort(Comparator.comparing(Entry::key));
        }
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
        return read(entries::size);
    }

    /**
     * Every article, in the order of their paths.
     *
     * @return the articles, unmodifiable
     */
    public List<Article> all() {
        return read(() -> articles(new ArrayList<>(entries.values())));
    }

    /**
     * The files of every loaded article, relative to the root, in path order: to go through a
     * large repository one article at a time ({@link #byPath}), where {@link #all()} would parse
     * and hold every article at once.
     *
     * @return the paths, unmodifiable
     */
    public List<Path> paths() {
        return read(() -> entries.keySet().stream().map(Path::of).toList());
    }

    /**
     * The articles with an id: usually one, sometimes the same article filed under two subjects.
     *
     * @param id the id
     * @return the articles, in path order; empty when there is none
     */
    public List<Article> byId(long id) {
        return read(() -> articles(byId.getOrDefault(id, List.of())));
    }

    /**
     * The article with a url.
     *
     * @param url such as {@code /learn/physics/questions/what-is-entropy}
     * @return the article (the first by path if several claim the url)
     */
    public Optional<Article> byUrl(String url) {
        return read(() -> byUrl.getOrDefault(url, List.of()).stream().findFirst().map(this::article));
    }

    /**
     * The article in a file.
     *
     * @param path the file, absolute or relative to the root
     * @return the article, or empty when the file is not a loaded article of this repository
     */
    public Optional<Article> byPath(Path path) {
        String key = keyOf(path);
        return read(() -> Optional.ofNullable(key == null ? null : entries.get(key)).map(this::article));
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
        return read(() -> articles(entries.values().stream().filter(e -> e.subject().toLowerCase(Locale.ROOT).equals(s)).toList()));
    }

    /**
     * A query over the articles: the conditions given are all met.
     *
     * @return a new query
     */
    public Query query() {
        return new Query();
    }

    /**
     * The files that could not be loaded, with where and why.
     *
     * @return the problems, in path order
     */
    public List<ArticleProblem> loadProblems() {
        return read(() -> List.copyOf(loadProblems));
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
                Entry target = resolve(r);
                if (target != null) {
                    out.put(r, article(target));
                }
            }
            return out;
        });
    }

    private Entry resolve(RelatedArticle r) {
        List<Entry> withId = byId.getOrDefault(r.id(), List.of());
        for (Entry e : withId) {
            if (e.url().equals(r.url())) {
                return e;
            }
        }
        List<Entry> atUrl = byUrl.getOrDefault(r.url(), List.of());
        if (!atUrl.isEmpty()) {
            return atUrl.get(0);
        }
        return withId.isEmpty() ? null : withId.get(0);
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
            for (Entry e : entries.values()) {
                linkProblems(e, article(e), out);
            }
            return out;
        });
    }

    private void linkProblems(Entry self, Article a, List<ArticleProblem> out) {
        Path rel = Path.of(self.key());
        List<RelatedArticle> links = a.related();
        for (int i = 0; i < links.size(); i++) {
            if (links.get(i).slot() != i + 1) {
                out.add(new ArticleProblem(Kind.SLOT_GAP, rel, 0, 0, "related slots are "
                        + links.stream().map(r -> Integer.toString(r.slot())).toList() + ", not numbered from 1 without gaps"));
                break;
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        for (RelatedArticle r : links) {
            Entry t = resolve(r);
            if (t == null) {
                out.add(new ArticleProblem(Kind.BROKEN_LINK, rel, 0, 0, r.key() + " points to no article (id "
                        + r.id() + ", url " + r.url() + ")"));
                continue;
            }
            Integer first = seen.putIfAbsent(t.key(), r.slot());
            if (first != null) {
                out.add(new ArticleProblem(Kind.DUPLICATE_LINK, rel, 0, 0, r.key() + " points to the same article as related_article"
                        + first + " (" + t.url() + ")"));
            }
            if (t.key().equals(self.key())) {
                out.add(new ArticleProblem(Kind.SELF_LINK, rel, 0, 0, r.key() + " points to the article itself"));
                continue;
            }
            List<String> drift = new ArrayList<>();
            if (r.id() != t.id()) {
                drift.add("id " + r.id() + " (target " + t.id() + ")");
            }
            if (!r.title().equals(t.title())) {
                drift.add("title '" + r.title() + "' (target '" + t.title() + "')");
            }
            if (!r.subject().equals(t.subject())) {
                drift.add("subject '" + r.subject() + "' (target '" + t.subject() + "')");
            }
            if (!r.url().equals(t.url())) {
                drift.add("url " + r.url() + " (target " + t.url() + ")");
            }
            if (!drift.isEmpty()) {
                out.add(new ArticleProblem(Kind.DRIFTED_LINK, rel, 0, 0, r.key() + " copy differs from its target: "
                        + String.join(", ", drift)));
            }
        }
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
        return read(() -> {
            List<ArticleProblem> out = new ArrayList<>(loadProblems);
            Map<String, List<Entry>> byPage = new HashMap<>();
            for (Entry e : entries.values()) {
                String page = PagePaths.pageOf(e.url());
                if (page != null) {
                    byPage.computeIfAbsent(PagePaths.clashKey(page), k -> new ArrayList<>(1)).add(e);
                }
            }
            for (Entry e : entries.values()) {
                Article a = article(e);
                Path rel = Path.of(e.key());
                a.warnings().forEach(w -> out.add(new ArticleProblem(Kind.WARNING, rel, w.line(), w.column(), w.message())));
                List<Entry> sameId = byId.getOrDefault(e.id(), List.of());
                if (sameId.size() > 1 && a.has("id")) {
                    out.add(new ArticleProblem(Kind.DUPLICATE_ID, rel, 0, 0, "id " + e.id() + " is also the id of "
                            + others(sameId, e)));
                }
                List<Entry> sameUrl = byUrl.getOrDefault(e.url(), List.of());
                if (sameUrl.size() > 1 && a.has("url")) {
                    out.add(new ArticleProblem(Kind.DUPLICATE_URL, rel, 0, 0, "url " + e.url() + " is also the url of "
                            + others(sameUrl, e)));
                }
                String fileName = pathOf(e).getFileName().toString();
                if (a.has("file_name") && !fileName.equals(a.frontMatter().get("file_name"))) {
                    out.add(new ArticleProblem(Kind.FILE_NAME_MISMATCH, rel, 0, 0, "file_name '" + a.frontMatter().get("file_name")
                            + "' is not the file's name '" + fileName + "'"));
                }
                if (a.has("url")) {
                    PagePaths.Refusal refusal = PagePaths.check(e.url());
                    if (refusal != null) {
                        out.add(new ArticleProblem(refusal.kind(), rel, 0, 0, refusal.message()));
                    } else {
                        List<Entry> samePage = byPage.getOrDefault(PagePaths.clashKey(PagePaths.pageOf(e.url())), List.of());
                        List<Entry> differing = samePage.stream().filter(x -> !x.url().equals(e.url())).toList();
                        if (!differing.isEmpty()) {
                            out.add(new ArticleProblem(Kind.DUPLICATE_PAGE, rel, 0, 0, "url " + e.url()
                                    + " differs only in letter case from the url of " + others(differing, e)
                                    + ": one page on a case-insensitive file system"));
                        }
                    }
                }
                String stem = fileName.substring(0, fileName.length() - 3);
                if (PagePaths.tooLong(stem + CONVERTED_SUFFIX)) {
                    out.add(new ArticleProblem(Kind.NAME_TOO_LONG, rel, 0, 0, "file name is " + PagePaths.utf8Length(fileName)
                            + " bytes: converted (" + CONVERTED_SUFFIX + ") it would be longer than a file name may be ("
                            + PagePaths.MAX_NAME_BYTES + ")"));
                }
                if (a.has("url") && a.has("subject")) {
                    String expected = "/learn/" + Slugs.of(e.subject()) + "/questions/" + fileName.substring(0, fileName.length() - 3);
                    if (!e.url().equals(expected)) {
                        out.add(new ArticleProblem(Kind.URL_MISMATCH, rel, 0, 0, "url " + e.url() + " does not match subject and slug: "
                                + expected));
                    }
                }
                linkProblems(e, a, out);
            }
            out.sort(Comparator.comparing((ArticleProblem p) -> p.path().toString().replace('\\', '/'))
                    .thenComparingInt(ArticleProblem::line).thenComparing(ArticleProblem::kind));
            return new ValidationReport(entries.size() + failedFiles, out);
        });
    }

    /** The longest suffix a built-in conversion gives a file ({@code .html}, {@code .json}) in place of {@code .md}. */
    private static final String CONVERTED_SUFFIX = ".html";

    private static String others(List<Entry> all, Entry self) {
        return all.stream().filter(x -> !x.key().equals(self.key())).map(Entry::key).toList().toString();
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
            for (Entry e : entries.values()) {
                Article a = article(e);
                Article.Builder b = a.toBuilder();
                boolean any = false;
                for (RelatedArticle r : a.related()) {
                    Entry t = resolve(r);
                    if (t == null || t.key().equals(e.key())) {
                        continue;
                    }
                    RelatedArticle fixed = r.withId(t.id()).withTitle(t.title()).withSubject(t.subject()).withUrl(t.url());
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
            Entry existing = key != null ? entries.get(key) : null;
            Path target = existing != null ? pathOf(existing) : targetFor(article);
            if (existing == null) {
                Files.createDirectories(target.getParent());
            }
            // Before anything is read: the folder must not lead out of the root.
            checkInsideRoot(target);
            byte[] bytes = article.text().getBytes(StandardCharsets.UTF_8);
            // The write lock above keeps out this repository's other threads; the folder lock keeps out
            // other processes between the check and the rename, which this repository's index cannot see.
            FolderLock held = FolderLock.acquire(target.getParent());
            try {
                // Once per folder and repository: stale files come only from killed processes, and
                // listing a large folder before every save would cost more than they do.
                if (cleanedFolders.add(target.getParent())) {
                    TempFiles.removeStale(target.getParent());
                }
                if (existing != null) {
                    if (!CurrentFile.holds(target, article.origin().getBytes(StandardCharsets.UTF_8))) {
                        throw new ArticleException("not saved: " + existing.key() + " changed on disk since the article"
                                + " was read (another writer?); read it again and reapply the edit");
                    }
                } else if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw new ArticleException("not saved: a file exists already at " + root.relativize(target)
                            + "; open it from the repository to edit it");
                }
                writer.write(target, bytes);
            } finally {
                held.close();
            }
            Article saved = parser.parseText(article.text(), target.toString());
            index(Entry.of(key(root.relativize(target)), saved, indexOnly ? null : Span.of(bytes)));
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
            Entry e = entries.get(key);
            if (e == null) {
                return false;
            }
            // The index changes only once the file is gone: a refused or failed delete leaves it whole.
            checkInsideRoot(pathOf(e));
            boolean deleted = Files.deleteIfExists(pathOf(e));
            entries.remove(key);
            unindex(e);
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
        List<Entry> withId = read(() -> List.copyOf(byId.getOrDefault(id, List.of())));
        if (withId.size() > 1) {
            throw new ArticleException("not deleted: " + withId.size() + " articles have id " + id + " "
                    + withId.stream().map(Entry::key).toList() + "; delete one by path");
        }
        return !withId.isEmpty() && delete(pathOf(withId.get(0)));
    }

    /** {@code <root>/<subject folder of the url>/<file_name>}, refused when it would leave the root. */
    private Path targetFor(Article article) {
        String fileName = article.fileName();
        String folder = Slugs.folderOfUrl(article.url());
        if (folder == null) {
            folder = Slugs.of(article.subject());
        }
        for (String part : List.of(fileName, folder)) {
            if (part.isEmpty() || part.contains("/") || part.contains("\\") || part.equals(".") || part.equals("..")
                    || part.indexOf('\0') >= 0 || Path.of(part).isAbsolute()) {
                throw new ArticleException("not saved: '" + part + "' is not a plain file or folder name");
            }
        }
        if (!fileName.endsWith(".md")) {
            throw new ArticleException("not saved: file_name '" + fileName + "' does not end with .md");
        }
        Path target = root.resolve(folder).resolve(fileName).normalize();
        if (!target.startsWith(root)) {
            throw new ArticleException("not saved: " + target + " is outside the repository");
        }
        return target;
    }

    /**
     * The real folder of the file (symbolic links followed) must be inside the real root. That the
     * file itself is no link is checked where it is read ({@link CurrentFile}) or must not exist.
     */
    private void checkInsideRoot(Path target) throws IOException {
        Path parentReal = target.getParent().toRealPath();
        if (!parentReal.startsWith(realRoot)) {
            throw new ArticleException("not written: " + target + " leads out of the repository through a symbolic link");
        }
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
        return key(root.relativize(abs));
    }

    private Path pathOf(Entry e) {
        return root.resolve(e.key());
    }

    /** The article of an entry, parsed again from the bytes kept (or from its file, index-only). */
    private Article article(Entry e) {
        Path path = pathOf(e);
        Span source = e.source();
        if (source != null) {
            return parser.parseBytes(source.array(), source.offset(), source.length(), path.toString());
        }
        try {
            return parser.parseFile(path);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private List<Article> articles(List<Entry> list) {
        List<Article> out = new ArrayList<>(list.size());
        for (Entry e : list) {
            out.add(article(e));
        }
        return Collections.unmodifiableList(out);
    }

    private <T> T read(java.util.function.Supplier<T> body) {
        lock.readLock().lock();
        try {
            return body.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** A simple query: subject, date range, {@code no_index} and text in title or question. */
    public final class Query {
        private final List<Predicate<Article>> conditions = new ArrayList<>();

        private Query() {}

        /**
         * Only articles of a subject (case ignored).
         *
         * @param subject the subject
         * @return this query
         */
        public Query subject(String subject) {
            String s = subject.toLowerCase(Locale.ROOT);
            conditions.add(a -> a.has("subject") && a.subject().toLowerCase(Locale.ROOT).equals(s));
            return this;
        }

        /**
         * Only articles dated on or after a day.
         *
         * @param from the first day
         * @return this query
         */
        public Query from(LocalDate from) {
            conditions.add(a -> a.has("date") && !a.date().isBefore(from));
            return this;
        }

        /**
         * Only articles dated on or before a day.
         *
         * @param to the last day
         * @return this query
         */
        public Query to(LocalDate to) {
            conditions.add(a -> a.has("date") && !a.date().isAfter(to));
            return this;
        }

        /**
         * Only articles whose {@code no_index} is as given.
         *
         * @param noIndex the wanted value
         * @return this query
         */
        public Query noIndex(boolean noIndex) {
            conditions.add(a -> a.noIndex() == noIndex);
            return this;
        }

        /**
         * Only articles whose title or question contains a text (case ignored).
         *
         * @param text the text
         * @return this query
         */
        public Query text(String text) {
            String t = text.toLowerCase(Locale.ROOT);
            conditions.add(a -> a.has("title") && a.title().toLowerCase(Locale.ROOT).contains(t)
                    || a.has("question") && a.question().toLowerCase(Locale.ROOT).contains(t));
            return this;
        }

        /**
         * Runs the query.
         *
         * @return the matching articles, in path order
         */
        public List<Article> list() {
            return all().stream().filter(a -> conditions.stream().allMatch(c -> c.test(a))).toList();
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
