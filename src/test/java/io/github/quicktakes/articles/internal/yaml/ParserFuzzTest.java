package io.github.quicktakes.articles.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleException;
import io.github.quicktakes.articles.ArticleParser;
import io.github.quicktakes.articles.ArticleWriter;
import io.github.quicktakes.articles.ParseLimits;
import io.github.quicktakes.articles.ParseMode;
import io.github.quicktakes.articles.internal.article.ArticleDocument;
import io.github.quicktakes.articles.internal.article.Values;
import io.github.quicktakes.articles.internal.lines.ParseContext;

/**
 * Fuzz targets for the parser. In a normal build they run their saved inputs (under
 * {@code src/test/resources/.../ParserFuzzTestInputs}) as regression tests; with {@code -Pfuzz}
 * Jazzer generates new ones (see docs/security.md).
 *
 * <p>Whatever the input, parsing ends in an article or an {@link ArticleException}, never another
 * exception; when the fast reader accepts an input, the general reader gives the same tree; an
 * article that parses is written back byte for byte.
 */
class ParserFuzzTest {

    private static final ArticleParser LENIENT = ArticleParser.builder().lenient().build();

    @FuzzTest(maxDuration = "10m")
    void parseAnyText(FuzzedDataProvider data) {
        String text = FuzzInputs.article(data);
        Article article;
        try {
            article = LENIENT.parseText(text, "fuzz.md");
        } catch (ArticleException expected) {
            return;
        }
        assertThat(ArticleWriter.markdown().write(article)).isEqualTo(text);
        article.frontMatter();
        article.warnings();
        ArticleDocument fast = ArticleDocument.parse(new ParseContext(text, "f", ParseMode.LENIENT, ParseLimits.defaults()), true);
        if (fast.fastPath()) {
            ArticleDocument general = ArticleDocument.parse(
                    new ParseContext(text, "f", ParseMode.LENIENT, ParseLimits.defaults()), false);
            assertThat(DifferentialTest.describe(fast.root(), "")).isEqualTo(DifferentialTest.describe(general.root(), ""));
            assertThat(Values.of(fast.root())).isEqualTo(Values.of(general.root()));
        }
        try {
            article.answer();
        } catch (ArticleException noAnswer) {
            // a lenient article may lack one
        }
    }

    @FuzzTest(maxDuration = "10m")
    void editAndWriteBack(FuzzedDataProvider data) {
        String key = data.pickValue(new String[] {"title", "question", "answer", "subject", "extra", "seo", "related_article1"});
        String value = data.consumeString(200);
        String text = FuzzInputs.article(data);
        Article article;
        try {
            article = LENIENT.parseText(text, "fuzz.md");
        } catch (ArticleException expected) {
            return;
        }
        Object newValue = key.equals("seo") ? java.util.Map.of("title", value, "page_description", value, "page_keywords", value)
                : key.equals("related_article1") ? java.util.Map.of("id", 1L, "title", value, "subject", value, "url", value)
                : value;
        Article edited;
        try {
            edited = article.with(key, newValue);
        } catch (ArticleException refused) {
            return; // e.g. an unpaired surrogate, or a value a known key cannot take
        }
        Article reread = LENIENT.parseText(ArticleWriter.markdown().write(edited), "fuzz.md");
        String story = "key " + key + "\n--- original\n" + text + "\n--- edited\n" + edited.text();
        assertThat(reread).as(story).isEqualTo(edited);
        assertThat(reread.frontMatter().get(key)).as(story).isEqualTo(newValue);
    }
}
