package io.github.quicktakes.articles.internal.repository;

import java.util.Locale;

/** The site's folder names and url layout. */
public final class Slugs {
    private static final String LEARN = "/learn/";
    private static final String QUESTIONS = "/questions/";

    private Slugs() {}

    /** {@code Accounting and Finance} → {@code accounting-and-finance}: runs of other characters become one dash. */
    public static String of(String subject) {
        StringBuilder sb = new StringBuilder(subject.length());
        boolean dash = false;
        for (char c : subject.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (dash && sb.length() > 0) {
                    sb.append('-');
                }
                sb.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return sb.toString();
    }

    /** The subject folder of a url {@code /learn/<folder>/questions/<slug>}, or null. */
    public static String folderOfUrl(String url) {
        // Exactly four slashes: "/learn/", a folder that is not empty, "/questions/", then the slug
        // (what splitting at '/' would say, without the array and the parts).
        if (!url.startsWith(LEARN)) {
            return null;
        }
        int folderEnd = url.indexOf('/', LEARN.length());
        if (folderEnd <= LEARN.length() || !url.startsWith(QUESTIONS, folderEnd)
                || url.indexOf('/', folderEnd + QUESTIONS.length()) >= 0) {
            return null;
        }
        return url.substring(LEARN.length(), folderEnd);
    }
}
