package io.github.quicktakes.articles.internal.html;

import java.nio.charset.StandardCharsets;

/**
 * Joins a site's base URL with an article's {@code url}. The url is always read as a path below the
 * base: it gets a leading {@code /} when it lacks one, a second leading {@code /} is escaped, and
 * every character that is not a plain path character is percent-encoded, so no url can change the
 * host ({@code @evil.com/x}, {@code .evil.com/x}, {@code //evil.com}), start a query or fragment,
 * or carry white space or controls that a browser would drop.
 */
public final class SiteUrls {
    private SiteUrls() {}

    /** {@code baseUrl} (no trailing slash, or empty) followed by the url as an encoded path. */
    public static String join(String baseUrl, String url) {
        return baseUrl + path(url);
    }

    /**
     * The url as an absolute, percent-encoded path: {@code /} first, then its characters with
     * everything but unreserved characters, sub-delimiters, {@code : @ /} and existing
     * {@code %XX} escapes encoded as UTF-8 bytes.
     */
    public static String path(String url) {
        StringBuilder sb = new StringBuilder(url.length() + 8).append('/');
        int i = url.startsWith("/") ? 1 : 0;
        // "//host" after the base would be read as a new authority where the base is empty
        while (i < url.length() && url.charAt(i) == '/') {
            sb.append("%2F");
            i++;
        }
        for (; i < url.length(); i++) {
            char c = url.charAt(i);
            if (isPathChar(c) || c == '%' && isEscape(url, i)) {
                sb.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < url.length()
                        && Character.isLowSurrogate(url.charAt(i + 1)) ? i + 2 : i + 1;
                for (byte b : url.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
                i = end - 1;
            }
        }
        return sb.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** RFC 3986 pchar less {@code %}, plus {@code /}: unreserved, sub-delims, {@code : @ /}. */
    private static boolean isPathChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0;
    }

    private static boolean isEscape(String s, int i) {
        return i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0 && Character.digit(s.charAt(i + 2), 16) >= 0;
    }
}
