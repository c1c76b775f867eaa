package io.github.quicktakes.articles.internal.repository;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files of saves: {@code .qt-<pid>-<16 hex digits>.tmp}, at most 44 bytes whatever
 * the article's name (a name derived from a 250-byte article name would pass the 255-byte limit),
 * and never ending in {@code .md}, so never loaded. The process id says who owns the file, so that
 * the temporary files of a killed process can be removed without touching those of a live save.
 */
public final class TempFiles {
    private static final Pattern NAME = Pattern.compile("\\.qt-(\\d{1,18})-[0-9a-f]{16}\\.tmp");
    private static final long PID = ProcessHandle.current().pid();

    private TempFiles() {}

    /**
     * Creates an empty temporary file with a new name in a folder. It is created as
     * {@code Files.write} creates a file, so it gets the permissions a new file gets by default
     * ({@code 0666} less the umask): the umask cannot be read from Java, and
     * {@code Files.createTempFile} would give {@code 0600}.
     *
     * @param dir the folder
     * @return the new file
     * @throws IOException if it cannot be created
     */
    public static Path create(Path dir) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve(".qt-" + PID + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()) + ".tmp");
            // CREATE_NEW fails on any existing entry, a symbolic link included: nobody else's file is reused.
            try {
                Files.newByteChannel(temp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS)).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt == 9) {
                    throw e;
                }
            }
        }
    }

    /**
     * Deletes the temporary files in a folder whose process has ended (killed while saving). A
     * file whose process is alive is kept, even if it looks old: a process id in use again after a
     * restart only keeps a stale file longer, never deletes a live one. Best effort: a file that
     * cannot be deleted stays.
     *
     * @param dir the folder
     * @return how many files were deleted
     * @throws IOException if the folder cannot be listed
     */
    public static int removeStale(Path dir) throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, ".qt-*.tmp")) {
            for (Path temp : temps) {
                Matcher m = NAME.matcher(temp.getFileName().toString());
                if (!m.matches() || ProcessHandle.of(Long.parseLong(m.group(1))).isPresent()) {
                    continue;
                }
                try {
                    if (Files.readAttributes(temp, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isRegularFile()
                            && Files.deleteIfExists(temp)) {
                        removed++;
                    }
                } catch (IOException e) {
                    // another process removed it first, or the folder is read-only: it is harmless where it is
                }
            }
        }
        return removed;
    }
}
