package io.github.quicktakes.articles.internal.repository;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;

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
    public void keepAttributes(Path target, Path temp) throws IOException {
        PosixFileAttributes old;
        try {
            old = Files.readAttributes(target, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException | UnsupportedOperationException e) {
            return; // a new file keeps the default permissions; a non-POSIX file system has none to keep
        }
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributes now = view.readAttributes();
        // Owner and group first: changing them may clear permission bits on some systems.
        if (!now.owner().equals(old.owner())) {
            try {
                view.setOwner(old.owner());
            } catch (FileSystemException e) {
                // EPERM: only a privileged process may give a file away; the saver then owns the new file
            }
        }
        if (!now.group().equals(old.group())) {
            try {
                view.setGroup(old.group());
            } catch (FileSystemException e) {
                // EPERM: the saver is not in the file's group; the new file gets the saver's group
            }
        }
        view.setPermissions(old.permissions());
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
