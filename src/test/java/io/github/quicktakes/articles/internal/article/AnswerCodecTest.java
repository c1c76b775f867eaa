package io.github.quicktakes.articles.internal.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerCodecTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // raw as stored                                  | decoded Markdown (\n here written as ⏎)
        "one\\ntwo\\n\\nthree                              | one⏎two⏎⏎three",
        "$x \\neq y$                                       | $x \\neq y$",
        "$$\\nabla \\cdot E = \\rho$$                       | $$\\nabla \\cdot E = \\rho$$",
        "$\\nu = c / \\lambda$ and $\\neg p$                | $\\nu = c / \\lambda$ and $\\neg p$",
        "\\(a \\neq b\\) or \\[\\nabla f\\]                  | \\(a \\neq b\\) or \\[\\nabla f\\]",
        "so:\\n$$\\nx \\neq 0\\n$$\\nthen                    | so:⏎$$⏎x \\neq 0⏎$$⏎then",
        "$$\\nOE = A - L\\n$$                               | $$⏎OE = A - L⏎$$",
        "$$\\na = 1 \\\\\\nb = 2\\n$$                        | $$⏎a = 1 \\\\⏎b = 2⏎$$",
        "\\neq outside math is a line break then eq        | ⏎eq outside math is a line break then eq",
        "costs $5 and\\nnot $10                            | costs $5 and⏎not $10",
        "\\\\n is two backslashes then n                   | \\\\n is two backslashes then n",
        "$\\not\\in$ and $a\\notin B$                       | $\\not\\in$ and $a\\notin B$",
        "no escapes at all                                 | no escapes at all",
        "$ p \\neg q $ and $ a \\neq b $ padded           | $ p \\neg q $ and $ a \\neq b $ padded",
        "costs $ 5 and\\nnot 6 $ here                      | costs $ 5 and⏎not 6 $ here",
    })
    void decodesLineBreaksButKeepsLatexCommandsInMath(String raw, String decoded) {
        assertThat(AnswerCodec.decode(raw.strip())).isEqualTo(decoded.strip().replace('⏎', '\n'));
    }

    @Test
    void encodeIsTheInverseForOrdinaryMarkdown() {
        String md = "# Title\n\nText with $\\frac{a}{b} \\neq c$ and\n\n$$\n\\nabla \\times B\n$$\n| a | b |\n|---|---|\n";
        assertThat(AnswerCodec.encode(md)).doesNotContain("\n");
        assertThat(AnswerCodec.decode(AnswerCodec.encode(md))).isEqualTo(md);
        assertThat(AnswerCodec.encode("a\r\nb\rc")).isEqualTo("a\\nb\\nc");
    }

    /** A hang guard, not a speed measurement: quadratic scanning would take minutes here. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard only
    void unclosedMathOpenersDoNotMakeDecodingQuadratic() {
        for (String unit : new String[] {"$a \\n", "$$a\\n", "\\(a\\n", "\\[a\\n", "$a $\\n\\n"}) {
            String hostile = unit.repeat(400_000);
            assertThat(AnswerCodec.decode(hostile)).isNotEmpty();
        }
    }
}
