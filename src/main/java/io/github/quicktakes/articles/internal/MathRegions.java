package io.github.quicktakes.articles.internal;

/**
 * Finds the math in a raw (still {@code \n}-encoded) answer: {@code $$...$$}, {@code \[...\]},
 * {@code \(...\)} and {@code $...$}. An inline {@code $} followed by a non-space character closes at
 * a {@code $} preceded by a non-space character and followed by no digit (as in Pandoc), so prices
 * such as {@code $5 and $10} are not math; {@code $ x $}, padded with spaces on both sides, is math
 * too (as remark-math reads it); {@code \$} is a literal dollar.
 * Inline math does not run across a paragraph break.
 *
 * <p>Linear in the length of the text: a search for a closing delimiter that fails is not repeated
 * for later openers (which would find nothing either), so hostile text with many unclosed openers
 * costs no more than ordinary text.
 */
final class MathRegions {
    /** Offset before which a search for each closing delimiter is known to fail; -1 while unknown. */
    private int noDisplayClose = -1;
    private int noParenClose = -1;
    private int noBracketClose = -1;
    /**
     * Openers of inline math before this offset cannot be closed, by kind: [0] for "$x", [1] for
     * padded "$ x" (which close at different dollars).
     */
    private final int[] noInlineCloseBefore = {-1, -1};

    private MathRegions() {}

    /** A mask of the characters inside math, delimiters included; {@code null} when there is none. */
    static boolean[] mask(String s) {
        return new MathRegions().scan(s);
    }

    private boolean[] scan(String s) {
        boolean[] mask = null;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            int end = -1;
            if (c == '\\' && i + 1 < n) {
                char d = s.charAt(i + 1);
                if (d == '(' && noParenClose < 0) {
                    end = find(s, i + 2, "\\)");
                    noParenClose = end < 0 ? i : -1;
                    end = end < 0 ? -1 : end + 2;
                } else if (d == '[' && noBracketClose < 0) {
                    end = find(s, i + 2, "\\]");
                    noBracketClose = end < 0 ? i : -1;
                    end = end < 0 ? -1 : end + 2;
                }
                if (end < 0) {
                    i += 2;
                    continue;
                }
            } else if (c == '$') {
                if (i + 1 < n && s.charAt(i + 1) == '$') {
                    end = noDisplayClose >= 0 ? -1 : find(s, i + 2, "$$");
                    if (end < 0) {
                        noDisplayClose = i;
                    }
                    end = end < 0 ? -1 : end + 2;
                    if (end < 0) {
                        i += 2;
                        continue;
                    }
                } else if (i + 1 < n && i >= noInlineCloseBefore[s.charAt(i + 1) == ' ' ? 1 : 0]) {
                    end = inlineEnd(s, i);
                }
            }
            if (end < 0) {
                i++;
                continue;
            }
            if (mask == null) {
                mask = new boolean[n];
            }
            for (int k = i; k < end; k++) {
                mask[k] = true;
            }
            i = end;
        }
        return mask;
    }

    /** The offset of {@code close} at or after {@code from}, skipping backslash escapes; or -1. */
    private static int find(String s, int from, String close) {
        int i = from;
        int n = s.length();
        while (i < n) {
            if (s.startsWith(close, i)) {
                return i;
            }
            if (s.charAt(i) == '\\' && i + 1 < n && !s.startsWith(close, i)) {
                char d = s.charAt(i + 1);
                i += d == '\\' || d == '$' ? 2 : 1;
                continue;
            }
            i++;
        }
        return -1;
    }

    /**
     * The offset just after the closing {@code $} of inline math opened at {@code open}, or -1. A
     * failed search records where it stopped: openers before that point fail the same way.
     */
    private int inlineEnd(String s, int open) {
        int n = s.length();
        if (open + 1 >= n || s.charAt(open + 1) == '\n' || s.charAt(open + 1) == '\t') {
            return -1;
        }
        // "$ x $" is math too (remark-math reads it so): a space after the opening dollar asks for
        // one before the closing dollar, which keeps "$5 and $10" text.
        boolean padded = s.charAt(open + 1) == ' ';
        int kind = padded ? 1 : 0;
        int i = open + 1;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char d = s.charAt(i + 1);
                if (d == 'n' && s.startsWith("\\n\\n", i)) {
                    noInlineCloseBefore[kind] = i;
                    return -1;
                }
                i += 2;
                continue;
            }
            if (c == '$') {
                boolean spaceBefore = Character.isWhitespace(s.charAt(i - 1));
                boolean digitAfter = i + 1 < n && Character.isDigit(s.charAt(i + 1));
                if (spaceBefore == padded && !digitAfter && i > open + 2 - (padded ? 0 : 1)) {
                    return i + 1;
                }
                if (i + 1 < n && s.charAt(i + 1) == '$') {
                    noInlineCloseBefore[kind] = i;
                    return -1;
                }
            }
            i++;
        }
        noInlineCloseBefore[kind] = n;
        return -1;
    }
}
