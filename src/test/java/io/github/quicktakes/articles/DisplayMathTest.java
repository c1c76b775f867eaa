package io.github.quicktakes.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Display formulas between {@code $$} lines are one formula each whose lines Markdown never reads
 * (as remark-math, Pandoc and MathJax read them), and belong to the list item they are indented in.
 */
class DisplayMathTest {
    private static final HtmlArticleWriter FRAGMENT = HtmlArticleWriter.builder().page(false).build();

    /** The answer's element of the rendered fragment. */
    private static Element render(String markdown) {
        Article a = ArticleParser.parse(Fixtures.MINIMAL).toBuilder().answer(markdown).build();
        // read back from the stored text: the decoder must find the same math as the renderer
        Article stored = ArticleParser.parse(a.text());
        assertThat(stored.answer()).isEqualTo(markdown);
        return Jsoup.parse(FRAGMENT.write(stored)).selectFirst("div.answer");
    }

    private static List<String> displayTex(Element doc) {
        return doc.select("div.math-display").stream().map(Element::wholeText)
                .map(t -> t.substring(2, t.length() - 2)).toList();
    }

    @Test
    void aLineOfEqualsSignsBetweenMatricesIsNoHeading() {
        Element doc = render("Compare:\n\n$$\n\\begin{pmatrix}1\\\\2\\end{pmatrix}\n=\n\\begin{pmatrix}1\\\\2\\end{pmatrix}\n$$\n\nDone.");
        assertThat(displayTex(doc)).containsExactly("\\begin{pmatrix}1\\\\2\\end{pmatrix}\n=\n\\begin{pmatrix}1\\\\2\\end{pmatrix}");
        assertThat(doc.select("h1, h2, h3, h4, h5, h6")).isEmpty();
        assertThat(doc.select("p")).extracting(Element::text).containsExactly("Compare:", "Done.");
    }

    @Test
    void markdownInsideADisplayBlockStaysTex() {
        Element doc = render("$$\n# not a heading\n- not a list\n> not a quote\n| not | a table |\n|---|---|\na * b * c_1 _d_\n---\n$$");
        assertThat(displayTex(doc)).containsExactly(
                "# not a heading\n- not a list\n> not a quote\n| not | a table |\n|---|---|\na * b * c_1 _d_\n---");
        assertThat(doc.select("h1, ul, blockquote, table, em, strong, hr")).isEmpty();
    }

    @Test
    void aDisplayBlockAtAnItemsIndentationBelongsToThatItem() {
        Element doc = render("1. First:\n\n   $$\n   a\n   =\n   b\n   $$\n\n2. Second:\n   $$\n   c = d\n   $$\n3. Third");
        assertThat(doc.select("ol")).hasSize(1);
        List<Element> items = doc.select("ol > li");
        assertThat(items).hasSize(3);
        assertThat(items.get(0).select("div.math-display")).hasSize(1);
        assertThat(items.get(1).select("div.math-display")).hasSize(1);
        assertThat(displayTex(doc)).containsExactly("a\n=\nb", "c = d");
        assertThat(doc.select("h1, h2")).isEmpty();
    }

    @Test
    void aBlockInterruptsAParagraphAndClosesAtALineEndingWithDollars() {
        Element doc = render("A row swap:\n$$\nx\n= -y $$\nafter");
        assertThat(displayTex(doc)).containsExactly("x\n= -y");
        assertThat(doc.select("p")).extracting(Element::text).containsExactly("A row swap:", "after");
    }

    @Test
    void anUnclosedBlockRunsToTheEndOfItsContainer() {
        Element doc = render("> $$\n> a = b\n\nafter");
        assertThat(doc.select("blockquote div.math-display")).hasSize(1);
        assertThat(displayTex(doc)).containsExactly("a = b");
        assertThat(doc.select("p")).extracting(Element::text).containsExactly("after");
    }

    @Test
    void knownCommandsInABlockSurviveTheStoredForm() {
        // stored as one line: "\nabla" and "\neq" must stay commands, the other "\n" line breaks
        Element doc = render("$$\n\\nabla f\n\\neq 0\n$$");
        assertThat(displayTex(doc)).containsExactly("\\nabla f\n\\neq 0");
    }

    @Test
    void dollarsOnOneLineStayInlineDisplayMath() {
        Element doc = render("So $$x^2$$ and $$\ny\n$$ end");
        assertThat(doc.select("span.math-display")).extracting(Element::wholeText)
                .containsExactly("\\[x^2\\]", "\\[\ny\n\\]");
        assertThat(doc.select("div.math-display")).isEmpty();
    }
}
