package io.github.quicktakes.articles;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The {@code seo} block of an article: what search engines and link previews show.
 *
 * @param title the page title, in real articles {@code "QuickTakes | " + subject}
 * @param pageDescription the meta description
 * @param pageKeywords the meta keywords, comma separated, as written
 */
public record Seo(String title, String pageDescription, String pageKeywords) {

    /**
     * Checks that no component is {@code null}.
     *
     * @param title the page title, in real articles {@code "QuickTakes | " + subject}
     * @param pageDescription the meta description
     * @param pageKeywords the meta keywords, comma separated, as written
     * @throws NullPointerException if a component is {@code null}
     */
    public Seo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(pageDescription, "pageDescription");
        Objects.requireNonNull(pageKeywords, "pageKeywords");
    }

    /**
     * The keywords as a list: {@link #pageKeywords()} split at commas, each trimmed, empty ones left
     * out.
     *
     * @return the keywords in their written order, unmodifiable
     */
    public List<String> keywords() {
        return Arrays.stream(pageKeywords.split(","))
                .map(String::strip)
                .filter(k -> !k.isEmpty())
                .toList();
    }

    /**
     * A copy with another title.
     *
     * @param newTitle the title
     * @return the copy
     */
    public Seo withTitle(String newTitle) {
        return new Seo(newTitle, pageDescription, pageKeywords);
    }

    /**
     * A copy with another description.
     *
     * @param newDescription the description
     * @return the copy
     */
    public Seo withPageDescription(String newDescription) {
        return new Seo(title, newDescription, pageKeywords);
    }

    /**
     * A copy with other keywords.
     *
     * @param newKeywords the keywords, comma separated
     * @return the copy
     */
    public Seo withPageKeywords(String newKeywords) {
        return new Seo(title, pageDescription, newKeywords);
    }
}
