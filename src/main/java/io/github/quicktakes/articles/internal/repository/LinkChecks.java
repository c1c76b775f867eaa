package io.github.quicktakes.articles.internal.repository;

import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleProblem;
import io.github.quicktakes.articles.ArticleProblem.Kind;
import io.github.quicktakes.articles.RelatedArticle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The link rules: slots numbered from 1 without gaps, no broken, duplicate, self or drifted link. */
public final class LinkChecks {
    private LinkChecks() {}

    /** What the link rules need of a link's target. */
    public interface Target {
        /** @return the target's path relative to the root */
        String key();

        /** @return its id */
        long id();

        /** @return its title */
        String title();

        /** @return its subject */
        String subject();

        /** @return its url */
        String url();
    }

    /**
     * Adds the link problems of one article.
     *
     * @param index the repository's index, to resolve links
     * @param self the article's entry
     * @param a the article
     * @param out where problems go
     */
    public static void check(ArticleIndex index, IndexEntry self, Article a, List<ArticleProblem> out) {
        check(self.key(), a.related(), index::resolve, out);
    }

    /**
     * Adds the link problems of one article's links, whatever holds the targets.
     *
     * @param selfKey the article's path relative to the root
     * @param links its related links, by slot
     * @param resolve a link's target, or {@code null} for a broken link
     * @param out where problems go
     * @param <T> the targets' type
     */
    public static <T extends Target> void check(String selfKey, List<RelatedArticle> links, Function<RelatedArticle, T> resolve,
            List<ArticleProblem> out) {
        check(Path.of(selfKey), selfKey, links, resolve, out);
    }

    /**
     * {@link #check(String, List, Function, List)} for a caller that has the article's path made already.
     *
     * @param rel the article's path relative to the root, as {@code Path.of(selfKey)}
     * @param selfKey the article's path relative to the root
     * @param links its related links, by slot
     * @param resolve a link's target, or {@code null} for a broken link
     * @param out where problems go
     * @param <T> the targets' type
     */
    public static <T extends Target> void check(Path rel, String selfKey, List<RelatedArticle> links,
            Function<RelatedArticle, T> resolve, List<ArticleProblem> out) {
        for (int i = 0; i < links.size(); i++) {
            if (links.get(i).slot() != i + 1) {
                out.add(new ArticleProblem(Kind.SLOT_GAP, rel, 0, 0, "related slots are "
                        + links.stream().map(r -> Integer.toString(r.slot())).toList() + ", not numbered from 1 without gaps"));
                break;
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        for (RelatedArticle r : links) {
            T t = resolve.apply(r);
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
            if (t.key().equals(selfKey)) {
                out.add(new ArticleProblem(Kind.SELF_LINK, rel, 0, 0, r.key() + " points to the article itself"));
                continue;
            }
            String drift = drift(r, t.id(), t.title(), t.subject(), t.url());
            if (drift != null) {
                out.add(new ArticleProblem(Kind.DRIFTED_LINK, rel, 0, 0, r.key() + " copy differs from its target: " + drift));
            }
        }
    }

    /**
     * How a link's copied fields differ from its target's, or {@code null} when they do not.
     *
     * @param r the link
     * @param id the target's id
     * @param title its title
     * @param subject its subject
     * @param url its url
     * @return such as {@code title 'Old' (target 'New')}, or {@code null}
     */
    static String drift(RelatedArticle r, long id, String title, String subject, String url) {
        if (r.id() == id && r.title().equals(title) && r.subject().equals(subject) && r.url().equals(url)) {
            return null; // most links: no list made
        }
        List<String> drift = new ArrayList<>();
        if (r.id() != id) {
            drift.add("id " + r.id() + " (target " + id + ")");
        }
        if (!r.title().equals(title)) {
            drift.add("title '" + r.title() + "' (target '" + title + "')");
        }
        if (!r.subject().equals(subject)) {
            drift.add("subject '" + r.subject() + "' (target '" + subject + "')");
        }
        if (!r.url().equals(url)) {
            drift.add("url " + r.url() + " (target " + url + ")");
        }
        return drift.isEmpty() ? null : String.join(", ", drift);
    }

    /**
     * The link with its copied fields taken again from its target, or the link itself when it is
     * broken, points to its own article or has not drifted.
     *
     * @param index the index
     * @param self the article's entry
     * @param r the link
     * @return the fixed link
     */
    public static RelatedArticle fixed(ArticleIndex index, IndexEntry self, RelatedArticle r) {
        IndexEntry t = index.resolve(r);
        if (t == null || t.key().equals(self.key())) {
            return r;
        }
        return r.withId(t.id()).withTitle(t.title()).withSubject(t.subject()).withUrl(t.url());
    }
}
