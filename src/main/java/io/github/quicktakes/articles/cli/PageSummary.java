package io.github.quicktakes.articles.cli;

import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleException;
import io.github.quicktakes.articles.RelatedArticle;
import io.github.quicktakes.articles.internal.article.MomentDateFormat;
import io.github.quicktakes.articles.internal.repository.PagePaths;
import io.github.quicktakes.articles.internal.repository.Slugs;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the site needs of an article besides its page: the fields of the indexes and the sitemap,
 * and the urls its related links point to (a page changes when one of them appears or goes).
 *
 * @param key the file's path relative to the input folder, '/' separators
 * @param url the article's url
 * @param folder the subject folder of the url
 * @param slug the last part of the url
 * @param subject the subject as written
 * @param title the title shown in the subject's index
 * @param date the date, or null
 * @param dateText the date as the article formats it, or ""
 * @param noIndex whether the sitemap leaves the article out
 * @param relatedUrls the urls of its related links, in slot order
 */
record PageSummary(String key, String url, String folder, String slug, String subject, String title, LocalDate date,
        String dateText, boolean noIndex, List<String> relatedUrls) {

    /** The page's path in the site: {@code learn/<folder>/questions/<slug>/index.html} (the url was checked). */
    String page() {
        return "learn/" + folder + "/questions/" + slug + "/index.html";
    }

    /**
     * The summary of an article that may have a page, or why it may not (a String): the same
     * reasons, in the same words, as the renderer gave when it read the repository.
     */
    static Object of(String key, Article a) {
        try {
            if (!a.has("url")) {
                return "no url: no page";
            }
            String url = a.url();
            PagePaths.Refusal refusal = PagePaths.check(url);
            if (refusal != null) {
                return refusal.message();
            }
            LocalDate date = a.has("date") ? a.date() : null;
            String dateText = date == null ? "" : MomentDateFormat.format(date, a.has("date_format") ? a.dateFormat() : "MMM DD, YYYY");
            List<String> related = new ArrayList<>();
            for (RelatedArticle r : a.related()) {
                related.add(r.url());
            }
            return new PageSummary(key, url, Slugs.folderOfUrl(url), url.substring(url.lastIndexOf('/') + 1),
                    a.has("subject") ? a.subject() : "", a.has("article_title") ? a.articleTitle() : url, date, dateText,
                    a.noIndex(), List.copyOf(related));
        } catch (ArticleException | DateTimeException e) {
            return "not rendered: " + CommonOptions.causeOf(e);
        }
    }
}
