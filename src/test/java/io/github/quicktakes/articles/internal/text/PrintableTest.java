package io.github.quicktakes.articles.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Printable#escape}: printable text unchanged, everything that could fake or hide output escaped. */
class PrintableTest {
    @Test
    void leavesPrintableTextAsItIs() {
        String ascii = "a/b.md: BROKEN_LINK: related_article1 points to no article (id 5, url /learn/x)";
        assertThat(Printable.escape(ascii)).isSameAs(ascii);
        assertThat(Printable.escape("")).isEmpty();
        assertThat(Printable.escape("café — 😀")).isEqualTo("café — 😀");
        assertThat(Printable.escape(null)).isEqualTo("null");
    }

    @Test
    void escapesControlFormatAndSeparatorCharactersAnywhere() {
        assertThat(Printable.escape("a\nOK")).isEqualTo("a\\nOK");
        assertThat(Printable.escape("\r\tx")).isEqualTo("\\r\\tx");
        assertThat(Printable.escape("name\u202Egnp.md")).isEqualTo("name\\u202Egnp.md");
        assertThat(Printable.escape("é\u0085")).isEqualTo("é\\u0085");
        assertThat(Printable.escape("x\u2028y\u007F")).isEqualTo("x\\u2028y\\u007F");
        assertThat(Printable.escape("lone \uD800 high")).isEqualTo("lone \\uD800 high");
        assertThat(Printable.escape("tag \uDB40\uDC41")).isEqualTo("tag \\u{E0041}");
        assertThat(Printable.escape("ascii then é and \n")).isEqualTo("ascii then é and \\n");
    }
}
