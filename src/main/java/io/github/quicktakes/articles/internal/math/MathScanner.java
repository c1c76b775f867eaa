package io.github.quicktakes.articles.internal.math;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds math in an answer, by one set of rules for the answer's decoder (which scans the stored
 * text, whose line breaks are the two characters {@code \n}) and for the HTML writer (which scans
 * Markdown, a block at a time, from the openers commonmark reaches outside code). The rules, as
 * docs/format.md states them:
 *
 * <ul>
 *   <li>{@code \(...\)} and {@code \[...\]}: closed by the first {@code \)} or {@code \]} that is not
 *       the second half of a backslash pair;
 *   <li>{@code $$...$$}: closed by the next {@code $$}; blank content is no formula;
 *   <li>{@code $...$}: the opening {@code $} is followed by a non-space character and closed by a
 *       {@code $} preceded by a non-space character and not followed by a digit (Pandoc's rule, so
 *       {@code $5 and $10} is text); or, padded, {@code $ x $}: a space after the opening
 *       {@code $} asks for one before the closing one (remark-math reads it so). A run of two or
 *       more {@code $} inside is skipped: it neither closes the formula nor ends the search. A
 *       {@code $} followed by a line break opens nothing;
 *   <li>backslash pairs ({@code \$}, {@code \\}, {@code \)}) are skipped as one unit; no formula runs
 *       across a paragraph break (a line break, blanks, a line break);
 *   <li>a line holding only {@code $$} (blanks around it allowed) opens a display block that ends at a
 *       line holding only {@code $$} or ending with {@code $$}, or else at the end of the text: its
 *       lines are TeX, never Markdown. In HTML the block parser ({@code DisplayMathBlockParser})
 *       applies this rule; the decoder applies it with {@link #mask}.
 * </ul>
 *
 * <p>Linear in the text: a search for a closer that fails, at a paragraph break or at the end,
 * fails the same way for every later opener of the same kind before that point (the later search
 * sees a suffix of the same text with the same backslash pairs), so it is remembered and not
 * repeated. Openers must be asked about in increasing order. Not thread-safe: one per text.
 */
public final class MathScanner {
    private final CharSequence s;
    private final int n;
    /** Whether line breaks are written {@code \n} (the stored answer) rather than as characters. */
    private final boolean stored;
    /** Openers before these offsets cannot be closed: a search from an earlier one failed there. */
    private int parenFailsBefore;
    private int bracketFailsBefore;
    private int displayFailsBefore;
    /** By kind: [0] for {@code $x}, [1] for padded {@code $ x}. */
    private final int[] inlineFailsBefore = new int[2];

    private MathScanner(CharSequence s, boolean stored) {
        this.s = s;
        this.n = s.length();
        this.stored = stored;
    }

    /** A scanner of a stored answer, whose line breaks are the two characters {@code \n}. */
    public static MathScanner ofStored(CharSequence raw) {
        return new MathScanner(raw, true);
    }

    /** A scanner of Markdown, whose line breaks are {@code '\n'} characters. */
    public static MathScanner ofMarkdown(CharSequence markdown) {
        return new MathScanner(markdown, false);
    }

    /**
     * The end (exclusive) of the formula whose opening delimiter ({@code $}, {@code $$}, {@code \(}
     * or {@code \[}) is at {@code open}, or -1 when none opens there or it is never closed.
     */
    public int end(int open) {
        if (open >= n) {
            return -1;
        }
        char c = s.charAt(open);
        if (c == '\\' && open + 1 < n) {
            char d = s.charAt(open + 1);
            if (d == '(' && open >= parenFailsBefore) {
                int end = closeWithBackslash(open + 2, ')');
                return end >= 0 ? end : fail(end, k -> parenFailsBefore = k);
            }
            if (d == '[' && open >= bracketFailsBefore) {
                int end = closeWithBackslash(open + 2, ']');
                return end >= 0 ? end : fail(end, k -> bracketFailsBefore = k);
            }
            return -1;
        }
        if (c != '$') {
            return -1;
        }
        if (open + 1 < n && s.charAt(open + 1) == '$') {
            if (open < displayFailsBefore) {
                return -1;
            }
            int end = closeDisplay(open + 2);
            return end >= -1 ? end : fail(end, k -> displayFailsBefore = k);
        }
        return inlineEnd(open);
    }

    /**
     * Searches return {@code -2 - p} when they failed at offset {@code p} (a paragraph break, or the
     * end): what later openers before {@code p} need to know.
     */
    private static int failedAt(int p) {
        return -2 - p;
    }

    private static int fail(int result, java.util.function.IntConsumer remember) {
        remember.accept(-2 - result);
        return -1;
    }

    /**
     * The length of the line break at {@code i}, 0 when there is none. In a stored answer a
     * {@code \n} that starts a known TeX command is that command inside math (as the decoder reads
     * it), so it is no line break to the search for a closer either.
     */
    private int breakAt(int i) {
        if (stored) {
            return s.charAt(i) == '\\' && i + 1 < n && s.charAt(i + 1) == 'n' && !TexCommands.startsAt(s, i) ? 2 : 0;
        }
        return s.charAt(i) == '\n' ? 1 : 0;
    }

    /** Whether a line break at {@code i} is followed by blanks and another line break. */
    private boolean paragraphBreakAt(int i, int breakLength) {
        int j = i + breakLength;
        while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
            j++;
        }
        return j < n && breakAt(j) > 0;
    }

    private int closeWithBackslash(int from, char close) {
        int i = from;
        while (i < n) {
            char c = s.charAt(i);
            int br = breakAt(i);
            if (br > 0) {
                if (paragraphBreakAt(i, br)) {
                    return failedAt(i);
                }
                i += br;
            } else if (c == '\\') {
                if (i + 1 < n && s.charAt(i + 1) == close) {
                    return i + 2;
                }
                i += 2;
            } else {
                i++;
            }
        }
        return failedAt(n);
    }

    /** -1 for blank content (no formula, nothing to remember), a failure code, or the end. */
    private int closeDisplay(int from) {
        boolean blank = true;
        int i = from;
        while (i < n) {
            char c = s.charAt(i);
            int br = breakAt(i);
            if (br > 0) {
                if (paragraphBreakAt(i, br)) {
                    return failedAt(i);
                }
                i += br;
            } else if (c == '\\') {
                blank = false;
                i += 2;
            } else if (c == '$' && i + 1 < n && s.charAt(i + 1) == '$') {
                return blank ? -1 : i + 2;
            } else {
                blank &= Character.isWhitespace(c);
                i++;
            }
        }
        return failedAt(n);
    }

    private int inlineEnd(int open) {
        if (open + 1 >= n || breakAt(open + 1) > 0) {
            return -1;
        }
        boolean padded = Character.isWhitespace(s.charAt(open + 1));
        int kind = padded ? 1 : 0;
        if (open < inlineFailsBefore[kind]) {
            return -1;
        }
        boolean blank = true;
        boolean spaceBefore = false;
        int i = open + 1;
        while (i < n) {
            char c = s.charAt(i);
            int br = breakAt(i);
            if (br > 0) {
                if (paragraphBreakAt(i, br)) {
                    inlineFailsBefore[kind] = i;
                    return -1;
                }
                spaceBefore = true;
                i += br;
            } else if (c == '\\') {
                blank = false;
                spaceBefore = false;
                i += 2;
            } else if (c == '$') {
                int run = i;
                while (run < n && s.charAt(run) == '$') {
                    run++;
                }
                if (run - i == 1 && !blank && spaceBefore == padded && !(run < n && isDigit(s.charAt(run)))) {
                    return run;
                }
                blank = false;
                spaceBefore = false;
                i = run;
            } else {
                boolean space = Character.isWhitespace(c);
                blank &= space;
                spaceBefore = space;
                i++;
            }
        }
        inlineFailsBefore[kind] = n;
        return -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * A mask of the characters of a stored answer that are inside math, delimiters included;
     * {@code null} when there is none (what the decoder needs).
     */
    public static boolean[] mask(String raw) {
        List<int[]> regions = regions(raw);
        if (regions.isEmpty()) {
            return null;
        }
        boolean[] mask = new boolean[raw.length()];
        for (int[] r : regions) {
            Arrays.fill(mask, r[0], r[1], true);
        }
        return mask;
    }

    /**
     * The formulas of a stored answer as {@code [start, end)} offsets, in order. Display blocks
     * opened by a {@code $$} line are looked for at each line start; a {@code \n} that starts a
     * known TeX command ({@link TexCommands}) is no line break there, so {@code $$\nabla f$$}
     * stays inline.
     */
    public static List<int[]> regions(String raw) {
        MathScanner scanner = ofStored(raw);
        List<int[]> regions = new ArrayList<>();
        int n = raw.length();
        int i = 0;
        boolean lineStart = true;
        while (i < n) {
            int end = lineStart ? scanner.displayBlockEnd(i) : -1;
            lineStart = false;
            if (end >= 0) {
                while (raw.charAt(i) != '$') {
                    i++; // the formula starts at its fence, after the line's blanks
                }
            } else {
                char c = raw.charAt(i);
                if (c == '\\' || c == '$') {
                    end = scanner.end(i);
                }
                if (end < 0) {
                    lineStart = c == '\\' && scanner.breakAt(i) > 0;
                    // a "$$" that opens nothing leaves its second "$" to be tried as inline math,
                    // as commonmark does when the first one opens nothing
                    i += c == '\\' ? 2 : 1;
                    continue;
                }
            }
            regions.add(new int[] {i, Math.min(end, n)});
            i = end;
        }
        return regions;
    }

    /**
     * At a line start of the stored text: the end of the display block a {@code $$} line opens
     * there (after its closing {@code $$}, or the text's end), or -1 when the line is no fence.
     */
    private int displayBlockEnd(int lineStart) {
        int afterFence = fenceLineEnd(lineStart);
        if (afterFence < 0) {
            return -1;
        }
        int i = afterFence;
        while (i < n) {
            int lineEnd = lineEnd(i);
            int last = lineEnd;
            while (last > i && (s.charAt(last - 1) == ' ' || s.charAt(last - 1) == '\t')) {
                last--;
            }
            if (last - i >= 2 && s.charAt(last - 1) == '$' && s.charAt(last - 2) == '$'
                    && !(last - i >= 3 && s.charAt(last - 3) == '\\')) {
                return last;
            }
            i = lineEnd + breakLengthAtLineEnd(lineEnd);
        }
        return n;
    }

    /** After a line of only {@code $$} and blanks, its line break included; or -1. */
    private int fenceLineEnd(int lineStart) {
        int i = lineStart;
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        if (i + 1 >= n || s.charAt(i) != '$' || s.charAt(i + 1) != '$') {
            return -1;
        }
        i += 2;
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        if (i == n) {
            return n;
        }
        int br = breakAt(i);
        return br > 0 ? i + br : -1;
    }

    /** The offset of the line break ending the line that holds {@code i} (or the text's end). */
    private int lineEnd(int i) {
        while (i < n) {
            if (s.charAt(i) == '\\') {
                if (breakAt(i) > 0) {
                    return i;
                }
                i += 2;
            } else {
                i++;
            }
        }
        return n;
    }

    private int breakLengthAtLineEnd(int lineEnd) {
        return lineEnd < n ? breakAt(lineEnd) : 0;
    }
}
