package io.github.quicktakes.articles.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerRendererTest {
    private final AnswerRenderer renderer = new AnswerRenderer(false);

    @ParameterizedTest
    @ValueSource(strings = {
        "see https://example.com/a", "see www.example.com", "mail me@example.com",
        "http:\\/\\/example.com", "www\\.example.com", "me&#64;example.com", "http&#58;//example.com",
        "| a |\n|---|\n| www.example.com |", "> quoted https://example.com"})
    void linksWhatTheAutolinkExtensionLinks(String markdown) {
        String html = renderer.render(markdown);
        assertThat(html).contains("<a rel=\"nofollow\" href=").isEqualTo(renderer.renderWithAutolinkScan(markdown));
    }

    @Test
    void skipsTheAutolinkScanOnlyWhereNothingCanBeLinked() {
        assertThat(AnswerRenderer.mayHoldAutolink("Ice floats: it is less dense. $x = 1$")).isFalse();
        assertThat(AnswerRenderer.mayHoldAutolink("a ww\\w.b")).isTrue();
        assertThat(AnswerRenderer.mayHoldAutolink("a &amp; b")).isTrue();
        assertThat(AnswerRenderer.mayHoldAutolink("a:\\//b")).isTrue();
    }

    /** Text made of the characters that build links, escapes, references and Markdown around them. */
    @Provide
    Arbitrary<String> linkish() {
        Arbitrary<String> pieces = Arbitraries.of("w", "W", "ww", "www", ".", ":", "/", "//", "://", "@", "&",
                "&#64;", "&#58;", "&#x2F;", "&commat;", "&period;", "\\", "\\/", "\\.", "\\:", "\\@", "a", "b.c",
                "com", "http", "https", "mailto:", " ", "\n", "\n\n", "*", "_", "`", "[", "]", "(", ")", "<", ">",
                "|", "-", "$", "#", "~~", "1");
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }

    @Property(tries = 3000)
    void rendersAsTheFullParserDoes(@ForAll("linkish") String markdown) {
        assertThat(renderer.render(markdown)).isEqualTo(renderer.renderWithAutolinkScan(markdown));
    }
}
