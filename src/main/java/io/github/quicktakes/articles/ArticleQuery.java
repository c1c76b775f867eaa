package io.github.quicktakes.articles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A simple query over an {@link ArticleRepository}'s articles: subject, date range,
 * {@code no_index} and text in title or question; every condition given must hold. Made by
 * {@link ArticleRepository#query()}; not thread-safe (build it on one thread, as it is cheap).
 */
public final class ArticleQuery {
    private final List<Predicate<Article>> conditions = new ArrayList<>();

    private final Supplier<List<Article>> articles;

ArticleQuery(Supplier<List<Article>> articles) {
    this.articles = articles;
}

    /**
     * Only articles of a subject (case ignored).
     *
     * @param subject the subject
     * @return this query
     */
    public ArticleQuery subject(String subject) {
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
    public ArticleQuery from(LocalDate from) {
        conditions.add(a -> a.has("date") && !a.date().isBefore(from));
        return this;
    }

    /**
     * Only articles dated on or before a day.
     *
     * @param to the last day
     * @return this query
     */
    public ArticleQuery to(LocalDate to) {
        conditions.add(a -> a.has("date") && !a.date().isAfter(to));
        return this;
    }

    /**
     * Only articles whose {@code no_index} is as given.
     *
     * @param noIndex the wanted value
     * @return this query
     */
    public ArticleQuery noIndex(boolean noIndex) {
        conditions.add(a -> a.noIndex() == noIndex);
        return this;
    }

    /**
     * Only articles whose title or question contains a text (case ignored).
     *
     * @param text the text
     * @return this query
     */
    public ArticleQuery text(String text) {
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
        return articles.get().stream().filter(a -> conditions.stream().allMatch(c -> c.test(a))).toList();
    }
}
