package io.github.quicktakes.articles.internal.lines;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quicktakes.articles.ParseLimits;
import io.github.quicktakes.articles.ParseMode;
import io.github.quicktakes.articles.internal.text.Chars;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class FrontMatterLinesTest {
    /** A line that holds a surrogate pair, which sends the scan down its character-by-character path. */
    private static final String PAIR_LINE = "z: \uD83D\uDE00\n";

    private static FrontMatterLines scan(String text) {
        ParseContext ctx = new ParseContext(text, "t", ParseMode.LENIENT, ParseLimits.defaults());
        return FrontMatterLines.scan(ctx, Frame.open(ctx));
    }

    /** The rule, one character at a time: printable, valid pairs, and LF line breaks. */
    private static boolean allowed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            if (!Chars.isPrintable(c)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void everyCharacterAtEveryPositionOfAWordOnBothPaths() {
        String[] fillers = {"a", "?", "é", "\u2014"};
        for (String prefix : new String[] {"", PAIR_LINE}) {
            for (String filler : fillers) {
                for (int c = 0; c <= 0xFFFF; c++) {
                    if (c == '\n' || c == '-') {
                        continue;
                    }
                    int pos = c % 11;
                    String value = filler.repeat(pos) + (char) c + filler.repeat(20 - pos);
                    String text = "---\n" + prefix + "a: " + value + "\n---\n";
                    assertThat(scan(text) != null).as("U+%04X after %d of '%s'", c, pos, filler).isEqualTo(allowed(value));
                }
            }
        }
    }

    @Test
    void everyCharacterAtEveryPositionOfALongLine() {
        // Long enough for the words read eight at a time, and a block boundary (512 bytes).
        char[] probes = {0, 0x09, 0x0B, 0x0D, 0x1F, '?', 0x7F, 0x80, 0x9F, 0xA0, 0xFF, 0x2014, 0xD800, 0xFFFE};
        for (String filler : new String[] {"a", "?"}) {
            for (char c : probes) {
                for (int pos = 0; pos < 600; pos += pos < 140 ? 1 : 7) {
                    String value = filler.repeat(pos) + c + filler.repeat(620 - pos);
                    String text = "---\nkey: " + value + "\nb: c\n---\n";
                    assertThat(scan(text) != null).as("U+%04X at %d among '%s'", (int) c, pos, filler)
                            .isEqualTo(allowed(value));
                }
            }
        }
    }

    @Test
    void marksExactlyTheSpecialBytesWhateverTheirNeighbours() {
        // Every byte value at every position, between neighbours that provoke carries and borrows.
        int[] neighbours = {0x00, 0x0A, 0x1F, 0x20, 0x3F, 0x40, 0x7E, 0x7F, 0x80, 0xBF, 0xFF};
        for (int n : neighbours) {
            for (int c = 0; c <= 0xFF; c++) {
                for (int pos = 0; pos < 8; pos++) {
                    long word = 0;
                    long expected = 0;
                    for (int k = 0; k < 8; k++) {
                        int v = k == pos ? c : n;
                        word |= (long) v << (8 * k);
                        if (v < 0x20 || v >= 0x7F || v == '?') {
                            expected |= 0x80L << (8 * k);
                        }
                    }
                    assertThat(FrontMatterLines.special(word))
                            .as("byte %02X at %d among %02X", c, pos, n).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void aQuestionMarkIsToldFromTheCharacterItStandsFor() {
        assertThat(scan("---\ntitle: Why?\n---\n")).isNotNull();
        assertThat(scan("---\ntitle: Why\u2028\n---\n")).isNull();
        assertThat(scan("---\ntitle: a\uD83D?\n---\n")).isNull();
        assertThat(scan("---\ntitle: a\uD83D\uDE00?\n---\n")).isNotNull();
        assertThat(scan("---\ntitle: a\uDE00\uD83D?\n---\n")).isNull();
    }

    @Test
    void recordsEachLineAndTheFrame() {
        String text = "---\na: b\n\n  c: d  \n---\nbody";
        FrontMatterLines lines = scan(text);
        assertThat(lines.count).isEqualTo(3);
        assertThat(lines.starts).startsWith(4, 9, 10);
        assertThat(lines.ends).startsWith(8, 9, 18);
        assertThat(lines.indents).startsWith(0, 0, 2);
        assertThat(lines.fmEnd).isEqualTo(19);
        assertThat(lines.bodyStart).isEqualTo(23);
    }

    @Test
    void crlfLinesEndBeforeTheirCarriageReturn() {
        FrontMatterLines lines = scan("---\r\na: b\r\n---\r\nbody");
        assertThat(lines.count).isEqualTo(1);
        assertThat(lines.ends[0]).isEqualTo(9);
        assertThat(lines.bodyStart).isEqualTo(16);
        assertThat(scan("---\r\na: b\n---\r\n")).as("an LF line in a CRLF file").isNull();
        assertThat(scan("---\r\na: b\r\n---\n")).as("an LF delimiter in a CRLF file").isNull();
        assertThat(scan("---\na: b\r\n---\n")).as("a CRLF line in an LF file").isNull();
        assertThat(scan("---\na: b\rc\n---\n")).as("a bare CR").isNull();
        assertThat(scan("---\r\na: b\rc\r\n---\r\n")).as("a bare CR in a CRLF file").isNull();
    }

    @Test
    void aDelimiterOnTheLastLineWithoutABreakCloses() {
        FrontMatterLines lines = scan("---\na: b\n---");
        assertThat(lines.fmEnd).isEqualTo(9);
        assertThat(lines.bodyStart).isEqualTo(12);
        assertThat(scan("---\na: b\n--")).isNull();
        assertThat(scan("---\na: b\n")).isNull();
    }

    @Test
    void aFrontMatterOverItsLimitIsLeftToTheGeneralPath() {
        String text = "---\n" + ("k: " + "v".repeat(60) + "\n").repeat(40_000) + "---\n" + "body ".repeat(100_000);
        ParseContext ctx = new ParseContext(text, "t", ParseMode.LENIENT, ParseLimits.defaults().withMaxFrontMatterBytes(10_000));
        assertThat(FrontMatterLines.scan(ctx, Frame.open(ctx))).isNull();
    }

    @Property(tries = 3000)
    void agreesWithTheRuleOnAnyText(@ForAll("values") String value, @ForAll boolean pairFirst) {
        String text = "---\n" + (pairFirst ? PAIR_LINE : "") + "a: " + value + "\n---\nbody";
        assertThat(scan(text) != null).isEqualTo(allowed(value));
    }

    @Provide
    Arbitrary<String> values() {
        Arbitrary<Character> chars = Arbitraries.oneOf(
                Arbitraries.chars().range(' ', '~'),
                Arbitraries.of('?', '\n', '\r', '\t', '\u007F', '\u0085', '\u00A0', '\u00E9', '\u00FF', '\u0100',
                        '\u013F', '\u2028', '\u2029', '\uFEFF', '\uFFFE', '\uFFFF', '\uD83D', '\uDE00', '\u0000'),
                Arbitraries.chars());
        // No '-': a line "---" inside the value would close the front matter early.
        return chars.map(c -> c == '-' ? 'x' : c).list().ofMaxSize(80).map(list -> {
            StringBuilder sb = new StringBuilder();
            list.forEach(sb::append);
            return sb.toString();
        });
    }
}
