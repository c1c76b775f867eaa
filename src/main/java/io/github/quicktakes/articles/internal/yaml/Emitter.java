package io.github.quicktakes.articles.internal.yaml;

import io.github.quicktakes.articles.ArticleException;
import io.github.quicktakes.articles.internal.text.Chars;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes values as YAML lines, in a wanted style where that is safe and in the safest style that
 * reads back to the same value where it is not.
 */
public final class Emitter {
    private Emitter() {}

    /** Words some YAML reader (1.1 or 1.2) takes for something other than text when plain. */
    private static final Set<String> SPECIAL_WORDS = Set.of(
            "y", "n", "yes", "no", "on", "off", "true", "false", "null", "~", "<<", "=");

    /**
     * How to write one scalar entry.
     *
     * @param scalar the wanted style
     * @param contentIndent the indentation of block content
     * @param blocksAllowed false where a block scalar would swallow the lines after it
     */
    public record Style(ScalarStyle scalar, int contentIndent, boolean blocksAllowed) {}

    public static String pad(int n) {
        return " ".repeat(n);
    }

    /** One {@code key: value} entry for a scalar value (or {@code null}), with its line breaks. */
    public static String scalarEntry(int indent, String key, Object value, Style style, boolean capitalBooleans, String eol) {
        StringBuilder sb = new StringBuilder().append(pad(indent)).append(key).append(':');
        if (value == null) {
            return sb.append(eol).toString(); // an empty value: null, as it was read
        }
        if (!(value instanceof String text)) {
            return sb.append(' ').append(plainText(value, capitalBooleans)).append(eol).toString();
        }
        ScalarStyle chosen = choose(text, style.scalar(), style.blocksAllowed());
        switch (chosen) {
            case PLAIN -> sb.append(' ').append(text);
            case FOLDED, LITERAL -> sb.append(chosen == ScalarStyle.FOLDED ? " >-" : " |-").append(eol)
                    .append(pad(Math.max(style.contentIndent(), indent + 1))).append(text);
            case SINGLE_QUOTED -> sb.append(" '").append(text.replace("'", "''")).append('\'');
            case DOUBLE_QUOTED -> sb.append(' ').append(quote(text));
        }
        return sb.append(eol).toString();
    }

    /** The style a text is written in, given the one wanted. */
    static ScalarStyle choose(String text, ScalarStyle wanted, boolean blocksAllowed) {
        if (text.isEmpty()) {
            return wanted == ScalarStyle.DOUBLE_QUOTED ? wanted : ScalarStyle.SINGLE_QUOTED;
        }
        boolean fold = blocksAllowed && canFold(text);
        return switch (wanted) {
            case PLAIN -> canPlain(text) ? ScalarStyle.PLAIN : fold ? ScalarStyle.FOLDED : ScalarStyle.DOUBLE_QUOTED;
            case FOLDED, LITERAL -> fold ? wanted : ScalarStyle.DOUBLE_QUOTED;
            case SINGLE_QUOTED -> canSingle(text) ? wanted : ScalarStyle.DOUBLE_QUOTED;
            case DOUBLE_QUOTED -> wanted;
        };
    }

    /**
     * Plain only when every YAML reader reads it back as this very text: no indicator first, no
     * leading or trailing blank, no {@code ": "} or {@code " #"}, no colon last, only printable
     * characters, and nothing that could be a number, boolean, null or date in YAML 1.1 or 1.2.
     */
    static boolean canPlain(String s) {
        char first = s.charAt(0);
        if ("-?:,[]{}#&*!|>'\"%@`.+0123456789 ".indexOf(first) >= 0) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        if (last == ' ' || last == ':') {
            return false;
        }
        if (s.contains(": ") || s.contains(" #") || SPECIAL_WORDS.contains(s.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return Chars.allPrintable(s, 0, s.length());
    }

    /** A {@code >-} block of one line holds any printable text with no line break that does not start blank. */
    static boolean canFold(String s) {
        char first = s.charAt(0);
        return first != ' ' && Chars.allPrintable(s, 0, s.length());
    }

    static boolean canSingle(String s) {
        return Chars.allPrintable(s, 0, s.length());
    }

    static String quote(String text) {
        try {
            return DoubleQuoted.quote(text);
        } catch (IllegalArgumentException e) {
            throw new ArticleException(e.getMessage());
        }
    }

    /** A non-text scalar as plain YAML. */
    public static String plainText(Object value, boolean capitalBooleans) {
        if (value instanceof Boolean b) {
            String word = b ? "true" : "false";
            return capitalBooleans ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
        }
        if (value instanceof Double d) {
            if (d.isNaN()) {
                return ".nan";
            }
            if (d.isInfinite()) {
                return d > 0 ? ".inf" : "-.inf";
            }
            return d.toString();
        }
        if (value instanceof Long || value instanceof LocalDate) {
            return value.toString();
        }
        throw new ArticleException("cannot write a " + value.getClass().getSimpleName() + " as a YAML scalar");
    }

    /** A value in flow style (JSON-like), for items nested in sequences. */
    public static String flow(Object value) {
        if (value instanceof String s) {
            return quote(s);
        }
        if (value == null) {
            return "null";
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder sb = new StringBuilder("{");
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (sb.length() > 1) {
                    sb.append(", ");
                }
                sb.append(quote((String) e.getKey())).append(": ").append(flow(e.getValue()));
            }
            return sb.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder sb = new StringBuilder("[");
            for (Object item : list) {
                if (sb.length() > 1) {
                    sb.append(", ");
                }
                sb.append(flow(item));
            }
            return sb.append(']').toString();
        }
        return plainText(value, false);
    }
}
