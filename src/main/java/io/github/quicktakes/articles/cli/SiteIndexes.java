package io.github.quicktakes.articles.cli;

import io.github.quicktakes.articles.internal.html.Html;
import io.github.quicktakes.articles.internal.html.SiteUrls;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The site's pages other than the articles': an index per subject folder, the home page and
 * {@code sitemap.xml}, as text. They are made from the summaries alone, so a render makes them
 * every time (a few milliseconds) and writes only those that changed.
 */
final class SiteIndexes {
    private SiteIndexes() {}

    /**
     * The most common spelling of the subject among its articles (real data mixes capitalisations);
     * of spellings equally common, the first in string order.
     */
    static String subjectName(List<PageSummary> articles) {
        Map<String, Integer> counts = new HashMap<>();
        articles.forEach(a -> counts.merge(a.subject(), 1, Integer::sum));
        String best = "";
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /**
     * The pages by subject folder, in folder order, each list in the order given (grouped in a hash
     * map first: a tree map of the few dozen folders compared folder names for each of 35,915 pages).
     */
    static Map<String, List<PageSummary>> bySubjectFolder(List<PageSummary> pages) {
        Map<String, List<PageSummary>> grouped = new HashMap<>();
        pages.forEach(p -> grouped.computeIfAbsent(p.folder(), k -> new ArrayList<>()).add(p));
        return new TreeMap<>(grouped);
    }

    /** How many articles a subject index lists per page unless told otherwise ({@code --page-size}). */
    static final int DEFAULT_PAGE_SIZE = 100;

    /**
     * The site path of page {@code k} (from 1) of a subject's index: the first at the subject's
     * index path, where links to it have always pointed, the others in {@code page/<k>/} below it
     * (article pages are under {@code questions/}, so no slug can clash with them).
     */
    static String subjectIndexPath(String folder, int k) {
        return k == 1 ? "learn/" + folder + "/index.html" : "learn/" + folder + "/page/" + k + "/index.html";
    }

    /** How many pages a subject of {@code count} articles takes (one at least: a subject has an article). */
    static int pageCount(int count, int pageSize) {
        return Math.max(1, (count + pageSize - 1) / pageSize);
    }

    /** The articles of a subject in index order: newest first, then by url. */
    static List<PageSummary> indexOrder(List<PageSummary> articles) {
        List<PageSummary> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing(PageSummary::date, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())).reversed()
                .thenComparing(PageSummary::url));
        return sorted;
    }

    /** Every page of a subject's index, in order; page k is at {@link #subjectIndexPath}. */
    static List<String> subjectIndexPages(String name, List<PageSummary> articles, int pageSize) {
        List<PageSummary> sorted = indexOrder(articles);
        int n = pageCount(sorted.size(), pageSize);
        List<String> pages = new ArrayList<>(n);
        for (int k = 1; k <= n; k++) {
            pages.add(subjectIndexPage(name, sorted, pageSize, k));
        }
        return pages;
    }

    /**
     * Page {@code k} of a subject's index, of articles already in {@link #indexOrder}. A subject
     * that fits on one page gets the index it always had, with no page links.
     */
    static String subjectIndexPage(String name, List<PageSummary> sorted, int pageSize, int k) {
        int n = pageCount(sorted.size(), pageSize);
        // Pages after the first are two folders further down (page/<k>/).
        String toSubject = k == 1 ? "" : "../../";
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.escape(name)).append("</h1>\n<p class=\"count\">").append(sorted.size())
                .append(sorted.size() == 1 ? " article" : " articles").append("</p>\n");
        String nav = n == 1 ? "" : pageLinks(k, n);
        body.append(nav).append("<ul class=\"articles\">\n");
        for (PageSummary a : sorted.subList((k - 1) * pageSize, Math.min(sorted.size(), k * pageSize))) {
            body.append("<li><a href=\"").append(toSubject).append("questions/").append(Html.escape(SiteUrls.encodePath(a.slug())))
                    .append("/index.html\">").append(Html.escape(a.title())).append("</a> <span class=\"date\">")
                    .append(Html.escape(a.dateText())).append("</span></li>\n");
        }
        body.append("</ul>\n").append(nav);
        String title = k == 1 ? name : name + " (page " + k + " of " + n + ")";
        return page(title, toSubject + "../../", body.toString());
    }

    /** The previous and next links of page k of n (rel prev and next), and where the page is. */
    private static String pageLinks(int k, int n) {
        StringBuilder b = new StringBuilder("<nav class=\"pages\">");
        if (k > 1) {
            String prev = k == 2 ? "../../index.html" : "../" + (k - 1) + "/index.html";
            b.append("<a rel=\"prev\" href=\"").append(prev).append("\">&larr; Newer</a> ");
        }
        b.append("<span class=\"page\">Page ").append(k).append(" of ").append(n).append("</span>");
        if (k < n) {
            String next = k == 1 ? "page/2/index.html" : "../" + (k + 1) + "/index.html";
            b.append(" <a rel=\"next\" href=\"").append(next).append("\">Older &rarr;</a>");
        }
        return b.append("</nav>\n").toString();
    }

    static String home(Map<String, List<PageSummary>> bySubjectFolder, Map<String, String> names) {
        StringBuilder body = new StringBuilder("<h1>QuickTakes</h1>\n<ul class=\"subjects\">\n");
        for (Map.Entry<String, List<PageSummary>> e : bySubjectFolder.entrySet()) {
            body.append("<li><a href=\"learn/").append(Html.escape(SiteUrls.encodePath(e.getKey()))).append("/index.html\">")
                    .append(Html.escape(names.get(e.getKey()))).append("</a> <span class=\"count\">(")
                    .append(e.getValue().size()).append(")</span></li>\n");
        }
        body.append("</ul>\n");
        return page("QuickTakes", "", body.toString());
    }

    private static String page(String title, String up, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + Html.escape(title)
                + "</title>\n<link rel=\"stylesheet\" href=\"" + up + "assets/style.css\">\n</head>\n<body>\n"
                + "<header class=\"site\"><a href=\"" + up + "index.html\">QuickTakes</a></header>\n<main>\n"
                + body + "</main>\n</body>\n</html>\n";
    }

    /** Every article that may be indexed (no_index articles are left out), its path percent-encoded. */
    static String sitemap(String baseUrl, List<PageSummary> written) {
        String base = UrlPaths.encodeBase(baseUrl);
        StringBuilder w = new StringBuilder(written.size() * 120);
        w.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (PageSummary s : written) {
            if (!s.noIndex()) {
                w.append("  <url><loc>").append(UrlPaths.xml(SiteUrls.join(base, s.url()))).append("</loc>")
                        .append(s.date() != null ? "<lastmod>" + s.date() + "</lastmod>" : "").append("</url>\n");
            }
        }
        w.append("</urlset>\n");
        return w.toString();
    }
}
