package io.github.quicktakes.articles.internal.html;

/** Escaping for HTML text and quoted attribute values. */
public final class Html {
    private Html() {}

    /** Escapes {@code & < > " '}: safe in text and in quoted attributes. NUL becomes U+FFFD. */
    public static String escape(String s) {
        int first = firstToEscape(s);
        if (first < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, first);
        appendEscaped(s, first, sb);
        return sb.toString();
    }

    /** The first character that needs escaping; -1 when there is none (most values). */
    private static int firstToEscape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= '>' && needsEscape(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean needsEscape(char c) {
        return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || c == 0;
    }

    private static void appendEscaped(String s, int from, StringBuilder sb) {
        int copied = from;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > '>' || !needsEscape(c)) {
                continue;
            }
            sb.append(s, copied, i);
            sb.append(switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> "\uFFFD";
            });
            copied = i + 1;
        }
        sb.append(s, copied, s.length());
    }
}
