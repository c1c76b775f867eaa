package io.github.quicktakes.articles.internal.lines;

import io.github.quicktakes.articles.ArticleParseException;
import io.github.quicktakes.articles.ArticleWarning;
import io.github.quicktakes.articles.ParseLimits;
import io.github.quicktakes.articles.ParseMode;
import java.util.ArrayList;
import java.util.List;

/** What one parse needs to report problems: the text, its name, the mode and the limits. */
public final class ParseContext {
    private static final int EXCERPT_MAX = 120;

    public final String text;
    final String sourceName;
    final ParseMode mode;
    public final ParseLimits limits;
    private List<ArticleWarning> warnings;

    public ParseContext(String text, String sourceName, ParseMode mode, ParseLimits limits) {
        this.text = text;
        this.sourceName = sourceName;
        this.mode = mode;
        this.limits = limits;
    }

    boolean strict() {
        return mode == ParseMode.STRICT;
    }

    /** An exception for a problem at a 1-based line and column of the text. */
    public ArticleParseException error(String message, int line, int column) {
        return new ArticleParseException(message, sourceName, line, column, excerpt(line), null);
    }

    public ArticleParseException error(String message, int line, int column, Throwable cause) {
        return new ArticleParseException(message, sourceName, line, column, excerpt(line), cause);
    }

    /** An exception for an exceeded limit, named after its {@link ParseLimits} component. */
    public ArticleParseException limit(String limitName, String message, int line, int column) {
        return new ArticleParseException(
                message + " (limit " + limitName + ")", sourceName, line, column, excerpt(line), limitName, null);
    }

    /** In strict mode, throws; in lenient mode, records a warning. */
    public void problem(String message, int line, int column) {
        if (strict()) {
            throw error(message, line, column);
        }
        warn(message, line, column);
    }

    void warn(String message, int line, int column) {
        if (warnings == null) {
            warnings = new ArrayList<>(2);
        }
        warnings.add(new ArticleWarning(sourceName, line, column, message));
    }

    public List<ArticleWarning> warnings() {
        return warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** The text of a 1-based line, without its line break, shortened for a message. */
    String excerpt(int line) {
        if (line <= 0) {
            return null;
        }
        int start = 0;
        for (int l = 1; l < line; l++) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                return null;
            }
            start = nl + 1;
        }
        int end = text.indexOf('\n', start);
        if (end < 0) {
            end = text.length();
        }
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        boolean cut = end - start > EXCERPT_MAX;
        return visible(text.substring(start, cut ? start + EXCERPT_MAX : end)) + (cut ? "..." : "");
    }

    /** Control characters shown as escapes (backslash, u, four hex digits), so an excerpt is safe to print. */
    private static String visible(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x20 && c != '\t' || c >= 0x7F && c < 0xA0) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

}
