package io.github.quicktakes.articles.internal.article;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Formats dates with the moment.js style patterns of the {@code date_format} key, such as
 * {@code MMM DD, YYYY} ({@code Nov 27, 2024}). These are not {@link java.time.format.DateTimeFormatter}
 * patterns: there {@code DD} is the day of the year and {@code YYYY} the week-based year, so the
 * tokens are translated here one by one. Text in {@code [brackets]} is copied as it is, as in
 * moment.js; other characters are copied too.
 */
public final class MomentDateFormat {
    private MomentDateFormat() {}

    // English names, looked up once: the JDK's locale data is slow to ask for every page.
    private static final String[] MONTHS = names(12, i -> Month.of(i + 1).getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    private static final String[] MONTHS_SHORT =
            names(12, i -> Month.of(i + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
    private static final String[] DAYS =
            names(7, i -> DayOfWeek.of(i + 1).getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    private static final String[] DAYS_SHORT =
            names(7, i -> DayOfWeek.of(i + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH));

    /** Tokens, longest first so that {@code MMMM} wins over {@code MMM}. */
    private static final String[] TOKENS = {
        "YYYY", "MMMM", "dddd", "DDDD", "MMM", "ddd", "DDD", "YY", "MM", "Mo", "DD", "Do", "dd", "M", "D", "d", "Y"
    };

    /** The date formatted with the pattern, in English. */
    public static String format(LocalDate date, String pattern) {
        StringBuilder sb = new StringBuilder();
        // Once no ']' follows a '[', none follows a later one either: searching again for each of
        // many unclosed '[' would make the pattern quadratic.
        boolean closable = true;
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '[' && closable) {
                int close = pattern.indexOf(']', i + 1);
                closable = close > 0;
                if (closable) {
                    sb.append(pattern, i + 1, close);
                    i = close + 1;
                    continue;
                }
            }
            String token = tokenAt(pattern, i);
            if (token == null) {
                sb.append(c);
                i++;
                continue;
            }
            sb.append(render(date, token));
            i += token.length();
        }
        return sb.toString();
    }

    private static String tokenAt(String pattern, int i) {
        for (String t : TOKENS) {
            if (pattern.startsWith(t, i)) {
                return t;
            }
        }
        return null;
    }

    private static String render(LocalDate date, String token) {
        return switch (token) {
            case "YYYY" -> padded(date.getYear(), 4);
            case "YY" -> padded(Math.floorMod(date.getYear(), 100), 2);
            case "Y" -> Integer.toString(date.getYear());
            case "MMMM" -> MONTHS[date.getMonthValue() - 1];
            case "MMM" -> MONTHS_SHORT[date.getMonthValue() - 1];
            case "MM" -> padded(date.getMonthValue(), 2);
            case "Mo" -> ordinal(date.getMonthValue());
            case "M" -> Integer.toString(date.getMonthValue());
            case "DDDD" -> padded(date.getDayOfYear(), 3);
            case "DDD" -> Integer.toString(date.getDayOfYear());
            case "DD" -> padded(date.getDayOfMonth(), 2);
            case "Do" -> ordinal(date.getDayOfMonth());
            case "D" -> Integer.toString(date.getDayOfMonth());
            case "dddd" -> DAYS[date.getDayOfWeek().ordinal()];
            case "ddd" -> DAYS_SHORT[date.getDayOfWeek().ordinal()];
            case "dd" -> DAYS_SHORT[date.getDayOfWeek().ordinal()].substring(0, 2);
            case "d" -> Integer.toString(date.getDayOfWeek().getValue() % 7);
            default -> token;
        };
    }

    /** {@code String.format("%0<width>d", value)} without parsing a format for every date. */
    static String padded(int value, int width) {
        String digits = Integer.toString(Math.abs(value));
        int pad = width - digits.length() - (value < 0 ? 1 : 0);
        if (pad <= 0) {
            return value < 0 ? "-" + digits : digits;
        }
        return (value < 0 ? "-" : "") + "0".repeat(pad) + digits;
    }

    private static String[] names(int count, IntFunction<String> name) {
        String[] out = new String[count];
        for (int i = 0; i < count; i++) {
            out[i] = name.apply(i);
        }
        return out;
    }

    private static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
