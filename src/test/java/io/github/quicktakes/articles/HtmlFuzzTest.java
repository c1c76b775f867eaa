package io.github.quicktakes.articles;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target for the HTML writer: whatever the answer and values, a page is written (or an
 * {@link ArticleException} refuses the value), and it holds no script of its own, no event handler
 * and no dangerous URL. Saved inputs run as regression tests in every build; {@code -Pfuzz} fuzzes.
 */
class HtmlFuzzTest {

    private static final Article BASE = ArticleParser.parse(Fixtures.text("physics-ice.md"));
    private static final HtmlArticleWriter PAGE = HtmlArticleWriter.builder().baseUrl("https://example.com").build();

    @FuzzTest(maxDuration = "10m")
    void anyAnswerAndValuesGiveASafePage(FuzzedDataProvider data) {
        String title = data.consumeString(80);
        String url = data.consumeString(80);
        String related = data.consumeString(80);
        String answer = data.consumeRemainingAsString();
        Article article;
        try {
            article = BASE.toBuilder().answer(answer).title(title).articleTitle(title).url(url)
                    .relatedArticle(new RelatedArticle(1, 1, related, "S", related)).build();
        } catch (ArticleException refused) {
            return; // not valid Unicode, or over a limit
        }
        String html = PAGE.write(article);
        assertThat(html).startsWith("<!DOCTYPE html>");
        XssTest.assertSafe(html);
    }
}
