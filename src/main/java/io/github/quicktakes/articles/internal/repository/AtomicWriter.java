package io.github.quicktakes.articles.internal.repository;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Replaces a file so that a crash at any moment leaves either the old or the new content: the new
 * bytes go to a temporary file in the same folder, are forced to disk, and the temporary file is
 * moved over the target in one atomic rename. A failure at any step removes the temporary file
 * and leaves the target as it was.
 */
public final class AtomicWriter {
    private final FileOps ops;

    /**
     * A writer through some file operations.
     *
     * @param ops the real file system, or in tests one that fails at a chosen step
     */
    public AtomicWriter(FileOps ops) {
        this.ops = ops;
    }

    /**
     * Replaces {@code target} with {@code bytes}: the old or the new content, whatever happens.
     * The new file keeps the old one's permissions (and owner and group where the process may set
     * them); a new file gets the default permissions.
     *
     * @param target the file
     * @param bytes the new content
     * @throws IOException if a step fails; the target is then as it was and the temporary file gone
     */
    public void write(Path target, byte[] bytes) throws IOException {
        Path dir = target.getParent();
        Path temp = ops.createTemp(dir);
        boolean moved = false;
        try {
            // Before the content goes in, so the new text is never readable by more people than the old.
            ops.keepAttributes(target, temp);
            ops.writeAndSync(temp, bytes);
            ops.moveAtomically(temp, target);
            moved = true;
        } finally {
            if (!moved) {
                try {
                    ops.deleteIfExists(temp);
                } catch (IOException suppressed) {
                    // the original failure is the one worth reporting
                }
            }
        }
        ops.syncDirectory(dir);
    }
}
