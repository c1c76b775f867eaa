package io.github.quicktakes.articles.cli;

import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleException;
import io.github.quicktakes.articles.ArticleParser;
import io.github.quicktakes.articles.HtmlArticleWriter;
import io.github.quicktakes.articles.internal.html.SiteUrls;
import io.github.quicktakes.articles.internal.repository.FolderReader;
import io.github.quicktakes.articles.internal.repository.PagePaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes a browsable static site: a page per article at its url, an index page per subject, a
 * home page, {@code sitemap.xml} and the stylesheet. Every link inside the site is relative and
 * percent-encoded, so the site works from a local folder as well as from a server.
 *
 * <p>The input is read once, on several threads, keeping only a summary of each article (url,
 * title, subject, date, related urls); the pages are then rendered on several threads, each article
 * read and parsed again and let go, so the heap holds the summaries, never every article. An
 * article whose url has no page, or whose page another article's url claims already, is reported
 * and skipped; it never stops the others.
 *
 * <p>Rendering into a folder rendered before is incremental ({@link RenderCache}): only the files
 * that changed are read again, only the pages whose article changed or one of whose related links
 * appeared or went are rendered again, the indexes and the sitemap are written only when their
 * bytes differ, and the pages of articles gone are deleted. The folder left is the one a full
 * render would write.
 */
final class SiteRenderer {
    /** Article pages live at learn/<subject>/questions/<slug>/index.html: four folders down. */
    static final String UP_FROM_ARTICLE = "../../../../";
    static final String STYLE = HtmlArticleWriter.DEFAULT_STYLESHEET
            + "header.site{max-width:46rem;margin:0 auto;padding:.8rem 1.25rem;font-size:.9rem}\n"
            + ".subjects li,.articles li{margin:.3rem 0}\n.count,.date{color:#59636e}\n";

    private final Path in;
    private final Path out;
    private final String baseUrl;
    private final String katexUrl;
    private final Consumer<String> problems;
    private final int pageSize;
    private final ArticleParser parser = ArticleParser.builder().lenient().build();
    private final int threads = InOrder.defaultThreads();
    private int skipped;
    private int rendered;

    /** An input file as this render has it, and whether it was read now (not known from the cache). */
    private record Loaded(RenderCache.FileEntry entry, boolean read) {}

    /**
     * A renderer of one folder into another.
     *
     * @param pageSize how many articles a subject index lists per page (at least 1)
     */
    SiteRenderer(Path in, Path out, String baseUrl, String katexUrl, int pageSize, Consumer<String> problems) {
        this.in = in;
        this.out = out;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.katexUrl = katexUrl;
        this.problems = problems;
        this.pageSize = pageSize;
    }

    /** The site-relative path of the page for a url, or null when the url cannot have a page. */
    static String pageOf(String url) {
        return PagePaths.pageOf(url);
    }

    /** How many input files were reported and left out of the site (unreadable, or no page). */
    int skipped() {
        return skipped;
    }

    /** How many article pages this render wrote (the others were up to date). */
    int rendered() {
        return rendered;
    }

    /** Renders everything that changed; returns the number of article pages the site has. */
    int render() throws IOException {
        SiteFiles.writeIfChanged(out.resolve("assets/style.css"), STYLE);
        SiteFiles.writeIfChanged(out.resolve("assets/math.js"), HtmlArticleWriter.MATH_SCRIPT + "\n");
        String options = baseUrl + "\n" + katexUrl;
        RenderCache old = RenderCache.load(out, options);
        RenderCache next = new RenderCache(options, pageSize);

        FolderReader<Loaded> reader = FolderReader.read(in, parser, 2 * threads, new FolderReader.Extractor<>() {
            @Override
            public Loaded known(String key, BasicFileAttributes attrs) {
                RenderCache.FileEntry e = old.entry(key, attrs);
                return e == null ? null : new Loaded(e, false);
            }

            @Override
            public Loaded extract(String key, BasicFileAttributes attrs, Article article) {
                return new Loaded(new RenderCache.FileEntry(key, attrs.size(), RenderCache.modified(attrs), PageSummary.of(key, article)), true);
            }
        });
        reader.loadProblems().forEach(p -> {
            skipped++;
            problems.accept("skipped " + p);
        });
        List<Loaded> loaded = reader.articles();
        loaded.forEach(l -> next.putFile(l.entry()));
        Set<String> readNow = new HashSet<>();
        loaded.forEach(l -> {
            if (l.read()) {
                readNow.add(l.entry().key());
            }
        });
        List<PageSummary> summaries = claim(loaded);
        Set<String> urls = new HashSet<>();
        summaries.forEach(s -> urls.add(s.url()));
        int renderedBefore = rendered;
        List<PageSummary> written = writePages(summaries, urls, readNow, old, next);
        boolean samePages = deleteStalePages(old, next, written) == 0 && written.size() == old.pageCount();
        boolean sameFiles = loaded.size() == old.fileCount() && readNow.isEmpty();
        if (sameFiles && samePages && rendered == renderedBefore && old.pageSize() == pageSize && old.indexesExist(out, !baseUrl.isEmpty())) {
            // Nothing read again, no page written or deleted, the indexes paged as before: the
            // indexes, the sitemap and the cache would be written with the bytes they have.
            old.indexes().forEach(next::putIndex);
            return written.size();
        }
        writeIndexes(written, old, next);
        next.save(out, old);

        return written.size();
    }

    /**
     * The articles that get a page, in path order: the first by path takes a page; a later one
     * whose url maps to the same page (the same url, or one differing only in letter case, which a
     * case-insensitive file system makes one file) is reported, not written over it.
     */
    private List<PageSummary> claim(List<Loaded> loaded) {
        List<PageSummary> list = new ArrayList<>();
        Map<String, String> claimed = new HashMap<>();
        for (Loaded l : loaded) {
            String key = l.entry().key();
            if (l.entry().outcome() instanceof String why) {
                skip(key, why);
                continue;
            }
            PageSummary s = (PageSummary) l.entry().outcome();
            String first = claimed.putIfAbsent(PagePaths.clashKey(s.url()), key);
            if (first != null) {
                skip(key, "url " + s.url() + " maps to the page of " + first + ": not rendered over it");
                continue;
            }
            list.add(s);
        }
        return list;
    }

    private void skip(String key, String why) {
        skipped++;
        problems.accept("skipped " + key + ": " + why);
    }

    /** A page's related links as resolved (see {@link #links}), and why it was not written, or null. */
    private record Outcome(String links, String failure) {}

    /**
     * Renders the pages that are not up to date, on several threads; returns those the site has, in
     * path order. A page is up to date when its file was not read again (so its summary, url and page
     * are the last render's), its related links resolve as then, and its folder is there: the
     * folders are listed once per subject rather than each page looked up (a stat per page was
     * a quarter of a render that changed nothing), so a page deleted by hand is noticed with its
     * folder.
     */
    private List<PageSummary> writePages(List<PageSummary> summaries, Set<String> urls, Set<String> readNow,
            RenderCache old, RenderCache next) {
        HtmlArticleWriter pages = pageWriter(urls);
        Map<String, Set<String>> there = new HashMap<>();
        for (PageSummary s : summaries) {
            if (!readNow.contains(s.key())) {
                there.computeIfAbsent(s.folder(), this::pageFolders);
            }
        }
        List<Outcome> outcomes = InOrder.map(summaries, threads, s -> {
            String links = links(s, urls);
            RenderCache.PageEntry before = old.pageOf(s.key());
            boolean upToDate = before != null && !readNow.contains(s.key()) && before.links().equals(links)
                    && there.get(s.folder()).contains(s.slug());
            return new Outcome(links, upToDate ? null : writePage(pages, s));
        });
        List<PageSummary> written = new ArrayList<>(summaries.size());
        for (int i = 0; i < summaries.size(); i++) {
            PageSummary s = summaries.get(i);
            Outcome o = outcomes.get(i);
            if (o.failure() == null) {
                written.add(s);
                next.putPage(new RenderCache.PageEntry(s, o.links()));
            } else {
                skip(s.key(), o.failure());
            }
        }
        return written;
    }

    /** The names of the page folders a subject has in the site (none when its folder is not there). */
    private Set<String> pageFolders(String subjectFolder) {
        try {
            // File.list gives the names alone: no Path per entry, as a directory stream makes.
            String[] names = out.resolve("learn").resolve(subjectFolder).resolve("questions").toFile().list();
            return names == null ? Set.of() : new HashSet<>(Arrays.asList(names));
        } catch (InvalidPathException e) {
            return Set.of(); // every page of the subject is written again
        }
    }

    /** Which related links of an article lead to a page: one character each, what its page depends on besides the article. */
    private static String links(PageSummary s, Set<String> urls) {
        StringBuilder b = new StringBuilder(s.relatedUrls().size());
        s.relatedUrls().forEach(u -> b.append(urls.contains(u) ? '1' : '0'));
        return b.toString();
    }

    /** Writes one article's page: null when done, else why it was not written. */
    private String writePage(HtmlArticleWriter pages, PageSummary s) {
        try {
            Article a = parser.parseFile(in.resolve(s.key()));
            Path file = out.resolve(s.page());
            Files.createDirectories(file.getParent());
            Files.write(file, pages.write(a).getBytes(StandardCharsets.UTF_8));
            synchronized (this) {
                rendered++;
            }
            return null;
        } catch (IOException | UncheckedIOException | InvalidPathException | ArticleException | DateTimeException e) {
            return "page not written: " + CommonOptions.causeOf(e);
        }
    }

    /** Deletes the pages an earlier render wrote that the site no longer has; returns how many. */
    private int deleteStalePages(RenderCache old, RenderCache next, List<PageSummary> written) throws IOException {
        Set<String> now = null;
        int deleted = 0;
        for (RenderCache.PageEntry p : old.pages()) {
            RenderCache.PageEntry same = next.pageOf(p.key());
            if (same != null && (same.summary() == p.summary() || same.page().equals(p.page()))) {
                continue; // the same file's page again: the usual case, with no set of every page made
            }
            if (now == null) {
                now = new HashSet<>();
                for (PageSummary s : written) {
                    now.add(s.page());
                }
            }
            // Another file's page may have taken the path (a file renamed, its url kept).
            if (!now.contains(p.page())) {
                SiteFiles.deleteWithEmptyFolders(out, out.resolve(p.page()));
                deleted++;
            }
        }
        return deleted;
    }

    private void writeIndexes(List<PageSummary> written, RenderCache old, RenderCache next) throws IOException {
        Map<String, List<PageSummary>> bySubjectFolder = SiteIndexes.bySubjectFolder(written);
        // A subject whose pages are the ones of the last render has the index pages it had: they are
        // neither made again nor read to compare (unless one is missing).
        Set<String> changed = old.pageSize() == pageSize ? changedFolders(old, next) : null;
        Set<String> indexesBefore = new HashSet<>(old.indexes());
        Map<String, String> names = new HashMap<>();
        for (Map.Entry<String, List<PageSummary>> e : bySubjectFolder.entrySet()) {
            names.put(e.getKey(), SiteIndexes.subjectName(e.getValue()));
            if (changed != null && !changed.contains(e.getKey()) && indexesThere(e.getKey(), e.getValue().size(), indexesBefore)) {
                for (int k = 1; k <= SiteIndexes.pageCount(e.getValue().size(), pageSize); k++) {
                    next.putIndex(SiteIndexes.subjectIndexPath(e.getKey(), k));
                }
                continue;
            }
            List<String> pages = SiteIndexes.subjectIndexPages(names.get(e.getKey()), e.getValue(), pageSize);
            for (int k = 1; k <= pages.size(); k++) {
                String index = SiteIndexes.subjectIndexPath(e.getKey(), k);
                SiteFiles.writeIfChanged(out.resolve(index), pages.get(k - 1));
                next.putIndex(index);
            }
        }
        // Pages of an index that shrank, or of another page size, go like the indexes of a subject gone.
        Set<String> indexesNow = new HashSet<>(next.indexes());
        for (String index : old.indexes()) {
            if (!indexesNow.contains(index)) {
                SiteFiles.deleteWithEmptyFolders(out, out.resolve(index));
            }
        }
        SiteFiles.writeIfChanged(out.resolve("index.html"), SiteIndexes.home(bySubjectFolder, names));
        if (baseUrl.isEmpty()) {
            // a sitemap lists absolute addresses: none without the site's (an old one would be stale)
            Files.deleteIfExists(out.resolve("sitemap.xml"));
        } else {
            SiteFiles.writeIfChanged(out.resolve("sitemap.xml"), SiteIndexes.sitemap(baseUrl, written));
        }
    }

    /**
     * The subject folders whose pages are not the last render's: a page added, gone, or written
     * from another summary (the summaries of files not read again are the very objects of the cache).
     */
    private static Set<String> changedFolders(RenderCache old, RenderCache next) {
        Set<String> changed = new HashSet<>();
        for (RenderCache.PageEntry p : next.pages()) {
            RenderCache.PageEntry was = old.pageOf(p.key());
            if (was == null || was.summary() != p.summary() && !was.summary().equals(p.summary())) {
                changed.add(p.summary().folder());
                if (was != null) {
                    changed.add(was.summary().folder());
                }
            }
        }
        for (RenderCache.PageEntry p : old.pages()) {
            if (next.pageOf(p.key()) == null) {
                changed.add(p.summary().folder());
            }
        }
        return changed;
    }

    /** Whether the last render wrote every index page of a subject of this many articles, and they are there. */
    private boolean indexesThere(String folder, int articles, Set<String> indexesBefore) {
        for (int k = 1; k <= SiteIndexes.pageCount(articles, pageSize); k++) {
            String index = SiteIndexes.subjectIndexPath(folder, k);
            if (!indexesBefore.contains(index) || !Files.isRegularFile(out.resolve(index))) {
                return false;
            }
        }
        return true;
    }

    private HtmlArticleWriter pageWriter(Set<String> urls) {
        return pageWriter(baseUrl, katexUrl, urls);
    }

    /**
     * The writer of a site's article pages, as {@code render} writes them and {@code serve} shows
     * them: the site's stylesheet and KaTeX start-up script, a header back to the indexes, and related
     * links to the pages of {@code urls} (others shown as broken).
     */
    static HtmlArticleWriter pageWriter(String baseUrl, String katexUrl, Set<String> urls) {
        return HtmlArticleWriter.builder()
                .baseUrl(baseUrl)
                .katexUrl(katexUrl)
                .stylesheetHref(UP_FROM_ARTICLE + "assets/style.css")
                .mathScriptHref(UP_FROM_ARTICLE + "assets/math.js")
                .template(HtmlArticleWriter.DEFAULT_TEMPLATE.replace("<body>\n", "<body>\n<header class=\"site\">"
                        + "<a href=\"" + UP_FROM_ARTICLE + "index.html\">QuickTakes</a> &rsaquo; "
                        + "<a href=\"../../index.html\">All articles of this subject</a></header>\n"))
                .linkResolver(url -> urls.contains(url) ? UP_FROM_ARTICLE + SiteUrls.encodePath(PagePaths.pageOf(url)) : null)
                .build();
    }
}
