package io.github.quicktakes.articles.internal.text;

/**
 * Makes text safe to print on one line of a terminal or a log: a file name or a value holding a
 * line break, a carriage return or a bidirectional override could otherwise fake a line of output
 * (a name ending in {@code "\nOK"}) or hide part of one.
 */
public final class Printable {
    private Printable() {}

    /**
     * The text with every control character, format character (bidi overrides and isolates, zero
     * width characters), line or paragraph separator and unpaired surrogate written as an escape:
     * {@code \n}, {@code \r}, {@code \t}, else {@code \}{@code uXXXX}. Other text is unchanged.
     *
     * @param s any text, or null
     * @return the escaped text ({@code "null"} for null)
     */
    public static String escape(String s) {
        if (s == null) {
            return "null";
        }
        // Most text is printable ASCII, which never needs an escape: skip it with the least work
        // per character (a validate report is millions of characters).
        int ascii = 0;
        while (ascii < s.length()) {
            char c = s.charAt(ascii);
            if (c < 0x20 || c >= 0x7F) {
                break;
            }
            ascii++;
        }
        if (ascii == s.length()) {
            return s;
        }
        StringBuilder sb = null;
        for (int i = ascii; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                int cp = s.codePointAt(i);
                if (needsEscape(cp)) {
                    sb = start(sb, s, i);
                    sb.append(String.format("\\u{%X}", cp));
                } else if (sb != null) {
                    sb.append(c).append(s.charAt(i + 1));
                }
                i++;
            } else if (needsEscape(c)) {
                sb = start(sb, s, i);
                switch (c) {
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> sb.append(String.format("\\u%04X", (int) c));
                }
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static StringBuilder start(StringBuilder sb, String s, int i) {
        return sb != null ? sb : new StringBuilder(s.length() + 16).append(s, 0, i);
    }

    private static boolean needsEscape(int cp) {
        if (cp >= 0x20 && cp < 0x7F) {
            return false;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE, Character.UNASSIGNED -> true;
            default -> false;
        };
    }
}
