package io.github.quicktakes.articles.cli;

import io.github.quicktakes.articles.internal.html.Html;
import io.github.quicktakes.articles.internal.html.SiteUrls;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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

    /** The most common spelling of the subject among its articles (real data mixes capitalisations). */
    static String subjectName(List<PageSummary> articles) {
        Map<String, Integer> counts = new TreeMap<>();
        articles.forEach(a -> counts.merge(a.subject(), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    static String subjectIndex(String name, List<PageSummary> articles) {
        List<PageSummary> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing(PageSummary::date, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())).reversed()
                .thenComparing(PageSummary::url));
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.escape(name)).append("</h1>\n<p class=\"count\">").append(sorted.size())
                .append(sorted.size() == 1 ? " article" : " articles").append("</p>\n<ul class=\"articles\">\n");
        for (PageSummary a : sorted) {
            body.append("<li><a href=\"questions/").append(Html.escape(SiteUrls.encodePath(a.slug()))).append("/index.html\">")
                    .append(Html.escape(a.title())).append("</a> <span class=\"date\">")
                    .append(Html.escape(a.dateText())).append("</span></li>\n");
        }
        body.append("</ul>\n");
        return page(name, "../../", body.toString());
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
