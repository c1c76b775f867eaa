package io.github.quicktakes.articles.internal;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Formats dates with the moment.js style patterns of the {@code date_format} key, such as
 * {@code MMM DD, YYYY} ({@code Nov 27, 2024}). These are not {@link java.time.format.DateTimeFormatter}
 * patterns: there {@code DD} is the day of the year and {@code YYYY} the week-based year, so the
 * tokens are translated here one by one. Text in {@code [brackets]} is copied as it is, as in
 * moment.js; other characters are copied too.
 */
public final class MomentDateFormat {
    private MomentDateFormat() {}

    /** Tokens, longest first so that {@code MMMM} wins over {@code MMM}. */
    private static final String[] TOKENS = {
        "YYYY", "MMMM", "dddd", "DDDD", "MMM", "ddd", "DDD", "YY", "MM", "Mo", "DD", "Do", "dd", "M", "D", "d", "Y"
    };

    /** The date formatted with the pattern, in English. */
    public static String format(LocalDate date, String pattern) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '[') {
                int close = pattern.indexOf(']', i + 1);
                if (close > 0) {
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
        Locale en = Locale.ENGLISH;
        return switch (token) {
            case "YYYY" -> String.format("%04d", date.getYear());
            case "YY" -> String.format("%02d", Math.floorMod(date.getYear(), 100));
            case "Y" -> Integer.toString(date.getYear());
            case "MMMM" -> date.getMonth().getDisplayName(TextStyle.FULL, en);
            case "MMM" -> date.getMonth().getDisplayName(TextStyle.SHORT, en);
            case "MM" -> String.format("%02d", date.getMonthValue());
            case "Mo" -> ordinal(date.getMonthValue());
            case "M" -> Integer.toString(date.getMonthValue());
            case "DDDD" -> String.format("%03d", date.getDayOfYear());
            case "DDD" -> Integer.toString(date.getDayOfYear());
            case "DD" -> String.format("%02d", date.getDayOfMonth());
            case "Do" -> ordinal(date.getDayOfMonth());
            case "D" -> Integer.toString(date.getDayOfMonth());
            case "dddd" -> date.getDayOfWeek().getDisplayName(TextStyle.FULL, en);
            case "ddd" -> date.getDayOfWeek().getDisplayName(TextStyle.SHORT, en);
            case "dd" -> date.getDayOfWeek().getDisplayName(TextStyle.SHORT, en).substring(0, 2);
            case "d" -> Integer.toString(date.getDayOfWeek().getValue() % 7);
            default -> token;
        };
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
