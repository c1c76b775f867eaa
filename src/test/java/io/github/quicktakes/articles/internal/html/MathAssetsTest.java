package io.github.quicktakes.articles.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.HtmlArticleWriter;
import io.github.quicktakes.articles.Seo;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A page loads KaTeX when, and only when, its body may hold a formula for KaTeX's auto-render. */
class MathAssetsTest {
    private static final String KATEX = "https://katex.example/dist";

    private static String page(String question, String answer) {
        Article a = Article.builder().id(1).date(LocalDate.of(2024, 1, 1)).title("T").articleTitle("T").dateFormat("MMM DD, YYYY")
                .postOnText("Posted on").seo(new Seo("QuickTakes | Physics", "About", "k")).author("QuickTakes").question(question)
                .answer(answer).subject("Physics").fileName("t.md").url("/learn/physics/questions/t").build();
        return HtmlArticleWriter.builder().katexUrl(KATEX).trustRawHtml(true).build().write(a);
    }

    @Test
    void aPageWithoutFormulasLoadsNoKatex() {
        String html = page("Why is the sky blue?", "Rayleigh scattering costs $5 and $10; a \\\\ backslash alone.");
        assertThat(html).doesNotContain(KATEX).doesNotContain("renderMathInElement").contains("<p class=\"question\">");
    }

    @Test
    void aFormulaAnywhereInTheBodyLoadsKatex() {
        for (String[] qa : new String[][] {{"Q?", "Energy is $E = mc^2$."}, {"Q?", "Display: $$x^2$$"},
            {"What is \\(x\\)?", "Nothing."}, {"Q?", "raw <b>&#92;(x&#x5C;)</b>"}, {"Q?", "raw <b>&#x005c;[x]</b>"},
            {"Q?", "raw <i>&bsol;(x)</i>"}}) {
            String html = page(qa[0], qa[1]);
            assertThat(html).as(qa[1]).contains("<script defer src=\"" + KATEX + "/katex.min.js\"></script>")
                    .contains("<link rel=\"stylesheet\" href=\"" + KATEX + "/katex.min.css\">").contains("renderMathInElement");
        }
    }

    @Test
    void theCheckFindsTheDelimitersAndBackslashReferences() {
        assertThat(PageRenderer.hasMath("<p>a \\(x\\)</p>", false)).isTrue();
        assertThat(PageRenderer.hasMath(new StringBuilder("<p>\\[x\\]</p>"), false)).isTrue();
        assertThat(PageRenderer.hasMath("<p>\\&#40;x\\&#41;</p>", false)).isTrue();
        assertThat(PageRenderer.hasMath("<p>&#0092;(x)</p>", true)).isTrue();
        assertThat(PageRenderer.hasMath("<p>&bsol;(x)</p>", true)).isTrue();
        assertThat(PageRenderer.hasMath("<p>&#0092;(x)</p>", false)).isFalse();
        assertThat(PageRenderer.hasMath("<p>it&#39;s $5 \\ and &amp; &#x4e2d; \\</p>", true)).isFalse();
        assertThat(PageRenderer.hasMath("&#", true)).isFalse();
    }
}
