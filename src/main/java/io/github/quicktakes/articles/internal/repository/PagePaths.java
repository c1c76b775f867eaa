package io.github.quicktakes.articles.internal.repository;

import io.github.quicktakes.articles.ArticleProblem.Kind;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the site puts an article's page ({@code learn/<folder>/questions/<slug>/index.html}), and
 * why a url cannot have one: shared by the renderer, which writes the pages, and by validation,
 * which must report every url the renderer would refuse.
 */
public final class PagePaths {
    /** The longest file name most file systems take (ext4, XFS, APFS, NTFS), in bytes. */
    public static final int MAX_NAME_BYTES = 255;

    private PagePaths() {}

    /** Why a url has no page: the kind of problem and a one-line message. */
    public record Refusal(Kind kind, String message) {}

    /**
     * The site-relative path of a url's page.
     *
     * @param url the article's url
     * @return {@code learn/<folder>/questions/<slug>/index.html}, or null when {@link #check} refuses the url
     */
    public static String pageOf(String url) {
        return check(url) != null ? null : "learn/" + Slugs.folderOfUrl(url) + "/questions/" + slugOf(url) + "/index.html";
    }

    /**
     * The key under which the pages of two urls are the same file even on a case-insensitive file
     * system: the url in lower case. A url {@link #check} accepts is {@code /learn/<folder>/questions/<slug>}
     * exactly, so it names its page as the page's path does, and no path need be made (nor, for a url
     * in lower case already, any string).
     *
     * @param url a url {@link #check} accepts
     * @return the key
     */
    public static String clashKey(String url) {
        return url.toLowerCase(Locale.ROOT);
    }

    /**
     * Checks that a url can be a page of the site.
     *
     * @param url the article's url
     * @return null when it can, else why not
     */
    public static Refusal check(String url) {
        if (!url.startsWith("/")) {
            return new Refusal(Kind.BAD_URL, "url '" + url + "' does not start with '/'");
        }
        String folder = Slugs.folderOfUrl(url);
        if (folder == null) {
            return new Refusal(Kind.BAD_URL, "url " + url + " is not /learn/<folder>/questions/<slug>: it has no page");
        }
        Refusal refusal = partRefusal(url, folder);
        return refusal != null ? refusal : partRefusal(url, slugOf(url));
    }

    private static Refusal partRefusal(String url, String part) {
        if (isSafeName(part)) {
            return null; // most names: no question to the file system, no bytes counted
        }
        String why = plainNameProblem(part);
        if (why != null) {
            return new Refusal(Kind.BAD_URL, "url " + url + " has no page: '" + part + "' " + why);
        }
        if (tooLong(part)) {
            return new Refusal(Kind.NAME_TOO_LONG, "url " + url + " has no page: '" + part + "' is "
                    + utf8Length(part) + " bytes, longer than a file name may be (" + MAX_NAME_BYTES + ")");
        }
        return null;
    }

    /**
     * Whether a name is surely a valid file name everywhere: short enough and made of ASCII letters,
     * digits, '-', '_' and '.' only (not "." or ".."), which every file system and encoding takes.
     */
    static boolean isSafeName(String part) {
        int n = part.length();
        if (n == 0 || n > MAX_NAME_BYTES || part.equals(".") || part.equals("..")) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = part.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c >= 'A' && c <= 'Z' || c == '_' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a file or folder name is longer than {@link #MAX_NAME_BYTES} in UTF-8.
     *
     * @param name the name
     * @return {@code true} when it cannot be created on common file systems
     */
    public static boolean tooLong(String name) {
        return utf8Length(name) > MAX_NAME_BYTES;
    }

    /**
     * The length of a name in UTF-8, as the file system counts it.
     *
     * @param name the name
     * @return the byte count
     */
    public static int utf8Length(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String slugOf(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** Null for a plain name; else what is wrong with it, for the message. */
    static String plainNameProblem(String part) {
        if (part.isEmpty() || part.equals(".") || part.equals("..")) {
            return "is not a plain name";
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '\\' || Character.isISOControl(c)) {
                return "holds a character no file name may hold (U+" + String.format("%04X", (int) c) + ")";
            }
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < part.length() && Character.isLowSurrogate(part.charAt(i + 1));
                if (!paired) {
                    return "holds an unpaired surrogate (U+" + String.format("%04X", (int) c) + ")";
                }
                i++;
            }
        }
        try {
            // The file system's encoding decides what else a name may hold: ask it.
            Path.of(part);
        } catch (InvalidPathException e) {
            return "is not a valid file name here (" + e.getReason() + ")";
        }
        return null;
    }
}
