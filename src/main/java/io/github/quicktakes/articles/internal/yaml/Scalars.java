package io.github.quicktakes.articles.internal.yaml;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * Resolves plain scalars to values: YAML 1.2's core schema (never YAML 1.1's {@code yes}/{@code no}
 * words), plus {@code YYYY-MM-DD} dates. Hand-written rather than regular expressions: this runs for
 * every typed value of every article.
 */
public final class Scalars {
    private Scalars() {}

    /** The value of a plain scalar of a key the format does not know. */
    public static Object resolvePlain(String s) {
        if (isNull(s)) {
            return null;
        }
        Boolean b = bool(s);
        if (b != null) {
            return b;
        }
        Long l = integer(s);
        if (l != null) {
            return l;
        }
        Double d = floating(s);
        if (d != null) {
            return d;
        }
        LocalDate date = date(s);
        return date != null ? date : s;
    }

    /** Whether a plain scalar is YAML's null: empty, {@code ~} or {@code null} in its three spellings. */
    public static boolean isNull(String s) {
        return s.isEmpty() || s.equals("~") || s.equals("null") || s.equals("Null") || s.equals("NULL");
    }

    /** {@code true}, {@code True}, {@code TRUE} and the same for false; otherwise null. */
    public static Boolean bool(String s) {
        return switch (s) {
            case "true", "True", "TRUE" -> Boolean.TRUE;
            case "false", "False", "FALSE" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** A decimal integer with an optional sign, {@code 0o} octal or {@code 0x} hex; otherwise null. */
    public static Long integer(String s) {
        int n = s.length();
        if (n == 0) {
            return null;
        }
        try {
            if (n > 2 && s.charAt(0) == '0' && (s.charAt(1) == 'x' || s.charAt(1) == 'o')) {
                int radix = s.charAt(1) == 'x' ? 16 : 8;
                for (int i = 2; i < n; i++) {
                    if (Character.digit(s.charAt(i), radix) < 0) {
                        return null;
                    }
                }
                return Long.parseLong(s, 2, n, radix);
            }
            int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
            if (i == n) {
                return null;
            }
            for (int k = i; k < n; k++) {
                char c = s.charAt(k);
                if (c < '0' || c > '9') {
                    return null;
                }
            }
            return Long.parseLong(s);
        } catch (NumberFormatException tooLarge) {
            return null;
        }
    }

    /** A YAML 1.2 core float, or an integer, as a double; otherwise null. */
    public static Double floating(String s) {
        switch (s) {
            case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF" -> {
                return Double.POSITIVE_INFINITY;
            }
            case "-.inf", "-.Inf", "-.INF" -> {
                return Double.NEGATIVE_INFINITY;
            }
            case ".nan", ".NaN", ".NAN" -> {
                return Double.NaN;
            }
            default -> {
                return isDecimalFloat(s) ? Double.valueOf(s) : null;
            }
        }
    }

    /**
     * A YAML 1.2 core float or integer ({@code 0o17} and {@code 0x1F} included, as long as they fit
     * a {@code long}) as a double; otherwise null: the value of a number key.
     */
    public static Double number(String s) {
        Double d = floating(s);
        if (d != null) {
            return d;
        }
        Long l = integer(s);
        return l != null ? (Double) l.doubleValue() : null;
    }

    /** Whether {@link #number} reads a number from the text, without making a double where it can. */
    public static boolean isNumber(String s) {
        return isFloating(s) || integer(s) != null;
    }

    /**
     * Whether {@link #floating} reads a number from the text, without making it (parsing a double
     * is most of the cost, and the schema check only needs to know).
     */
    public static boolean isFloating(String s) {
        return isDecimalFloat(s) || floating(s) != null;
    }

    /** Digits with an optional sign, point and exponent: the floats other than infinity and NaN. */
    private static boolean isDecimalFloat(String s) {
        return isDecimalFloat(s, 0, s.length());
    }

    /** {@link #isDecimalFloat(String)} for {@code s[from, to)}, without making a string of it. */
    static boolean isDecimalFloat(String s, int from, int to) {
        int n = to;
        int i = from;
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            int exp = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                exp++;
            }
            if (exp == 0) {
                return false;
            }
        }
        return i == n;
    }

    /** A valid {@code YYYY-MM-DD} date; otherwise null. */
    public static LocalDate date(String s) {
        if (!isDate(s, 0, s.length())) {
            return null;
        }
        return LocalDate.of(num(s, 0, 4), num(s, 5, 7), num(s, 8, 10));
    }

    /** Whether {@code s[from, to)} is a valid {@code YYYY-MM-DD} date, without making one. */
    static boolean isDate(String s, int from, int to) {
        if (to - from != 10 || s.charAt(from + 4) != '-' || s.charAt(from + 7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && !isDigit(s.charAt(from + i))) {
                return false;
            }
        }
        int year = num(s, from, from + 4);
        int month = num(s, from + 5, from + 7);
        int day = num(s, from + 8, from + 10);
        return month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).length(Year.isLeap(year));
    }

    private static int num(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
