package io.github.quicktakes.articles.internal.lines;

import io.github.quicktakes.articles.internal.text.Chars;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The fast reader's first pass: the front matter's lines up to the closing delimiter, each with
 * where it starts, where its content ends (before CR LF or LF) and how far it is indented, found
 * while checking that every character is one the fast reader may take as it is: {@link
 * Chars#isPrintable printable}, part of a valid surrogate pair, or a line break of the opening
 * line's kind.
 *
 * <p>{@link #scan} returns {@code null} for anything else (a tab, a control character, a bare or
 * mixed CR, a lone surrogate, no closing delimiter, a front matter over its limit...), and the
 * general path takes the file and reports what is wrong.
 *
 * <p>Why it is shaped so: this pass is the only one that sees every character, so it decides much
 * of the parse's speed. The text (up to the front matter's limit) is turned into ISO-8859-1 bytes,
 * a copy in the JDK for most strings, and read eight bytes at a time: only words holding something
 * other than printable ASCII (a line break, a {@code '?'}, a control or non-ASCII character) are
 * looked at byte by byte. Characters above U+00FF become {@code '?'} in those bytes, so every
 * {@code '?'} is checked against the text. A text with surrogate pairs (each pair becomes one
 * {@code '?'}, so offsets no longer line up) is scanned character by character instead.
 */
public final class FrontMatterLines {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long SPACES = 0x2020202020202020L;
    private static final long QUESTION_MARKS = 0x3F3F3F3F3F3F3F3FL;
    private static final long LOW_SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;
    private static final long PLUS_0X60 = 0x6060606060606060L;
    /** Bytes checked per {@link #specialWords} call: 64 words of eight. */
    private static final int BLOCK = 512;
    /** Room past the front matter's limit for the closing delimiter line. */
    private static final int DELIMITER_ROOM = 1024;

    private final String s;
    private final boolean crlf;
    private final int fmStart;
    private final long maxBytes;

    public int[] starts = new int[64];
    public int[] ends = new int[64];
    public int[] indents = new int[64];
    public int count;
    /** The text up to the front matter's end (at least) as ISO-8859-1 bytes, {@code '?'} above U+00FF. */
    public byte[] bytes;
    public int fmEnd;
    public int bodyStart;
    private boolean declined;
    /** Where the line being scanned starts. */
    private int lineStart;

    private FrontMatterLines(ParseContext ctx, Frame opening) {
        this.s = ctx.text;
        this.crlf = opening.lineEnding().length() == 2;
        this.fmStart = opening.fmStart();
        this.maxBytes = ctx.limits.maxFrontMatterBytes();
    }

    /** The lines of the front matter after an {@link Frame#open opening}, or {@code null}. */
    public static FrontMatterLines scan(ParseContext ctx, Frame opening) {
        FrontMatterLines lines = new FrontMatterLines(ctx, opening);
        return lines.scan() ? lines : null;
    }

    private boolean scan() {
        int len = s.length();
        int cap = (int) Math.min(len, fmStart + maxBytes + DELIMITER_ROOM);
        String region = cap == len ? s : s.substring(0, cap);
        byte[] b = region.getBytes(StandardCharsets.ISO_8859_1);
        if (b.length == cap) {
            bytes = b;
            return scanBytes(b);
        }
        if (!scanChars()) {
            return false;
        }
        bytes = alignedBytes(fmEnd);
        return true;
    }

    // ---- bytes, eight at a time ----

    private boolean scanBytes(byte[] b) {
        int n = b.length;
        lineStart = fmStart;
        if (lineStart >= n) {
            return false;
        }
        if (b[lineStart] == '-' && closes(lineStart)) {
            return !declined;
        }
        for (int block = fmStart; block < n; block += BLOCK) {
            long words = specialWords(b, block, Math.min(block + BLOCK, n));
            while (words != 0) {
                int i = block + 8 * Long.numberOfTrailingZeros(words);
                words &= words - 1;
                int outcome = i + 8 <= n ? checkBytes(b, i, special((long) LONGS.get(b, i))) : checkWord(b, i, n);
                if (outcome != GO_ON) {
                    return outcome == CLOSED;
                }
            }
        }
        return false; // no closing delimiter (one on a last line without a break was found above)
    }

    private static final int GO_ON = 0;
    private static final int CLOSED = 1;
    private static final int OUTSIDE = 2;

    /**
     * {@link #checkWord} for a whole word, looking only at the bytes {@link #special} marks (their
     * bit 7 set in {@code marks}).
     */
    private int checkBytes(byte[] b, int wordStart, long marks) {
        while (marks != 0) {
            int k = wordStart + (Long.numberOfTrailingZeros(marks) >>> 3);
            marks &= marks - 1;
            int outcome = checkWord(b, k, k + 1);
            if (outcome != GO_ON) {
                return outcome;
            }
        }
        return GO_ON;
    }

    /**
     * Looks at the bytes of one marked word: records the lines that end in it and checks the other
     * characters. {@link #GO_ON}, or {@link #CLOSED} at the closing delimiter, or {@link #OUTSIDE}.
     */
    private int checkWord(byte[] b, int from, int to) {
        for (int k = from; k < to; k++) {
            int c = b[k] & 0xFF;
            if (c >= 0x20 && c < 0x7F && c != '?' || c >= 0xA0) {
                continue;
            }
            if (c == '\n') {
                int ce = k;
                if (crlf) {
                    if (k == lineStart || b[k - 1] != '\r') {
                        return OUTSIDE;
                    }
                    ce--;
                }
                addLine(b, lineStart, ce);
                lineStart = k + 1;
                if (lineStart - fmStart > maxBytes) {
                    return OUTSIDE; // the general path reports the limit
                }
                if (lineStart < b.length && b[lineStart] == '-' && closes(lineStart)) {
                    return declined ? OUTSIDE : CLOSED;
                }
            } else if (c == '\r') {
                if (!crlf || k + 1 >= b.length || b[k + 1] != '\n') {
                    return OUTSIDE;
                }
            } else if (c == '?') {
                char real = s.charAt(k);
                // No surrogate pairs here (see the class comment), so a surrogate is a lone one.
                if (real != '?' && !Chars.isPrintable(real)) {
                    return OUTSIDE;
                }
            } else {
                return OUTSIDE;
            }
        }
        return GO_ON;
    }

    /**
     * Which eight-byte words of {@code b[from, to)} (at most 64) may hold something other than
     * printable ASCII ({@link #special}): bit {@code j} for the word at {@code from + 8j}; a last,
     * shorter word is always marked. Branch-free, so that the JIT unrolls it.
     */
    static long specialWords(byte[] b, int from, int to) {
        long marks = 0;
        int j = 0;
        int i = from;
        // Eight words at a time: word k's special bits (bit 7 of its bytes) moved to bit k of the
        // bytes and gathered, then folded into one byte of marks: fewer operations per word than
        // testing each word on its own.
        for (; i + 64 <= to; i += 64, j += 8) {
            long m = special((long) LONGS.get(b, i)) >>> 7
                    | special((long) LONGS.get(b, i + 8)) >>> 6
                    | special((long) LONGS.get(b, i + 16)) >>> 5
                    | special((long) LONGS.get(b, i + 24)) >>> 4
                    | special((long) LONGS.get(b, i + 32)) >>> 3
                    | special((long) LONGS.get(b, i + 40)) >>> 2
                    | special((long) LONGS.get(b, i + 48)) >>> 1
                    | special((long) LONGS.get(b, i + 56));
            m |= m >>> 32;
            m |= m >>> 16;
            m |= m >>> 8;
            marks |= (m & 0xFF) << j;
        }
        for (; i + 8 <= to; i += 8, j++) {
            long special = special((long) LONGS.get(b, i));
            marks |= ((special | -special) >>> 63) << j;
        }
        if (i < to) {
            marks |= 1L << j;
        }
        return marks;
    }

    /**
     * Bit 7 of each byte of {@code w} that is below 0x20 (line breaks among them), at or above 0x7F,
     * or a {@code '?'}, and of no other byte: the sums are taken on each byte's low seven bits, so
     * none carries into the next byte and a byte after a special one is not marked for nothing (the
     * line breaks and the indentation after them would otherwise be looked at one by one).
     */
    static long special(long w) {
        long t = w & LOW_SEVEN_BITS;
        long q = t ^ QUESTION_MARKS;
        // Bit 7 of t + 0x60 is set unless t < 0x20, of t + 1 only for 0x7F, of q + 0x7F unless t is '?'.
        return ~((t + PLUS_0X60) & ~(t + ONES) & (q + LOW_SEVEN_BITS) & ~w) & HIGH_BITS;
    }

    private void addLine(byte[] b, int start, int contentEnd) {
        if (start + 8 <= b.length) {
            // Indentation is almost always shorter than a word: the first byte that is not a space.
            long notSpaces = (long) LONGS.get(b, start) ^ SPACES;
            if (notSpaces != 0) {
                add(start, contentEnd, Math.min(Long.numberOfTrailingZeros(notSpaces) >>> 3, contentEnd - start));
                return;
            }
        }
        int i = start;
        while (i < contentEnd && b[i] == ' ') {
            i++;
        }
        add(start, contentEnd, i - start);
    }

    // ---- characters, for texts with surrogate pairs ----

    private boolean scanChars() {
        int len = s.length();
        int p = fmStart;
        while (p < len) {
            if (p - fmStart > maxBytes) {
                return false;
            }
            if (s.charAt(p) == '-' && closes(p)) {
                return !declined;
            }
            int eol = s.indexOf('\n', p);
            if (eol < 0) {
                return false;
            }
            int ce = eol;
            if (crlf) {
                if (ce == p || s.charAt(ce - 1) != '\r') {
                    return false;
                }
                ce--;
            }
            if (!Chars.allPrintable(s, p, ce)) {
                return false;
            }
            int i = p;
            while (i < ce && s.charAt(i) == ' ') {
                i++;
            }
            add(p, ce, i - p);
            p = eol + 1;
        }
        return false;
    }

    /** The first {@code length} characters as bytes, one per character, {@code '?'} above U+00FF. */
    private byte[] alignedBytes(int length) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            b[i] = c <= 0xFF ? (byte) c : (byte) '?';
        }
        return b;
    }

    // ---- shared ----

    /**
     * Whether the line at {@code p} is the closing delimiter. If so, it records where the front
     * matter ends and the body starts, or sets {@link #declined} when the line's break is not of the
     * opening line's kind (the general path reports that).
     */
    private boolean closes(int p) {
        int eol = s.indexOf('\n', p);
        boolean last = eol < 0;
        if (last) {
            eol = s.length();
        }
        if (!Frame.isDelimiter(s, p, eol)) {
            return false;
        }
        boolean cr = eol > p && s.charAt(eol - 1) == '\r';
        declined = !last && cr != crlf;
        fmEnd = p;
        bodyStart = last ? eol : eol + 1;
        return true;
    }

    private void add(int start, int contentEnd, int indent) {
        if (count == starts.length) {
            int size = count * 2;
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
            indents = Arrays.copyOf(indents, size);
        }
        starts[count] = start;
        ends[count] = contentEnd;
        indents[count] = indent;
        count++;
    }
}
