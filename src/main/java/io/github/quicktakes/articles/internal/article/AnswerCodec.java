package io.github.quicktakes.articles.internal.article;

import io.github.quicktakes.articles.internal.math.MathScanner;
import io.github.quicktakes.articles.internal.math.TexCommands;

/**
 * The {@code answer} field's line-break convention: Markdown written on one line, each line break
 * stored as the two characters {@code \n}, backslashes otherwise left as they are.
 *
 * <p>Decoding reads the raw text left to right. A pair {@code \\} is kept and skipped (so
 * {@code \\\n} is a LaTeX row break followed by a line break). Outside math, {@code \n} is a line
 * break. Inside math ({@code $$...$$}, {@code \[...\]}, {@code \(...\)}, {@code $...$}) a
 * {@code \n} followed by letters stays as written when backslash, {@code n} and the whole run of
 * letters is a LaTeX command ({@code \neq}, {@code \nabla}, {@code \nu}...): TeX reads the longest
 * run of letters as the command's name, and real formulas also hold line breaks followed by letters
 * ({@code $$\nx = 1\n$$}), so only known commands ({@link TexCommands}) are kept. Where the math is
 * follows {@link MathScanner}, the rules the HTML writer uses too. See {@code docs/format.md}.
 */
public final class AnswerCodec {
    private AnswerCodec() {}

    /** The Markdown of a raw answer: its {@code \n} escapes turned into line breaks, math kept. */
    public static String decode(String raw) {
        int first = raw.indexOf("\\n");
        if (first < 0) {
            return raw;
        }
        // Where the math is matters only for a \n that starts a known command, which most answers
        // never have: found on the first one.
        boolean[] math = null;
        boolean mathKnown = false;
        StringBuilder sb = new StringBuilder(raw.length());
        int n = raw.length();
        int i = 0;
        while (i < n) {
            // Text up to the next backslash is copied in one go: only escapes need looking at.
            int slash = raw.indexOf('\\', i);
            if (slash < 0) {
                sb.append(raw, i, n);
                break;
            }
            sb.append(raw, i, slash);
            i = slash;
            char c = '\\';
            if (i + 1 >= n) {
                sb.append(c);
                i++;
                continue;
            }
            char d = raw.charAt(i + 1);
            if (d == '\\') {
                sb.append("\\\\");
                i += 2;
            } else if (d == 'n') {
                int j = TexCommands.endAt(raw, i);
                if (j >= 0) {
                    if (!mathKnown) {
                        math = MathScanner.mask(raw);
                        mathKnown = true;
                    }
                    if (math != null && math[i]) {
                        sb.append(raw, i, j);
                        i = j;
                        continue;
                    }
                }
                sb.append('\n');
                i += 2;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    /** The raw answer of some Markdown: each line break (LF, CRLF or CR) written as {@code \n}. */
    public static String encode(String markdown) {
        if (markdown.indexOf('\n') < 0 && markdown.indexOf('\r') < 0) {
            return markdown;
        }
        StringBuilder sb = new StringBuilder(markdown.length() + 16);
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\r') {
                sb.append("\\n");
                if (i + 1 < markdown.length() && markdown.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n') {
                sb.append("\\n");
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
