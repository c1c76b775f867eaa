package io.github.quicktakes.articles.cli;

import java.nio.charset.StandardCharsets;

/**
 * The site's base address and XML text for the sitemap; paths are encoded by
 * {@link io.github.quicktakes.articles.internal.html.SiteUrls}, as the pages' own links are.
 */
final class UrlPaths {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlPaths() {}

    /**
     * A base address as the user typed it, made safe for a link: visible ASCII is kept as typed
     * (the scheme, host and any {@code %} escapes the user wrote), everything else is
     * percent-encoded as UTF-8.
     *
     * @param base such as {@code https://example.com}
     * @return the address, visible ASCII only
     */
    static String encodeBase(String base) {
        StringBuilder sb = new StringBuilder(base.length());
        for (byte b : base.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c > 0x20 && c < 0x7F) {
                sb.append((char) c);
            } else {
                sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return sb.toString();
    }

    /**
     * Text for an XML element or attribute: the five markup characters as entities, and any
     * character XML 1.0 cannot hold (controls, unpaired surrogates, U+FFFE, U+FFFF) as U+FFFD, so
     * that the document stays well-formed whatever it is given.
     *
     * @param s the text
     * @return the escaped text
     */
    static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c)
                            || c == 0xFFFE || c == 0xFFFF) {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static boolean isUnreserved(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
