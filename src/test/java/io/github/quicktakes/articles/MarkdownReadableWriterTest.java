package io.github.quicktakes.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MarkdownReadableWriterTest {

    @Test
    void writesADocumentForPeople() {
        Article a = ArticleParser.parse(Fixtures.text("physics-ice.md"));
        String md = ArticleWriter.markdownReadable().write(a);
        assertThat(md).startsWith("# Why does ice float on water?\n\n*Posted on Mar 14, 2025*\n\n**Why does ice float on water?**\n\n"
                + "Ice floats because it is **less dense** than liquid water.\n\n### The lattice\n\n")
                .contains("$$\nF_b = \\rho_{water} g V_{sub}\n$$")
                .endsWith("\n## Related\n\n- [What is buoyancy?](</learn/physics/questions/what-is-buoyancy>)\n"
                        + "- [How do hydrogen bonds work?](</learn/chemistry/questions/how-do-hydrogen-bonds-work>)\n")
                .doesNotContain("---\n_schema");
    }

    @Test
    void markdownSpecialCharactersInTitlesAreEscaped() {
        Article a = ArticleParser.parse(Fixtures.MINIMAL).with("article_title", "Use *stars* and [brackets] # here");
        assertThat(ArticleWriter.markdownReadable().write(a)).startsWith("# Use \\*stars\\* and \\[brackets\\] \\# here\n");
    }

    @Test
    void everyCorpusArticleGivesADocument() throws IOException {
        for (Path file : Corpus.files()) {
            Article a = ArticleParser.parse(file);
            String md = ArticleWriter.markdownReadable().write(a);
            assertThat(md).startsWith("# ").contains("*" + a.postOnText() + " ").doesNotContain("\n_schema:");
        }
    }
}
