package io.github.quicktakes.articles.internal.yaml;

import io.github.quicktakes.articles.internal.text.Chars;
/** YAML double-quoted scalars on one line: reading their escapes and writing them. */
final class DoubleQuoted {
    private DoubleQuoted() {}

    /**
     * Finds the closing quote of a one-line double-quoted scalar whose content starts at
     * {@code from}, checking every escape on the way.
     *
     * @return the offset of the closing quote, or -1 when the line has none or an escape is invalid
     */
    static int findClose(String s, int from, int lineEnd) {
        int i = from;
        while (i < lineEnd) {
            char c = s.charAt(i);
            if (c == '"') {
                return i;
            }
            if (c == '\\') {
                int len = escapeLength(s, i, lineEnd);
                if (len < 0) {
                    return -1;
                }
                i += len;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** The length of the escape at {@code i}, or -1 when it is not one YAML knows. */
    private static int escapeLength(String s, int i, int lineEnd) {
        if (i + 1 >= lineEnd) {
            return -1;
        }
        char e = s.charAt(i + 1);
        int hex = switch (e) {
            case 'x' -> 2;
            case 'u' -> 4;
            case 'U' -> 8;
            default -> 0;
        };
        if (hex == 0) {
            // The escapes SnakeYAML (the reference reader) knows; it refuses YAML 1.2's "\\/".
            return "0abtnvfre \"\\N_LP\t".indexOf(e) >= 0 ? 2 : -1;
        }
        if (i + 2 + hex > lineEnd) {
            return -1;
        }
        long value = 0;
        for (int k = i + 2; k < i + 2 + hex; k++) {
            int digit = Character.digit(s.charAt(k), 16);
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        // Beyond Unicode (\U escapes can say up to FFFFFFFF), or a surrogate (valid only as half of
        // a pair written as two escapes, refused alone): the general reader decides and reports.
        boolean surrogate = value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE;
        return value <= Character.MAX_CODE_POINT && !surrogate ? 2 + hex : -1;
    }

    /** Decodes {@code s[start, end)}, the content of a checked one-line double-quoted scalar. */
    static String unescape(String s, int start, int end) {
        int slash = s.indexOf('\\', start);
        if (slash < 0 || slash >= end) {
            return s.substring(start, end);
        }
        StringBuilder sb = new StringBuilder(end - start);
        int i = start;
        while (i < end) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                i++;
                continue;
            }
            char e = s.charAt(i + 1);
            i += 2;
            switch (e) {
                case '0' -> sb.append('\0');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 't', '\t' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'v' -> sb.append('\u000B');
                case 'f' -> sb.append('\f');
                case 'r' -> sb.append('\r');
                case 'e' -> sb.append('\u001B');
                case ' ' -> sb.append(' ');
                case '"' -> sb.append('"');
                case '/' -> sb.append('/');
                case '\\' -> sb.append('\\');
                case 'N' -> sb.append('\u0085');
                case '_' -> sb.append('\u00A0');
                case 'L' -> sb.append('\u2028');
                case 'P' -> sb.append('\u2029');
                default -> {
                    int hex = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    sb.appendCodePoint(Integer.parseInt(s, i, i + hex, 16));
                    i += hex;
                }
            }
        }
        return sb.toString();
    }

    /** Writes {@code value} as a double-quoted scalar, quotes included, escaping what must be. */
    static String quote(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '\0' -> sb.append("\\0");
                case '\u0085' -> sb.append("\\N");
                case '\u2028' -> sb.append("\\L");
                case '\u2029' -> sb.append("\\P");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        sb.append(c).append(value.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        throw new IllegalArgumentException(
                                "the value holds an unpaired surrogate at index " + i + ": not valid Unicode");
                    } else if (Chars.isPrintable(c)) {
                        sb.append(c);
                    } else {
                        sb.append(String.format(c <= 0xFF ? "\\x%02X" : "\\u%04X", (int) c));
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
