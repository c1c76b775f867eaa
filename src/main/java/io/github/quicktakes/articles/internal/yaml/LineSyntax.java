package io.github.quicktakes.articles.internal.yaml;

/**
 * Where the parts of one line of the fast reader's subset end: a simple key, a quoted scalar, a
 * one-line plain scalar. It reads the text's ISO-8859-1 bytes, exact for the ASCII characters that
 * shape YAML (a character above U+00FF is a {@code '?'} there), or, for {@link FactReader}, the
 * file's UTF-8 bytes with no text (exact too: no byte of a multi-byte character is ASCII).
 */
final class LineSyntax {
    /** The longest implicit (plain, unquoted) key YAML allows, in characters. */
    static final int MAX_IMPLICIT_KEY = 1024;

    private static final int NOT_FOUND = Integer.MAX_VALUE;
    /** The indicators a plain scalar cannot start with, as bits: characters 0-63 and 64-127. */
    private static final long INDICATORS_LOW = bits("!\"#%&'*,>", 0);
    private static final long INDICATORS_HIGH = bits("@[]`{|}", 64);

    private final String s;
    private final byte[] b;
    /** The next {@code ':'} and {@code '#'} at or after some offset, found once and reused. */
    private int colonAt = -1;
    private int hashAt = -1;

    LineSyntax(String s, byte[] b) {
        this.s = s;
        this.b = b;
    }

    /** Lines of a text given only as its UTF-8 bytes (searches never go past the line asked about). */
    LineSyntax(byte[] b) {
        this.s = null;
        this.b = b;
    }

    private static long bits(String chars, int base) {
        long bits = 0;
        for (int i = 0; i < chars.length(); i++) {
            bits |= 1L << (chars.charAt(i) - base);
        }
        return bits;
    }

    /** The {@code String.hashCode()} of the ASCII key in {@code b[from, to)}. */
    static int hash(byte[] b, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + b[i];
        }
        return hash;
    }

    /** The offset of the colon ending a simple key at {@code k}, or -1. */
    int keyEnd(int k, int ce) {
        if (k >= ce) {
            return -1;
        }
        int c = b[k];
        if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_')) {
            return -1;
        }
        int i = k + 1;
        while (i < ce) {
            c = b[i];
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
                i++;
            } else {
                break;
            }
        }
        // YAML allows an implicit key of at most 1,024 characters (SnakeYAML refuses longer ones):
        // the general reader reports such a key, so both readers answer the same.
        if (i >= ce || b[i] != ':' || i - k > MAX_IMPLICIT_KEY) {
            return -1;
        }
        return i + 1 == ce || b[i + 1] == ' ' ? i : -1;
    }

    /**
     * The end of a one-line plain scalar starting at {@code v} (trailing spaces dropped), or -1
     * when it is not one this reader takes: an indicator first, {@code ": "} or {@code " #"}
     * inside, or a colon last. (The first pass has checked its characters.)
     */
    int plainEnd(int v, int ce) {
        int first = b[v];
        if (first >= 0 && first < 64 ? (INDICATORS_LOW >>> first & 1) != 0 : first >= 64 && (INDICATORS_HIGH >>> first & 1) != 0) {
            return -1;
        }
        if ((first == '-' || first == '?' && (s == null || s.charAt(v) == '?') || first == ':') && (v + 1 == ce || b[v + 1] == ' ')) {
            return -1;
        }
        int e = ce;
        while (e > v && b[e - 1] == ' ') {
            e--;
        }
        for (int i = nextColon(v, e); i < e; i = nextColon(i + 1, e)) {
            if (i + 1 == e || b[i + 1] == ' ') {
                return -1;
            }
        }
        for (int i = nextHash(v, e); i < e; i = nextHash(i + 1, e)) {
            if (b[i - 1] == ' ') {
                return -1;
            }
        }
        return e;
    }

    /**
     * The first {@code ':'} at or after {@code from}, or an offset at or after {@code end} where
     * there is none before it. In a text, searches go forward only and reuse the last find, so all
     * of them together read the text at most once (every key line has a colon, so a search rarely
     * goes far). In bytes, a search stops at {@code end}: a byte loop over the rest of the file
     * for each '#' it does not hold would cost more than the line.
     */
    int nextColon(int from, int end) {
        if (s == null) {
            return indexOf(':', from, end);
        }
        if (colonAt < from) {
            int i = s.indexOf(':', from);
            colonAt = i < 0 ? NOT_FOUND : i;
        }
        return colonAt;
    }

    /** The first {@code '#'} at or after {@code from}, found like {@link #nextColon}. */
    int nextHash(int from, int end) {
        if (s == null) {
            return indexOf('#', from, end);
        }
        if (hashAt < from) {
            int i = s.indexOf('#', from);
            hashAt = i < 0 ? NOT_FOUND : i;
        }
        return hashAt;
    }

    private int indexOf(char c, int from, int end) {
        for (int i = from; i < end; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return NOT_FOUND;
    }

    int singleQuoteClose(int from, int ce) {
        int i = from;
        while (i < ce) {
            if (b[i] == '\'') {
                if (i + 1 < ce && b[i + 1] == '\'') {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return -1;
    }

    boolean onlySpaces(int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ') {
                return false;
            }
        }
        return true;
    }
}
