package io.github.quicktakes.articles.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteIndexesTest {

    private static PageSummary page(String folder, String slug, String subject) {
        String url = "/learn/" + folder + "/questions/" + slug;
        return new PageSummary(folder + "/" + slug + ".md", url, folder, slug, subject, slug, LocalDate.of(2024, 1, 2),
                "Jan 02, 2024", false, List.of());
    }

    @Test
    void theSubjectIsItsMostCommonSpellingAndTiesGoToTheFirstInStringOrder() {
        assertThat(SiteIndexes.subjectName(List.of(page("cs", "a", "Computer science"), page("cs", "b", "Computer Science"),
                page("cs", "c", "Computer science")))).isEqualTo("Computer science");
        assertThat(SiteIndexes.subjectName(List.of(page("cs", "a", "Computer science"), page("cs", "b", "Computer Science"))))
                .isEqualTo("Computer Science");
        assertThat(SiteIndexes.subjectName(List.of(page("cs", "b", "b"), page("cs", "a", "a"), page("cs", "c", "c"))))
                .isEqualTo("a");
        assertThat(SiteIndexes.subjectName(List.of())).isEmpty();
        // Fifty spellings once each: the first in string order, whatever order a hash map holds them in.
        List<PageSummary> many = new java.util.ArrayList<>();
        for (int i = 50; i > 0; i--) {
            many.add(page("cs", "p" + i, "Subject " + Integer.toString(i * 7919, 36)));
        }
        String first = many.stream().map(PageSummary::subject).sorted().findFirst().orElseThrow();
        assertThat(SiteIndexes.subjectName(many)).isEqualTo(first);
    }

    @Test
    void pagesAreGroupedByFolderInFolderOrderKeepingTheirOwnOrder() {
        PageSummary b2 = page("b", "2", "B");
        PageSummary a1 = page("a", "1", "A");
        PageSummary b1 = page("b", "1", "B");
        PageSummary aX = page("a-x", "1", "AX");
        var grouped = SiteIndexes.bySubjectFolder(List.of(b2, a1, b1, aX));
        assertThat(grouped.keySet()).containsExactly("a", "a-x", "b");
        assertThat(grouped.get("b")).containsExactly(b2, b1);
    }
}
