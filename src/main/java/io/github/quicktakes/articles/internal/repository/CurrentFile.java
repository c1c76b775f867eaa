package io.github.quicktakes.articles.internal.repository;

import io.github.quicktakes.articles.ArticleException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Set;

/**
 * Compares the file a save is about to replace with the text the article was read from, without
 * ever following a symbolic link or opening a folder, FIFO, device or socket planted in its place:
 * reading through a link would compare (and then replace) the wrong file, opening a FIFO blocks
 * forever, and {@code /dev/zero} never ends.
 */
public final class CurrentFile {
    private CurrentFile() {}

    /**
     * Whether {@code file} is a regular file holding exactly {@code expected}. Reads at most
     * {@code expected.length + 1} bytes: one more than the expected text already tells it apart.
     *
     * @param file the file, which is not followed if it is a symbolic link
     * @param expected the bytes the file should hold
     * @return {@code true} if it holds them; {@code false} if it holds others or does not exist
     * @throws ArticleException if the entry is not a regular file (a symbolic link, folder, FIFO,
     *     device or socket); it is then left as it is
     * @throws IOException if the file cannot be read
     */
    public static boolean holds(Path file, byte[] expected) throws IOException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return false;
        }
        if (!attrs.isRegularFile()) {
            throw new ArticleException("not saved: " + file + " is " + kindOf(attrs)
                    + ", not a regular file; it was neither read nor changed");
        }
        if (attrs.size() != expected.length) {
            return false;
        }
        // NOFOLLOW_LINKS again: a link swapped in after the check above makes the open fail.
        try (SeekableByteChannel ch = Files.newByteChannel(file, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            ByteBuffer buf = ByteBuffer.allocate(expected.length + 1);
            while (buf.hasRemaining() && ch.read(buf) >= 0) {
                // a read may return fewer bytes than asked; loop until full or at the end
            }
            return buf.position() == expected.length && Arrays.equals(buf.array(), 0, expected.length, expected, 0, expected.length);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static String kindOf(BasicFileAttributes attrs) {
        if (attrs.isSymbolicLink()) {
            return "a symbolic link";
        }
        if (attrs.isDirectory()) {
            return "a folder";
        }
        return "a special file (FIFO, device or socket)";
    }
}
