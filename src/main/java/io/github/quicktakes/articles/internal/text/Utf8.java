package io.github.quicktakes.articles.internal.text;

import io.github.quicktakes.articles.ArticleParseException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Strict UTF-8 decoding that reports the line and column of the first invalid byte. */
public final class Utf8 {
    private Utf8() {}

    /** The text of UTF-8 bytes (a byte order mark kept as U+FEFF), or an error at the first invalid byte. */
    public static String decode(byte[] bytes, String sourceName) {
        return decode(bytes, 0, bytes.length, sourceName);
    }

    /** The text of {@code length} UTF-8 bytes from {@code offset}, as {@link #decode(byte[], String)}. */
    public static String decode(byte[] bytes, int offset, int length, String sourceName) {
        // The JDK's String constructor is much faster than a decoder (ASCII is copied as it is) but
        // replaces invalid input with U+FFFD. Without a U+FFFD in the result, the input was valid;
        // with one (a real one, or a replacement), the strict decoder decides.
        String fast = new String(bytes, offset, length, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        boolean whole = offset == 0 && length == bytes.length;
        return strictDecode(whole ? bytes : Arrays.copyOfRange(bytes, offset, offset + length), sourceName);
    }

    private static String strictDecode(byte[] bytes, String sourceName) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw invalid(bytes, in.position(), sourceName);
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw invalid(bytes, in.position(), sourceName);
        }
        return out.flip().toString();
    }

    private static ArticleParseException invalid(byte[] bytes, int at, String sourceName) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        try {
            column = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, lineStart, at - lineStart))
                    .length() + 1;
        } catch (CharacterCodingException e) {
            column = at - lineStart + 1;
        }
        return new ArticleParseException(String.format("invalid UTF-8: byte 0x%02X at offset %d", bytes[at] & 0xFF, at),
                sourceName, line, column, null, null);
    }
}
