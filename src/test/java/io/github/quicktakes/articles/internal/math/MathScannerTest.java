package io.github.quicktakes.articles.internal.math;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleParser;
import io.github.quicktakes.articles.Corpus;
import io.github.quicktakes.articles.HtmlArticleWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The math rules of docs/format.md, and one scanner seen alike by the decoder and the renderer. */
class MathScannerTest {

    /** The formulas of Markdown, found as the renderer asks: opener by opener, left to right. */
    private static List<String> formulasOfMarkdown(String md) {
        MathScanner scanner = MathScanner.ofMarkdown(md);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < md.length()) {
            char c = md.charAt(i);
            int end = c == '$' || c == '\\' ? scanner.end(i) : -1;
            if (end > 0) {
                out.add(md.substring(i, end));
                i = end;
            } else {
                i += c == '\\' ? 2 : 1;
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "$x$ and $y$                    | $x$ ; $y$",
        "costs $5 and $10               | ",
        "$ a $ padded                   | $ a $",
        "$a $ is not closed by a space  | ",
        "$a$1 before a digit            | ",
        "$a $$ b$ skips the pair        | $a $$ b$",
        "$$ $$ is blank                 | ",
        "$$x$$                          | $$x$$",
        "\\(a \\) b\\)                  | \\(a \\)",
        "\\[a\\\\]b\\]                  | \\[a\\\\]b\\]",
        "\\$x\\$ escaped               | ",
        "`$a\n\nb$`                     | ``",
        "`$a\nb$`                       | `$a\nb$`",
        "`\\(a\n  \nb\\)`               | ``",
        "`$\nx$`                        | ``",
    })
    void rulesOfMarkdown(String md, String expected) {
        List<String> want = expected == null || expected.isEmpty() ? List.of() : List.of(expected.split(" ; "));
        assertThat(formulasOfMarkdown(md.strip())).isEqualTo(want.stream().map(String::strip).toList());
    }

    @Test
    void storedAnswersHaveTheSameRulesWithTheirLineBreaksWrittenAsEscapes() {
        String md = "$a\nb$ and \\(x\\) and $$\ny\n$$ and $p\n\nq$ and $5 and $ z $";
        List<String> stored = new ArrayList<>();
        String raw = md.replace("\n", "\\n");
        for (int[] r : MathScanner.regions(raw)) {
            stored.add(raw.substring(r[0], r[1]).replace("\\n", "\n"));
        }
        assertThat(stored).isEqualTo(formulasOfMarkdown(md));
    }

    @Test
    void aDollarLineOpensADisplayBlockInStoredAnswers() {
        String raw = "Intro\\n$$\\na\\n=\\nb\\n$$\\nafter\\n\\n  $$\\n\\nabla\\n";
        List<String> found = MathScanner.regions(raw).stream().map(r -> raw.substring(r[0], r[1])).toList();
        assertThat(found).containsExactly("$$\\na\\n=\\nb\\n$$", "$$\\n\\nabla\\n");
    }

    /**
     * The decoder's scan and the HTML writer agree on every real answer without code: as many
     * formulas are found in the stored text as the page shows.
     */
    @Test
    void decoderAndRendererFindTheSameFormulasInEveryCorpusAnswer() throws IOException {
        HtmlArticleWriter fragment = HtmlArticleWriter.builder().page(false).build();
        int compared = 0;
        int withMath = 0;
        List<String> disagreements = new ArrayList<>();
        for (Path file : Corpus.files()) {
            Article a = ArticleParser.builder().lenient().build().parseText(Files.readString(file));
            String raw = String.valueOf(a.frontMatter().get("answer"));
            if (raw.contains("`") || raw.contains("<")) {
                continue; // code and HTML hide dollars from the renderer only
            }
            int stored = MathScanner.regions(raw).size();
            int rendered = Jsoup.parse(fragment.write(a)).select("div.answer .math").size();
            compared++;
            withMath += stored > 0 ? 1 : 0;
            if (stored != rendered) {
                disagreements.add(file.getFileName() + ": " + stored + " stored, " + rendered + " rendered");
            }
        }
        assertThat(compared).isGreaterThan(4000);
        assertThat(withMath).isGreaterThan(400);
        assertThat(disagreements).isEmpty();
    }
}
