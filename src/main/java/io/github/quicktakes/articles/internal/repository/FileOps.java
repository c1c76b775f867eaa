package io.github.quicktakes.articles.internal.repository;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The file operations of an atomic save, one by one, so that tests can make any step fail and
 * check that the original file survives.
 */
public interface FileOps {
    /**
     * Creates an empty temporary file in {@code dir} ({@link TempFiles#create}), with the
     * permissions a new file gets by default.
     *
     * @param dir the folder of the file it will replace
     * @return the temporary file
     * @throws IOException if it cannot be created
     */
    Path createTemp(Path dir) throws IOException;

    /**
     * Gives the temporary file the permissions, and where the process may set them the owner and
     * group, of the file it will replace; does nothing when that file does not exist or the file
     * system has no POSIX permissions.
     *
     * @param target the file to be replaced
     * @param temp the temporary file
     * @throws IOException if the permissions cannot be read or set
     */
    void keepAttributes(Path target, Path temp) throws IOException;

    /**
     * Writes the bytes to the temporary file and forces them to disk.
     *
     * @param temp the temporary file
     * @param bytes the content
     * @throws IOException if writing fails
     */
    void writeAndSync(Path temp, byte[] bytes) throws IOException;

    /**
     * Replaces {@code target} with {@code temp} atomically.
     *
     * @param temp the temporary file
     * @param target the file to replace
     * @throws IOException if the move fails
     */
    void moveAtomically(Path temp, Path target) throws IOException;

    /**
     * Deletes a file if it exists.
     *
     * @param file the file
     * @throws IOException if it exists and cannot be deleted
     */
    void deleteIfExists(Path file) throws IOException;

    /**
     * Forces a directory's entries to disk where the platform allows it.
     *
     * @param dir the folder
     */
    void syncDirectory(Path dir);
}
