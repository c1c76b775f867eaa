package io.github.quicktakes.articles.internal.lines;

/**
 * Where the parts of an article file are: an optional byte order mark and leading blank lines, the
 * opening {@code ---} line, the front matter, the closing {@code ---} line and the body.
 *
 * @param fmStart offset of the first front-matter line (just after the opening line's break)
 * @param fmEnd offset of the closing delimiter line
 * @param bodyStart offset just after the closing line's break (the body runs to the end)
 * @param fmFirstLine the 1-based line number of the first front-matter line
 * @param lineEnding the line ending of the opening line, which new lines use
 */
public record Frame(int fmStart, int fmEnd, int bodyStart, int fmFirstLine, String lineEnding) {

    /** Splits {@code ctx.text}, or throws {@link io.github.quicktakes.articles.ArticleParseException}. */
    static Frame split(ParseContext ctx) {
        return close(ctx, open(ctx));
    }

    /**
     * Finds the opening delimiter (after an optional byte order mark and blank lines, which are
     * reported), or throws. The frame returned has only {@link #fmStart}, {@link #fmFirstLine} and
     * {@link #lineEnding}; {@link #close} or the fast reader finds the rest.
     */
    public static Frame open(ParseContext ctx) {
        String text = ctx.text;
        int pos = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        int line = 1;
        while (true) {
            int eol = lineEnd(text, pos);
            if (!isBlank(text, pos, eol) || eol == text.length()) {
                break;
            }
            ctx.problem("blank line before the opening '---'", line, 1);
            pos = next(text, eol);
            line++;
        }
        int openEnd = lineEnd(text, pos);
        if (!isDelimiter(text, pos, openEnd)) {
            throw ctx.error("no front matter: an article starts with a line '---'", line, 1);
        }
        if (openEnd == text.length()) {
            throw ctx.error("front matter opened here is never closed by a line '---'", line, 1);
        }
        String lineEnding = openEnd > pos && text.charAt(openEnd - 1) == '\r' ? "\r\n" : "\n";
        return new Frame(openEnd + 1, -1, -1, line + 1, lineEnding);
    }

    /** Finds the closing delimiter after an {@link #open opening}, checking line breaks; or throws. */
    public static Frame close(ParseContext ctx, Frame opening) {
        String text = ctx.text;
        String lineEnding = opening.lineEnding();
        int fmStart = opening.fmStart();
        int fmFirstLine = opening.fmFirstLine();
        int openLine = fmFirstLine - 1;
        int p = fmStart;
        int line = fmFirstLine;
        boolean mixedReported = false;
        // The next CR at or after p, found once and reused: searching from every line would be
        // quadratic in files that have none.
        int nextCr = text.indexOf('\r', p);
        while (p < text.length()) {
            int eol = lineEnd(text, p);
            if (nextCr >= 0 && nextCr < p) {
                nextCr = text.indexOf('\r', p);
            }
            int cr = nextCr;
            if (cr >= 0 && cr < eol - 1) {
                throw ctx.error("carriage return without a line feed: line breaks must be LF or CRLF",
                        line, cr - p + 1);
            }
            if (eol < text.length()) {
                boolean crlf = eol > p && text.charAt(eol - 1) == '\r';
                if (crlf != lineEnding.equals("\r\n") && !mixedReported) {
                    ctx.problem("line ending differs from the opening line's ("
                            + (crlf ? "CRLF after LF" : "LF after CRLF") + ")", line, 1);
                    mixedReported = true;
                }
            }
            if (isDelimiter(text, p, eol)) {
                if (p - fmStart > ctx.limits.maxFrontMatterBytes()) {
                    throw ctx.limit("maxFrontMatterBytes", "front matter of " + (p - fmStart)
                            + " characters is over the limit of " + ctx.limits.maxFrontMatterBytes(), fmFirstLine, 1);
                }
                return new Frame(fmStart, p, next(text, eol), fmFirstLine, lineEnding);
            }
            if (p - fmStart > ctx.limits.maxFrontMatterBytes()) {
                throw ctx.limit("maxFrontMatterBytes", "front matter is over the limit of "
                        + ctx.limits.maxFrontMatterBytes() + " characters", fmFirstLine, 1);
            }
            if (eol == text.length()) {
                break;
            }
            p = eol + 1;
            line++;
        }
        throw ctx.error("front matter opened here is never closed by a line '---'", openLine, 1);
    }

    /** Offset of the {@code '\n'} ending the line at {@code pos}, or the text's length. */
    public static int lineEnd(String text, int pos) {
        int nl = text.indexOf('\n', pos);
        return nl < 0 ? text.length() : nl;
    }

    private static int next(String text, int eol) {
        return eol < text.length() ? eol + 1 : eol;
    }

    private static boolean isBlank(String text, int from, int eol) {
        for (int i = from; i < eol; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** {@code ---} alone on its line, trailing spaces and a CR allowed. */
    static boolean isDelimiter(String text, int from, int eol) {
        if (eol - from < 3 || !text.startsWith("---", from)) {
            return false;
        }
        for (int i = from + 3; i < eol; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && !(c == '\r' && i == eol - 1)) {
                return false;
            }
        }
        return true;
    }
}
