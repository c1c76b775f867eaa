package io.github.quicktakes.articles.cli;

import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleRepository;
import io.github.quicktakes.articles.HtmlArticleWriter;
import io.github.quicktakes.articles.internal.MomentDateFormat;
import io.github.quicktakes.articles.internal.html.Html;
import io.github.quicktakes.articles.internal.repository.Slugs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a browsable static site: a page per article at its url, an index page per subject, a
 * home page, {@code sitemap.xml} and the stylesheet. Every link inside the site is relative, so the
 * site works from a local folder as well as from a server.
 */
final class SiteRenderer {
    /** Article pages live at learn/<subject>/questions/<slug>/index.html: four folders down. */
    private static final String UP_FROM_ARTICLE = "../../../../";

    private final ArticleRepository repo;
    private final Path out;
    private final String baseUrl;
    private final HtmlArticleWriter pages;

    SiteRenderer(ArticleRepository repo, Path out, String baseUrl, String katexUrl) {
        this.repo = repo;
        this.out = out;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.pages = HtmlArticleWriter.builder()
                .baseUrl(this.baseUrl)
                .katexUrl(katexUrl)
                .stylesheetHref(UP_FROM_ARTICLE + "assets/style.css")
                .template(HtmlArticleWriter.DEFAULT_TEMPLATE.replace("<body>\n", "<body>\n<header class=\"site\">"
                        + "<a href=\"" + UP_FROM_ARTICLE + "index.html\">QuickTakes</a> &rsaquo; "
                        + "<a href=\"../../index.html\">All articles of this subject</a></header>\n"))
                .linkResolver(url -> pageOf(url) != null && repo.byUrl(url).isPresent()
                        ? UP_FROM_ARTICLE + pageOf(url) : null)
                .build();
    }

    /** The site-relative path of the page for a url, or null when the url is not a plain /learn/x/questions/y. */
    static String pageOf(String url) {
        String folder = Slugs.folderOfUrl(url);
        if (folder == null) {
            return null;
        }
        String slug = url.substring(url.lastIndexOf('/') + 1);
        for (String part : List.of(folder, slug)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..") || part.contains("\\")) {
                return null;
            }
        }
        return "learn/" + folder + "/questions/" + slug + "/index.html";
    }

    /** Renders everything; returns the number of article pages written. */
    int render() throws IOException {
        Files.createDirectories(out.resolve("assets"));
        Files.writeString(out.resolve("assets/style.css"), HtmlArticleWriter.DEFAULT_STYLESHEET
                + "header.site{max-width:46rem;margin:0 auto;padding:.8rem 1.25rem;font-size:.9rem}\n"
                + ".subjects li,.articles li{margin:.3rem 0}\n.count,.date{color:#59636e}\n", StandardCharsets.UTF_8);
        Map<String, List<Article>> bySubjectFolder = new TreeMap<>();
        int written = 0;
        for (Article a : repo.all()) {
            String page = pageOf(a.url());
            if (page == null) {
                continue;
            }
            Path file = out.resolve(page);
            Files.createDirectories(file.getParent());
            Files.writeString(file, pages.write(a), StandardCharsets.UTF_8);
            bySubjectFolder.computeIfAbsent(Slugs.folderOfUrl(a.url()), k -> new ArrayList<>()).add(a);
            written++;
        }
        Map<String, String> names = new HashMap<>();
        for (Map.Entry<String, List<Article>> e : bySubjectFolder.entrySet()) {
            names.put(e.getKey(), subjectName(e.getValue()));
            writeSubjectIndex(e.getKey(), names.get(e.getKey()), e.getValue());
        }
        writeHome(bySubjectFolder, names);
        writeSitemap();
        return written;
    }

    /** The most common spelling of the subject among its articles (real data mixes capitalisations). */
    private static String subjectName(List<Article> articles) {
        Map<String, Integer> counts = new TreeMap<>();
        articles.forEach(a -> counts.merge(a.subject(), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    private void writeSubjectIndex(String folder, String name, List<Article> articles) throws IOException {
        List<Article> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing(Article::date).reversed().thenComparing(Article::url));
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.escape(name)).append("</h1>\n<p class=\"count\">").append(sorted.size())
                .append(sorted.size() == 1 ? " article" : " articles").append("</p>\n<ul class=\"articles\">\n");
        for (Article a : sorted) {
            String slug = a.url().substring(a.url().lastIndexOf('/') + 1);
            body.append("<li><a href=\"questions/").append(Html.escape(slug)).append("/index.html\">")
                    .append(Html.escape(a.articleTitle())).append("</a> <span class=\"date\">")
                    .append(Html.escape(MomentDateFormat.format(a.date(), dateFormat(a)))).append("</span></li>\n");
        }
        body.append("</ul>\n");
        write(out.resolve("learn").resolve(folder).resolve("index.html"), name, "../../", body.toString());
    }

    private static String dateFormat(Article a) {
        return a.has("date_format") ? a.dateFormat() : "MMM DD, YYYY";
    }

    private void writeHome(Map<String, List<Article>> bySubjectFolder, Map<String, String> names) throws IOException {
        StringBuilder body = new StringBuilder("<h1>QuickTakes</h1>\n<ul class=\"subjects\">\n");
        for (Map.Entry<String, List<Article>> e : bySubjectFolder.entrySet()) {
            body.append("<li><a href=\"learn/").append(Html.escape(e.getKey())).append("/index.html\">")
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

    /** Every article that may be indexed: no_index articles are left out. */
    private void writeSitemap() throws IOException {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (Article a : repo.all()) {
            if (!a.noIndex() && pageOf(a.url()) != null) {
                sb.append("  <url><loc>").append(Html.escape(baseUrl + a.url())).append("</loc><lastmod>")
                        .append(a.date()).append("</lastmod></url>\n");
            }
        }
        Files.writeString(out.resolve("sitemap.xml"), sb.append("</urlset>\n").toString(), StandardCharsets.UTF_8);
    }
}
