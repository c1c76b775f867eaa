package io.github.quicktakes.articles.cli;

import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleException;
import io.github.quicktakes.articles.ArticleParser;
import io.github.quicktakes.articles.HtmlArticleWriter;
import io.github.quicktakes.articles.internal.repository.FolderReader;
import io.github.quicktakes.articles.internal.repository.PagePaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The site {@code serve} shows: every article's text in memory, and the pages made on request,
 * at the same paths and with the same bytes as {@code render} writes them (but for the reload
 * script). A changed file is read again on its own ({@link #reload}); the lookups the pages need
 * (which article has which page, the subjects) are then rebuilt from the summaries, which takes a
 * few milliseconds for tens of thousands of articles.
 */
final class ServeSite {
    private final Path root;
    private final String baseUrl;
    private final String katexUrl;
    private final String pageEnd;
    private final int pageSize;
    private final ArticleParser parser = ArticleParser.builder().lenient().build();
    /** Each article file's text and summary (or why it has no page), by key; files that fail to parse are absent. */
    private final ConcurrentSkipListMap<String, Source> sources = new ConcurrentSkipListMap<>();
    private volatile Snapshot snapshot;

    private record Source(String key, String text, Object outcome) {}

    /** The lookups of one state of the folder: replaced whole when a file changes. */
    private record Snapshot(Map<String, PageSummary> byPage, Map<String, List<PageSummary>> bySubjectFolder,
            Map<String, String> names, List<PageSummary> pages, HtmlArticleWriter writer) {}

    private ServeSite(Path root, String baseUrl, String katexUrl, int pageSize, String reloadScript) {
        this.root = root.toAbsolutePath().normalize();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.katexUrl = katexUrl;
        this.pageEnd = "<script src=\"" + reloadScript + "\"></script>\n</body>";
        this.pageSize = pageSize;
    }

    /**
     * Reads a folder.
     *
     * @param pageSize how many articles a subject index lists per page
     * @param reloadScript the absolute path of the script each page loads to reload itself
     */
    static ServeSite load(Path root, String baseUrl, String katexUrl, int pageSize, String reloadScript) throws IOException {
        ServeSite site = new ServeSite(root, baseUrl, katexUrl, pageSize, reloadScript);
        FolderReader<Source> reader = FolderReader.read(site.root, site.parser, 2 * InOrder.defaultThreads(),
                (key, attrs, a) -> new Source(key, a.text(), PageSummary.of(key, a)));
        // Files without a page are kept too: a later edit may give them one.
        reader.articles().forEach(s -> site.sources.put(s.key(), s));
        site.rebuild();
        return site;
    }

    /** The folder served. */
    Path root() {
        return root;
    }

    /**
     * Reads one file again after it changed, was created or deleted.
     *
     * @param file an absolute path below the root
     * @return whether the site changed
     */
    boolean reload(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (!abs.startsWith(root) || !abs.getFileName().toString().endsWith(".md")) {
            return false;
        }
        String key = root.relativize(abs).toString().replace('\\', '/');
        Source now = null;
        try {
            if (Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)) {
                Article a = parser.parseFile(abs);
                now = new Source(key, a.text(), PageSummary.of(key, a));
            }
        } catch (IOException | ArticleException e) {
            now = null; // gone, unreadable or not an article (now): it has no page
        }
        Source before = now == null ? sources.remove(key) : sources.put(key, now);
        if (before == null && now == null) {
            return false;
        }
        rebuild();
        return true;
    }

    /** Claims the pages in path order, as render does, and makes the lookups. */
    private void rebuild() {
        Map<String, PageSummary> byPage = new HashMap<>();
        Map<String, String> claimed = new HashMap<>();
        List<PageSummary> pages = new ArrayList<>();
        Set<String> urls = new HashSet<>();
        for (Source s : sources.values()) {
            if (s.outcome() instanceof PageSummary p && claimed.putIfAbsent(PagePaths.clashKey(p.url()), p.key()) == null) {
                byPage.put(p.page(), p);
                pages.add(p);
                urls.add(p.url());
            }
        }
        Map<String, List<PageSummary>> bySubjectFolder = SiteIndexes.bySubjectFolder(pages);
        Map<String, String> names = new HashMap<>();
        bySubjectFolder.forEach((folder, list) -> names.put(folder, SiteIndexes.subjectName(list)));
        HtmlArticleWriter writer = SiteRenderer.pageWriter(baseUrl, katexUrl, urls);
        snapshot = new Snapshot(byPage, bySubjectFolder, names, pages, writer);
    }

    /**
     * The page at a site path ({@code index.html}, {@code learn/<folder>/index.html} and
     * {@code learn/<folder>/page/<k>/index.html}, {@code learn/<folder>/questions/<slug>/index.html},
     * {@code sitemap.xml}, the assets), or null.
     * Paths are looked up, never turned into file names: nothing but the site can be answered.
     */
    String page(String path) {
        Snapshot s = snapshot;
        switch (path) {
            case "index.html":
                return withReload(SiteIndexes.home(s.bySubjectFolder(), s.names()));
            case "sitemap.xml":
                return SiteIndexes.sitemap(baseUrl, s.pages());
            case "assets/style.css":
                return SiteRenderer.STYLE;
            case "assets/math.js":
                return HtmlArticleWriter.MATH_SCRIPT + "\n";
            default:
                break;
        }
        PageSummary p = s.byPage().get(path);
        if (p != null) {
            Source src = sources.get(p.key());
            try {
                return src == null ? null : withReload(s.writer().write(parser.parseText(src.text(), p.key())));
            } catch (ArticleException | DateTimeException e) {
                return null;
            }
        }
        return subjectIndexPage(s, path);
    }

    /** A page of a subject's index, at exactly the path render writes it to, or null. */
    private String subjectIndexPage(Snapshot s, String path) {
        String[] parts = path.split("/", -1);
        if (parts.length < 3 || !parts[0].equals("learn") || !s.bySubjectFolder().containsKey(parts[1])) {
            return null;
        }
        List<PageSummary> articles = s.bySubjectFolder().get(parts[1]);
        int k = parts.length == 3 && parts[2].equals("index.html") ? 1
                : parts.length == 5 && parts[2].equals("page") && parts[4].equals("index.html") ? pageNumber(parts[3]) : 0;
        if (k < 1 || k > SiteIndexes.pageCount(articles.size(), pageSize)
                || !path.equals(SiteIndexes.subjectIndexPath(parts[1], k))) {
            return null;
        }
        return withReload(SiteIndexes.subjectIndexPage(s.names().get(parts[1]), SiteIndexes.indexOrder(articles), pageSize, k));
    }

    /** A page number as render writes it (digits, no leading zero), or 0. */
    private static int pageNumber(String text) {
        if (text.isEmpty() || text.length() > 9 || text.charAt(0) == '0' || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return 0;
        }
        return Integer.parseInt(text);
    }

    private String withReload(String html) {
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html : html.substring(0, end) + pageEnd + html.substring(end + "</body>".length());
    }
}
