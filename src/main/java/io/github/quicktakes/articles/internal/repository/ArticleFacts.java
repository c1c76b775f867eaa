package io.github.quicktakes.articles.internal.repository;

import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleException;
import io.github.quicktakes.articles.ArticleWarning;
import io.github.quicktakes.articles.RelatedArticle;
import io.github.quicktakes.articles.internal.yaml.FactReader;
import java.util.List;

/**
 * What the folder checks need of one parsed article, and nothing more: the parsed tree and the
 * file's bytes are let go as soon as these few fields are taken, so a check of a large folder holds
 * a small fraction of the files' size.
 *
 * @param key the file's path relative to the root, with '/' separators
 * @param id the id, or {@link Long#MIN_VALUE} when there is none
 * @param hasId whether the front matter has {@code id}
 * @param url the url, or "" when there is none
 * @param hasUrl whether the front matter has {@code url}
 * @param title the title, or ""
 * @param subject the subject, or ""
 * @param hasSubject whether the front matter has {@code subject}
 * @param fileName the value of {@code file_name} as the front matter map gives it (may be null), or
 *     null when the key is absent; see {@code hasFileName}
 * @param hasFileName whether the front matter has {@code file_name}
 * @param warnings the lenient parse's warnings
 * @param related the related links in slot order
 */
public record ArticleFacts(String key, long id, boolean hasId, String url, boolean hasUrl, String title, String subject,
        boolean hasSubject, Object fileName, boolean hasFileName, List<ArticleWarning> warnings,
        List<RelatedArticle> related)
        implements LinkChecks.Target {

    /**
     * Takes the facts of a parsed article, with the same defaults as the repository's index.
     *
     * @param key the file's key
     * @param a the article
     * @return the facts
     */
    public static ArticleFacts of(String key, Article a) {
        boolean hasId = a.has("id");
        boolean hasUrl = a.has("url");
        boolean hasSubject = a.has("subject");
        boolean hasFileName = a.has("file_name");
        return new ArticleFacts(key, hasId ? a.id() : Long.MIN_VALUE, hasId, hasUrl ? a.url() : "", hasUrl,
                a.has("title") ? a.title() : "", hasSubject ? a.subject() : "", hasSubject,
                hasFileName ? fileNameOf(a) : null, hasFileName, a.warnings(), a.related());
    }

    /**
     * Takes the facts {@link FactReader} read from a file's bytes: those of a file the parser reads
     * with no warning.
     *
     * @param key the file's key
     * @param f the facts
     * @return the facts
     */
    public static ArticleFacts of(String key, FactReader.Facts f) {
        return new ArticleFacts(key, f.id(), f.hasId(), f.url(), f.hasUrl(), f.title(), f.subject(), f.hasSubject(),
                f.fileName(), f.hasFileName(), List.of(), f.related());
    }

    /**
     * The {@code file_name} value as {@link Article#frontMatter()} has it; the whole map is built
     * only in the rare case of a value that is not plain text (an empty one), since building it for
     * every article costs more than the rest of the facts.
     */
    private static Object fileNameOf(Article a) {
        try {
            return a.fileName();
        } catch (ArticleException e) {
            return a.frontMatter().get("file_name");
        }
    }
}
