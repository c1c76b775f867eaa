package io.github.quicktakes.articles.internal.repository;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** The real file system. */
public final class RealFileOps implements FileOps {
    /** The one instance: it holds no state. */
    public static final RealFileOps INSTANCE = new RealFileOps();

    private RealFileOps() {}

    @Override
    public Path createTemp(Path dir) throws IOException {
        return TempFiles.create(dir);
    }

    @Override
    public void writeAndSync(Path temp, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    @Override
    public void moveAtomically(Path temp, Path target) throws IOException {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void deleteIfExists(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    @Override
    public void syncDirectory(Path dir) {
        // Makes the rename itself durable on Linux; other platforms refuse to open a directory.
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort: the file's own content was forced before the move
        }
    }
}
