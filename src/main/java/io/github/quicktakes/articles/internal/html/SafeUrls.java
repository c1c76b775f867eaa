package io.github.quicktakes.articles.internal.html;

import java.util.Locale;
import java.util.Set;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Lets through only links that cannot run code: relative URLs, fragments and the schemes
 * {@code http}, {@code https}, {@code mailto} and {@code tel}. Everything else ({@code javascript:},
 * {@code vbscript:}, {@code data:}, unknown schemes) becomes {@code #}. The scheme is read the way
 * browsers read it: after dropping control characters and white space, ignoring case.
 */
public final class SafeUrls implements UrlSanitizer {
    public static final SafeUrls INSTANCE = new SafeUrls();

    private static final Set<String> ALLOWED = Set.of("http", "https", "mailto", "tel");

    private SafeUrls() {}

    /** The URL when it is safe, otherwise {@code #}. */
    public static String sanitize(String url) {
        if (url == null) {
            return "#";
        }
        String s = squeezed(url);
        int colon = s.indexOf(':');
        int cut = firstOf(s, "/?#");
        if (colon > 0 && (cut < 0 || colon < cut)) {
            String scheme = s.substring(0, colon).toLowerCase(Locale.ROOT);
            return ALLOWED.contains(scheme) && schemeChars(scheme) ? url.strip() : "#";
        }
        // Relative: but a backslash or an entity-looking start could be read as something else.
        return s.startsWith("\\\\") || s.startsWith("/\\") ? "#" : url.strip();
    }

    /** The URL without control characters and white space; itself when it has none (most URLs). */
    private static String squeezed(String url) {
        int i = 0;
        while (i < url.length() && isVisibleAscii(url.charAt(i))) {
            i++;
        }
        if (i == url.length()) {
            return url;
        }
        StringBuilder squeezed = new StringBuilder(url.length()).append(url, 0, i);
        for (; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c > ' ' && c != 0x7F && !Character.isWhitespace(c) && !Character.isISOControl(c)) {
                squeezed.append(c);
            }
        }
        return squeezed.toString();
    }

    private static boolean isVisibleAscii(char c) {
        return c > ' ' && c < 0x7F;
    }

    private static boolean schemeChars(String scheme) {
        for (int i = 0; i < scheme.length(); i++) {
            char c = scheme.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String sanitizeLinkUrl(String url) {
        return sanitize(url);
    }

    @Override
    public String sanitizeImageUrl(String url) {
        return sanitize(url);
    }
}
