package io.github.quicktakes.articles.internal.repository;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The file operations of an atomic save, one by one, so that tests can make any step fail and
 * check that the original file survives.
 */
public interface FileOps {
    /** Creates an empty temporary file in {@code dir}, next to the file it will replace. */
    Path createTemp(Path dir, String forName) throws IOException;

    /** Writes the bytes to the temporary file and forces them to disk. */
    void writeAndSync(Path temp, byte[] bytes) throws IOException;

    /** Replaces {@code target} with {@code temp} atomically. */
    void moveAtomically(Path temp, Path target) throws IOException;

    /** Deletes a file if it exists. */
    void deleteIfExists(Path file) throws IOException;

    /** Forces a directory's entries to disk where the platform allows it. */
    void syncDirectory(Path dir);
}
