package io.github.quicktakes.articles.cli;

import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleException;
import io.github.quicktakes.articles.ArticleRepository;
import io.github.quicktakes.articles.HtmlArticleWriter;
import io.github.quicktakes.articles.internal.article.MomentDateFormat;
import io.github.quicktakes.articles.internal.html.Html;
import io.github.quicktakes.articles.internal.html.SiteUrls;
import io.github.quicktakes.articles.internal.repository.PagePaths;
import io.github.quicktakes.articles.internal.repository.Slugs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Writes a browsable static site: a page per article at its url, an index page per subject, a
 * home page, {@code sitemap.xml} and the stylesheet. Every link inside the site is relative and
 * percent-encoded, so the site works from a local folder as well as from a server.
 *
 * <p>The site is written one article at a time: the first pass keeps only a few fields per article
 * (url, title, subject, date) for the indexes and the sitemap, the second parses and writes each
 * page and lets it go, so the heap holds the repository and those fields, never every article.
 * An article whose url has no page, or whose page another article's url claims already, is
 * reported and skipped; it never stops the others.
 */
final class SiteRenderer {
    /** Article pages live at learn/<subject>/questions/<slug>/index.html: four folders down. */
    private static final String UP_FROM_ARTICLE = "../../../../";

    private final ArticleRepository repo;
    private final Path out;
    private final String baseUrl;
    private final String katexUrl;
    private final Consumer<String> problems;
    private int skipped;

    /** What the indexes and the sitemap need of an article. */
    private record Summary(Path path, String url, String folder, String slug, String subject, String title,
            LocalDate date, String dateText, boolean noIndex) {}

    SiteRenderer(ArticleRepository repo, Path out, String baseUrl, String katexUrl, Consumer<String> problems) {
        this.repo = repo;
        this.out = out;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.katexUrl = katexUrl;
        this.problems = problems;
    }

    /** The site-relative path of the page for a url, or null when the url cannot have a page. */
    static String pageOf(String url) {
        return PagePaths.pageOf(url);
    }

    /** How many articles were reported and left out of the site. */
    int skipped() {
        return skipped;
    }

    /** Renders everything; returns the number of article pages written. */
    int render() throws IOException {
        Files.createDirectories(out.resolve("assets"));
        Files.writeString(out.resolve("assets/style.css"), HtmlArticleWriter.DEFAULT_STYLESHEET
                + "header.site{max-width:46rem;margin:0 auto;padding:.8rem 1.25rem;font-size:.9rem}\n"
                + ".subjects li,.articles li{margin:.3rem 0}\n.count,.date{color:#59636e}\n", StandardCharsets.UTF_8);
        List<Summary> summaries = summaries();
        Set<String> urls = new HashSet<>();
        summaries.forEach(s -> urls.add(s.url()));
        HtmlArticleWriter pages = pageWriter(urls);
        List<Summary> written = new ArrayList<>(summaries.size());
        for (Summary s : summaries) {
            try {
                Article a = repo.byPath(s.path()).orElseThrow();
                Path file = out.resolve(PagePaths.pageOf(s.url()));
                Files.createDirectories(file.getParent());
                Files.writeString(file, pages.write(a), StandardCharsets.UTF_8);
                written.add(s);
            } catch (IOException | UncheckedIOException | InvalidPathException | ArticleException | DateTimeException e) {
                skip(s.path(), "page not written: " + CommonOptions.causeOf(e));
            }
        }
        Map<String, List<Summary>> bySubjectFolder = new TreeMap<>();
        written.forEach(s -> bySubjectFolder.computeIfAbsent(s.folder(), k -> new ArrayList<>()).add(s));
        Map<String, String> names = new HashMap<>();
        for (Map.Entry<String, List<Summary>> e : bySubjectFolder.entrySet()) {
            names.put(e.getKey(), subjectName(e.getValue()));
            writeSubjectIndex(e.getKey(), names.get(e.getKey()), e.getValue());
        }
        writeHome(bySubjectFolder, names);
        writeSitemap(written);
        return written.size();
    }

    /**
     * The articles that get a page, in path order: the first by path takes a page; a later one
     * whose url maps to the same page (the same url, or one differing only in letter case, which a
     * case-insensitive file system makes one file) is reported, not written over it.
     */
    private List<Summary> summaries() {
        List<Summary> list = new ArrayList<>();
        Map<String, Path> claimed = new HashMap<>();
        for (Path rel : repo.paths()) {
            try {
                Article a = repo.byPath(rel).orElseThrow();
                if (!a.has("url")) {
                    skip(rel, "no url: no page");
                    continue;
                }
                String url = a.url();
                PagePaths.Refusal refusal = PagePaths.check(url);
                if (refusal != null) {
                    skip(rel, refusal.message());
                    continue;
                }
                Path first = claimed.putIfAbsent(PagePaths.clashKey(PagePaths.pageOf(url)), rel);
                if (first != null) {
                    skip(rel, "url " + url + " maps to the page of " + first + ": not rendered over it");
                    continue;
                }
                LocalDate date = a.has("date") ? a.date() : null;
                String dateText = date == null ? "" : MomentDateFormat.format(date, a.has("date_format") ? a.dateFormat() : "MMM DD, YYYY");
                list.add(new Summary(rel, url, Slugs.folderOfUrl(url), url.substring(url.lastIndexOf('/') + 1),
                        a.has("subject") ? a.subject() : "", a.has("article_title") ? a.articleTitle() : url, date, dateText,
                        a.noIndex()));
            } catch (UncheckedIOException | ArticleException | DateTimeException e) {
                skip(rel, "not rendered: " + CommonOptions.causeOf(e));
            }
        }
        return list;
    }

    private void skip(Path rel, String why) {
        skipped++;
        problems.accept("skipped " + rel.toString().replace('\\', '/') + ": " + why);
    }

    private HtmlArticleWriter pageWriter(Set<String> urls) {
        return HtmlArticleWriter.builder()
                .baseUrl(this.baseUrl)
                .katexUrl(katexUrl)
                .stylesheetHref(UP_FROM_ARTICLE + "assets/style.css")
                .template(HtmlArticleWriter.DEFAULT_TEMPLATE.replace("<body>\n", "<body>\n<header class=\"site\">"
                        + "<a href=\"" + UP_FROM_ARTICLE + "index.html\">QuickTakes</a> &rsaquo; "
                        + "<a href=\"../../index.html\">All articles of this subject</a></header>\n"))
                .linkResolver(url -> urls.contains(url) ? UP_FROM_ARTICLE + SiteUrls.encodePath(PagePaths.pageOf(url)) : null)
                .build();
    }

    /** The most common spelling of the subject among its articles (real data mixes capitalisations). */
    private static String subjectName(List<Summary> articles) {
        Map<String, Integer> counts = new TreeMap<>();
        articles.forEach(a -> counts.merge(a.subject(), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    private void writeSubjectIndex(String folder, String name, List<Summary> articles) throws IOException {
        List<Summary> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing(Summary::date, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())).reversed()
                .thenComparing(Summary::url));
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.escape(name)).append("</h1>\n<p class=\"count\">").append(sorted.size())
                .append(sorted.size() == 1 ? " article" : " articles").append("</p>\n<ul class=\"articles\">\n");
        for (Summary a : sorted) {
            body.append("<li><a href=\"questions/").append(Html.escape(SiteUrls.encodePath(a.slug()))).append("/index.html\">")
                    .append(Html.escape(a.title())).append("</a> <span class=\"date\">")
                    .append(Html.escape(a.dateText())).append("</span></li>\n");
        }
        body.append("</ul>\n");
        write(out.resolve("learn").resolve(folder).resolve("index.html"), name, "../../", body.toString());
    }

    private void writeHome(Map<String, List<Summary>> bySubjectFolder, Map<String, String> names) throws IOException {
        StringBuilder body = new StringBuilder("<h1>QuickTakes</h1>\n<ul class=\"subjects\">\n");
        for (Map.Entry<String, List<Summary>> e : bySubjectFolder.entrySet()) {
            body.append("<li><a href=\"learn/").append(Html.escape(SiteUrls.encodePath(e.getKey()))).append("/index.html\">")
                    .append(Html.escape(names.get(e.getKey()))).append("</a> <span class=\"count\">(")
                    .append(e.getValue().size()).append(")</span></li>\n");
        }
        body.append("</ul>\n");
        write(out.resolve("index.html"), "QuickTakes", "", body.toString());
    }

    private void write(Path file, String title, String up, String body) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + Html.escape(title)
                + "</title>\n<link rel=\"stylesheet\" href=\"" + up + "assets/style.css\">\n</head>\n<body>\n"
                + "<header class=\"site\"><a href=\"" + up + "index.html\">QuickTakes</a></header>\n<main>\n"
                + body + "</main>\n</body>\n</html>\n", StandardCharsets.UTF_8);
    }

    /** Every article that may be indexed (no_index articles are left out), its path percent-encoded. */
    private void writeSitemap(List<Summary> written) throws IOException {
        String base = UrlPaths.encodeBase(baseUrl);
        try (Writer w = Files.newBufferedWriter(out.resolve("sitemap.xml"), StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            for (Summary s : written) {
                if (!s.noIndex()) {
                    w.write("  <url><loc>" + UrlPaths.xml(SiteUrls.join(base, s.url())) + "</loc>"
                            + (s.date() != null ? "<lastmod>" + s.date() + "</lastmod>" : "") + "</url>\n");
                }
            }
            w.write("</urlset>\n");
        }
    }
}
