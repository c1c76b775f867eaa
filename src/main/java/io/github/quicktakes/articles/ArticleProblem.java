package io.github.quicktakes.articles;

import io.github.quicktakes.articles.internal.text.Printable;
import java.nio.file.Path;

/**
 * A problem found in a repository: where it is and what it is.
 *
 * @param kind what kind of problem
 * @param path the file, relative to the repository's root
 * @param line the 1-based line, or {@code 0} when the problem has no line
 * @param column the 1-based column, or {@code 0}
 * @param message what is wrong, in one line
 */
public record ArticleProblem(Kind kind, Path path, int line, int column, String message) {

    /** The kinds of problems a repository reports. */
    public enum Kind {
        /** The file is not a valid article; it was left untouched. */
        PARSE_ERROR,
        /** A lenient parse accepted something a strict one rejects (a missing key...). */
        WARNING,
        /** Another article has the same id (real data files one article under two subjects). */
        DUPLICATE_ID,
        /** Another article has the same url. */
        DUPLICATE_URL,
        /** {@code file_name} is not the file's name. */
        FILE_NAME_MISMATCH,
        /** {@code url} is not {@code /learn/<subject folder>/questions/<slug>}. */
        URL_MISMATCH,
        /** A related link points to no article. */
        BROKEN_LINK,
        /** A related link's copied id, title, subject or url differs from its target's. */
        DRIFTED_LINK,
        /** A related link points to the article itself. */
        SELF_LINK,
        /** Two related links point to the same article. */
        DUPLICATE_LINK,
        /** The related slots are not numbered 1, 2, 3... without gaps. */
        SLOT_GAP,
        /** A symbolic link that leads out of the repository's root; not read. */
        OUTSIDE_ROOT,
        /**
         * A {@code *.md} entry or a folder that could not be read: a dangling or looping symbolic
         * link (an editor's lock file), no permission, or not a regular file (a FIFO, a device).
         */
        UNREADABLE,
        /**
         * A {@code url} that does not start with {@code /}, or that cannot be a page of the site: not
         * {@code /learn/<folder>/questions/<slug>} with plain names (no {@code .}, {@code ..},
         * backslash, control character or unpaired surrogate).
         */
        BAD_URL,
        /** A name the site or a conversion would write (url folder or slug, file name) is longer than a file name may be. */
        NAME_TOO_LONG,
        /**
         * Another article's url differs only in letter case: both pages would be one file on a
         * case-insensitive file system, so the site keeps the first by path only.
         */
        DUPLICATE_PAGE
    }

    /**
     * Returns {@code path:line:column: KIND: message}, leaving out an unknown line and column; line
     * breaks and other non-printing characters in the path and message are escaped
     * ({@code \n}, {@code \}{@code u202E}...), so that the text is always one line.
     */
    @Override
    public String toString() {
        String where = path.toString().replace('\\', '/') + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
        return Printable.escape(where + ": " + kind + ": " + message);
    }
}
