package io.github.quicktakes.articles.internal.repository;

import io.github.quicktakes.articles.ArticleException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The lock a save holds on its folder from comparing the file on disk to renaming the new one over
 * it, so that no other process (or repository in this JVM) saves into that folder in between: an
 * operating-system lock ({@link FileChannel#lock()}) on {@code <folder>/.quicktakes.lock}.
 *
 * <p>One lock file per folder, not per article: it serves every file name without a second file
 * per article, and it also covers a new article's name before its file exists. The lock file is
 * created on first use and never deleted (deleting it while another process waits on it would let
 * two savers hold locks on two different files). Its name does not end in {@code .md}, so it is
 * never loaded as an article, and no article can be saved under it.
 *
 * <p>The operating system grants a file lock to a process, not a thread, and the JDK refuses a
 * second lock on the same file from the same JVM; so a lock inside this JVM, one per real folder,
 * is taken first.
 */
public final class FolderLock implements AutoCloseable {
    /** The lock file's name in each folder an article is saved to. */
    public static final String FILE_NAME = ".quicktakes.lock";

    private static final ConcurrentHashMap<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;

    private FolderLock(ReentrantLock local, FileChannel channel) {
        this.local = local;
        this.channel = channel;
    }

    /**
     * Waits for the lock of a folder.
     *
     * @param dir the folder, which must exist
     * @return the lock, to be closed when the save is done
     * @throws ArticleException if the lock file's name is taken by something other than a file
     * @throws IOException if the lock file cannot be created or locked
     */
    public static FolderLock acquire(Path dir) throws IOException {
        Path realDir = dir.toRealPath();
        ReentrantLock local = IN_THIS_JVM.computeIfAbsent(realDir, k -> new ReentrantLock());
        local.lock();
        try {
            Path file = realDir.resolve(FILE_NAME);
            refuseNonFile(file);
            // NOFOLLOW_LINKS: a link planted under the lock file's name is not followed, the open fails.
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
            try {
                channel.lock();
                return new FolderLock(local, channel);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            local.unlock();
            throw e;
        }
    }

    /** A FIFO under the lock file's name would block the open for writing until someone reads it. */
    private static void refuseNonFile(Path file) throws IOException {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attrs.isRegularFile()) {
                throw new ArticleException("not saved: the lock file " + file + " is not a regular file");
            }
        } catch (NoSuchFileException e) {
            // created by the open
        }
    }

    /** Releases the lock (closing the channel releases the operating-system lock). */
    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            local.unlock();
        }
    }
}
