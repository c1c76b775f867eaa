package io.github.quicktakes.articles.internal.html;

import java.nio.charset.StandardCharsets;

/**
 * Links to articles: a site's base URL joined with an article's {@code url}, and site paths, all
 * percent-encoded the one way (so a page's canonical link and its sitemap entry are the same
 * string). The url is always read as a path below the base: it gets a leading {@code /} when it
 * lacks one, further leading slashes are escaped, and every character but the unreserved ones and
 * {@code /} is percent-encoded as UTF-8, so no url can change the host ({@code @evil.com/x},
 * {@code .evil.com/x}, {@code //evil.com}), start a query or fragment, or carry white space or
 * controls that a browser would drop.
 */
public final class SiteUrls {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private SiteUrls() {}

    /** {@code baseUrl} (no trailing slash, or empty) followed by the url as an encoded path. */
    public static String join(String baseUrl, String url) {
        return baseUrl + path(url);
    }

    /** The url as an absolute, percent-encoded path that stays below whatever precedes it. */
    public static String path(String url) {
        int i = url.startsWith("/") ? 1 : 0;
        StringBuilder sb = new StringBuilder(url.length() + 8).append('/');
        // "//host" where the base is empty would name another host
        while (i < url.length() && url.charAt(i) == '/') {
            sb.append("%2F");
            i++;
        }
        return sb.append(encodePath(url.substring(i))).toString();
    }

    /**
     * A path with each segment percent-encoded as UTF-8 (RFC 3986): everything but the unreserved
     * characters {@code A-Z a-z 0-9 - . _ ~} is encoded, the {@code /} between segments kept. An
     * unpaired surrogate, which UTF-8 cannot hold, becomes {@code %3F}.
     *
     * @param path a url path or a site-relative file path
     * @return the encoded path, ASCII only
     */
    public static String encodePath(String path) {
        int plain = 0;
        while (plain < path.length() && isKept(path.charAt(plain))) {
            plain++;
        }
        if (plain == path.length()) {
            return path; // most paths: nothing to encode
        }
        StringBuilder sb = new StringBuilder(path.length() + 16).append(path, 0, plain);
        for (byte b : path.substring(plain).getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isKept((char) c)) {
                sb.append((char) c);
            } else {
                sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return sb.toString();
    }

    private static boolean isKept(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    }
}
