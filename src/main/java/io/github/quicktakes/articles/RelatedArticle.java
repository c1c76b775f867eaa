package io.github.quicktakes.articles;

import java.util.Objects;

/**
 * One {@code related_articleN} block of an article: a link to another article, with copies of that
 * article's id, title, subject and url taken when the link was made (they can drift from the target
 * since).
 *
 * @param slot the {@code N} of {@code related_articleN}, from 1
 * @param id the target's id as copied
 * @param title the target's title as copied
 * @param subject the target's subject as copied
 * @param url the target's url as copied
 */
public record RelatedArticle(int slot, long id, String title, String subject, String url) {

    /**
     * Checks the components.
     *
     * @param slot the {@code N} of {@code related_articleN}, from 1
     * @param id the target's id as copied
     * @param title the target's title as copied
     * @param subject the target's subject as copied
     * @param url the target's url as copied
     * @throws IllegalArgumentException if {@code slot} is less than 1
     * @throws NullPointerException if a text component is {@code null}
     */
    public RelatedArticle {
        if (slot < 1) {
            throw new IllegalArgumentException("slot must be 1 or more: " + slot);
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(url, "url");
    }

    /**
     * The front-matter key of this link's block.
     *
     * @return {@code "related_article" + slot}
     */
    public String key() {
        return "related_article" + slot;
    }

    /**
     * A copy in another slot.
     *
     * @param newSlot the slot, from 1
     * @return the copy
     */
    public RelatedArticle withSlot(int newSlot) {
        return new RelatedArticle(newSlot, id, title, subject, url);
    }

    /**
     * A copy with another title.
     *
     * @param newTitle the title
     * @return the copy
     */
    public RelatedArticle withTitle(String newTitle) {
        return new RelatedArticle(slot, id, newTitle, subject, url);
    }

    /**
     * A copy with another subject.
     *
     * @param newSubject the subject
     * @return the copy
     */
    public RelatedArticle withSubject(String newSubject) {
        return new RelatedArticle(slot, id, title, newSubject, url);
    }

    /**
     * A copy with another url.
     *
     * @param newUrl the url
     * @return the copy
     */
    public RelatedArticle withUrl(String newUrl) {
        return new RelatedArticle(slot, id, title, subject, newUrl);
    }

    /**
     * A copy with another id.
     *
     * @param newId the id
     * @return the copy
     */
    public RelatedArticle withId(long newId) {
        return new RelatedArticle(slot, newId, title, subject, url);
    }
}
