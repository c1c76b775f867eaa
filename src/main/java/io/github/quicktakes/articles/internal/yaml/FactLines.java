package io.github.quicktakes.articles.internal.yaml;

import io.github.quicktakes.articles.internal.text.Chars;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * {@link FactReader}'s first pass, on a file's UTF-8 bytes: the front matter's lines (start,
 * content end, indentation) up to the closing delimiter, each character checked as the parser's
 * first pass checks it ({@link Chars#isPrintable printable}), and the rest of the file checked to be
 * valid UTF-8, as decoding it would. {@code null} for anything outside the reader's subset: a file
 * that does not start with {@code ---} and LF, a CR, a tab or another control character, a delimiter line other than exactly {@code ---}, no closing delimiter, invalid UTF-8, a front
 * matter over its limit.
 *
 * <p>Eight bytes are looked at a time: only words holding a line break, another control character,
 * DEL or a non-ASCII byte are looked at byte by byte.
 */
final class FactLines {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;
    private static final long PLUS_0X60 = 0x6060606060606060L;
    private static final long ONES = 0x0101010101010101L;
    /** Where the front matter starts: after {@code ---} and LF. */
    private static final int FM_START = 4;

    int[] starts = new int[64];
    int[] ends = new int[64];
    int[] indents = new int[64];
    int count;
    /** Where the closing delimiter line starts. */
    int fmEnd;

    /**
     * One table per thread, used again for each file: a folder's files would otherwise make
     * megabytes of line tables for the collector, and each collection copies what the reading has
     * kept so far once more.
     */
    private static final ThreadLocal<FactLines> TABLES = ThreadLocal.withInitial(FactLines::new);

    private FactLines() {}

    /**
     * The front matter's lines of a file, or {@code null}. The table is this thread's, valid until
     * its next scan.
     */
    static FactLines scan(byte[] b, int n, long maxFrontMatterBytes) {
        if (n < FM_START || b[0] != '-' || b[1] != '-' || b[2] != '-' || b[3] != '\n' || startsDelimiter(b, FM_START, n)) {
            return null;
        }
        FactLines lines = TABLES.get();
        lines.count = 0;
        lines.fmEnd = 0;
        int bodyStart = lines.scanFrontMatter(b, n, maxFrontMatterBytes);
        return bodyStart >= 0 && validUtf8(b, bodyStart, n) ? lines : null;
    }

    /** Scans up to the closing delimiter: where the body starts, or -1. */
    private int scanFrontMatter(byte[] b, int n, long maxFrontMatterBytes) {
        int lineStart = FM_START;
        int i = FM_START;
        while (i < n) {
            if (i + 8 <= n) {
                long w = (long) LONGS.get(b, i);
                long t = w & LOW_SEVEN_BITS;
                // Bit 7 of each byte that is non-ASCII, below 0x20 or DEL (no sum carries into the next byte).
                long marks = (w | ~(t + PLUS_0X60) | (t + ONES)) & HIGH_BITS;
                if (marks == 0) {
                    i += 8;
                    continue;
                }
                i += Long.numberOfTrailingZeros(marks) >>> 3;
            }
            int c = b[i] & 0xFF;
            if (c >= 0x20 && c < 0x7F) {
                i++;
            } else if (c == '\n') {
                if (!addLine(b, lineStart, i)) {
                    return -1;
                }
                lineStart = i + 1;
                if (lineStart - FM_START > maxFrontMatterBytes) {
                    return -1;
                }
                if (startsDelimiter(b, lineStart, n)) {
                    return closes(b, lineStart, n);
                }
                i = lineStart;
            } else {
                int length = c >= 0x80 ? printableSequence(b, i, n) : -1;
                if (length < 0) {
                    return -1; // a control character, or a character the parser's first pass refuses
                }
                i += length;
            }
        }
        return -1; // no closing delimiter
    }

    private static boolean startsDelimiter(byte[] b, int p, int n) {
        return p + 3 <= n && b[p] == '-' && b[p + 1] == '-' && b[p + 2] == '-';
    }

    /** The body's start after a line starting {@code ---} at {@code p}, or -1 unless it is exactly that. */
    private int closes(byte[] b, int p, int n) {
        if (p + 3 < n && b[p + 3] != '\n') {
            return -1;
        }
        fmEnd = p;
        return Math.min(p + 4, n);
    }

    /** Records a line; a blank one (spaces only) has its whole length as indentation. */
    private boolean addLine(byte[] b, int start, int end) {
        int i = start;
        while (i < end && b[i] == ' ') {
            i++;
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            indents = Arrays.copyOf(indents, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        indents[count] = i - start;
        count++;
        return true;
    }

    /**
     * The length of the valid UTF-8 sequence at {@code i} if its character is printable (a
     * character beyond U+FFFF, a valid surrogate pair in the text, is), else -1.
     */
    private static int printableSequence(byte[] b, int i, int n) {
        int length = sequenceLength(b, i, n);
        if (length < 0) {
            return -1;
        }
        int c0 = b[i] & 0xFF;
        if (length == 2) {
            return Chars.isPrintable((char) ((c0 & 0x1F) << 6 | b[i + 1] & 0x3F)) ? 2 : -1;
        }
        if (length == 3) {
            return Chars.isPrintable((char) ((c0 & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F)) ? 3 : -1;
        }
        return length;
    }

    /**
     * The length of the well-formed UTF-8 sequence (Unicode's table 3-7: no overlong form, no
     * surrogate, nothing beyond U+10FFFF) at {@code i}, whose first byte is not ASCII; else -1.
     */
    static int sequenceLength(byte[] b, int i, int n) {
        int c0 = b[i] & 0xFF;
        int length = c0 < 0xC2 ? -1 : c0 < 0xE0 ? 2 : c0 < 0xF0 ? 3 : c0 < 0xF5 ? 4 : -1;
        if (length < 0 || i + length > n) {
            return -1;
        }
        int c1 = b[i + 1] & 0xFF;
        int low = c0 == 0xE0 ? 0xA0 : c0 == 0xF0 ? 0x90 : 0x80;
        int high = c0 == 0xED ? 0x9F : c0 == 0xF4 ? 0x8F : 0xBF;
        if (c1 < low || c1 > high) {
            return -1;
        }
        for (int k = 2; k < length; k++) {
            if ((b[i + k] & 0xC0) != 0x80) {
                return -1;
            }
        }
        return length;
    }

    /** Whether {@code b[from, to)} is well-formed UTF-8. */
    static boolean validUtf8(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            if (i + 8 <= to && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
                i += 8;
            } else if (b[i] >= 0) {
                i++;
            } else {
                int length = sequenceLength(b, i, to);
                if (length < 0) {
                    return false;
                }
                i += length;
            }
        }
        return true;
    }

    /**
     * The closing quote of a one-line double-quoted value whose content starts at {@code from}, or
     * -1 where there is none or a backslash comes first (escapes are left to the parser).
     */
    static int doubleQuoteClose(byte[] b, int from, int lineEnd) {
        for (int i = from; i < lineEnd; i++) {
            if (b[i] == '"') {
                return i;
            }
            if (b[i] == '\\') {
                return -1;
            }
        }
        return -1;
    }
}
