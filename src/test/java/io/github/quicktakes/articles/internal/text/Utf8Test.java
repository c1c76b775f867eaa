package io.github.quicktakes.articles.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quicktakes.articles.ArticleParseException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class Utf8Test {

    /** The JDK's strict decoder, the rule the fast path must agree with. */
    private static String strict(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    @Test
    void aRealReplacementCharacterIsKept() {
        byte[] bytes = "a \uFFFD b \u00E9 \uD83D\uDE00".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.decode(bytes, "t")).isEqualTo("a \uFFFD b \u00E9 \uD83D\uDE00");
    }

    @Test
    void invalidSequencesAreRefusedEvenWhereTheTextHoldsAReplacementCharacter() {
        byte[][] invalid = {
            {'a', (byte) 0xC0, (byte) 0xAF},                     // overlong '/'
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},             // an encoded surrogate
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
            {'a', (byte) 0x80},                                  // a lone continuation byte
            {'a', (byte) 0xE2, (byte) 0x82},                     // cut short
            {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD, (byte) 0xFF}, // a real U+FFFD, then an invalid byte
        };
        for (byte[] bytes : invalid) {
            assertThatThrownBy(() -> Utf8.decode(bytes, "t")).isInstanceOf(ArticleParseException.class)
                    .hasMessageContaining("invalid UTF-8");
        }
    }

    @Property(tries = 2000)
    void agreesWithTheStrictDecoder(@ForAll("bytes") byte[] bytes) {
        String expected = strict(bytes);
        if (expected == null) {
            assertThatThrownBy(() -> Utf8.decode(bytes, "t")).isInstanceOf(ArticleParseException.class);
        } else {
            assertThat(Utf8.decode(bytes, "t")).isEqualTo(expected);
        }
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<Byte> interesting = Arbitraries.of((byte) 'a', (byte) 0x80, (byte) 0xBF, (byte) 0xC0, (byte) 0xC2,
                (byte) 0xE0, (byte) 0xED, (byte) 0xEF, (byte) 0xBD, (byte) 0xF0, (byte) 0xF4, (byte) 0x90, (byte) 0xFF);
        return Arbitraries.oneOf(interesting, Arbitraries.bytes()).array(byte[].class).ofMaxSize(12);
    }
}
