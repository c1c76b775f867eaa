package io.github.quicktakes.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Front matter bound to a service's own types with Jackson, as its DTOs would be. */
class FrontMatterBindingTest {
    private static final Article A = ArticleParser.parse(Fixtures.MINIMAL.replace("title: A small question\n",
            "title: No\n"));

    /** What a listing service keeps of an article. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Listing(long id, LocalDate date, String title, @JsonProperty("file_name") String fileName, Seo seo) {}

    /** The seo block, all of it. */
    record Seo(String title, @JsonProperty("page_description") String description,
            @JsonProperty("page_keywords") String keywords) {}

    /** A type that does not ignore the keys it lacks. */
    record Strict(long id, String title) {}

    /** A type whose date is text. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record DateAsText(String date) {}

    @Test
    void theFrontMatterBindsWithJacksonsAnnotationsAndDatesAsLocalDates() {
        Listing l = A.frontMatterAs(Listing.class);
        assertThat(l.id()).isEqualTo(42L);
        assertThat(l.date()).isEqualTo(LocalDate.of(2024, 11, 27));
        assertThat(l.title()).as("a known text key stays text, whatever YAML 1.1 would say").isEqualTo("No");
        assertThat(l.fileName()).isEqualTo("a-small-question.md");
        assertThat(l.seo().description()).isEqualTo("A fixture.");
        assertThat(A.frontMatterAs(DateAsText.class).date()).isEqualTo("2024-11-27");
    }

    @Test
    void oneBlockBindsOnItsOwn() {
        assertThat(A.frontMatterAs("seo", Seo.class)).isEqualTo(new Seo("QuickTakes | Testing", "A fixture.", "fixture, test"));
        assertThatThrownBy(() -> A.frontMatterAs("title", Seo.class)).isInstanceOf(ArticleException.class)
                .hasMessageContaining("'title' is not a mapping");
    }

    @Test
    void unknownKeysAndWrongTypesAreTheLibrarysErrorAtTheKeysLine() {
        assertThatThrownBy(() -> A.frontMatterAs(Strict.class)).isInstanceOfSatisfying(ArticleException.class, e -> {
            assertThat(e.getMessage()).contains("does not bind to").contains("_schema");
            assertThat(e.line()).isEqualTo(2);
        });
        @JsonIgnoreProperties(ignoreUnknown = true)
        record TitleAsNumber(int title) {}
        assertThatThrownBy(() -> A.frontMatterAs(TitleAsNumber.class)).isInstanceOfSatisfying(ArticleException.class, e -> {
            assertThat(e.getMessage()).contains("at 'title'");
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.getCause()).isNotInstanceOf(ArticleException.class);
        });
    }
}
