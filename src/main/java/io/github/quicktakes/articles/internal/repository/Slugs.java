package io.github.quicktakes.articles.internal.repository;

import java.util.Locale;

/** The site's folder names and url layout. */
public final class Slugs {
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
        String[] parts = url.split("/", -1);
        return parts.length == 5 && parts[0].isEmpty() && parts[1].equals("learn") && parts[3].equals("questions")
                && !parts[2].isEmpty() ? parts[2] : null;
    }
}
