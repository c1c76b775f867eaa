package io.github.quicktakes.articles.internal.repository;

import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a repository's articles go on disk and how they get there: targets confined to the root,
 * atomic writes under an operating-system lock on the folder, the check that the file on disk is
 * still the text an article was read from, and deletes. Not thread-safe: the repository calls it
 * under its write lock.
 */
public final class ArticleFiles {
    private final Path root;
    private final Path realRoot;
    private final AtomicWriter writer;
    /** Folders whose stale temporary files were removed already. */
    private final Set<Path> cleanedFolders = new HashSet<>();

    /**
     * The files of one repository.
     *
     * @param root the absolute, normalized root
     * @param realRoot its real path
     * @param ops the file operations (tests make them fail)
     */
    public ArticleFiles(Path root, Path realRoot, FileOps ops) {
        this.root = root;
        this.realRoot = realRoot;
        this.writer = new AtomicWriter(ops);
    }

    /**
     * {@code <root>/<subject folder of the url>/<file_name>} for a new article.
     *
     * @param article the article
     * @return the target
     * @throws ArticleException when a name is not plain or the target would leave the root
     */
    public Path targetFor(Article article) {
        String fileName = article.fileName();
        String folder = Slugs.folderOfUrl(article.url());
        if (folder == null) {
            folder = Slugs.of(article.subject());
        }
        for (String part : List.of(fileName, folder)) {
            if (part.isEmpty() || part.contains("/") || part.contains("\\") || part.equals(".") || part.equals("..")
                    || part.indexOf('\0') >= 0 || Path.of(part).isAbsolute()) {
                throw new ArticleException("not saved: '" + part + "' is not a plain file or folder name");
            }
        }
        if (!fileName.endsWith(".md")) {
            throw new ArticleException("not saved: file_name '" + fileName + "' does not end with .md");
        }
        Path target = root.resolve(folder).resolve(fileName).normalize();
        if (!target.startsWith(root)) {
            throw new ArticleException("not saved: " + target + " is outside the repository");
        }
        return target;
    }

    /**
     * Writes an article's text over its file, or to a new file, atomically.
     *
     * @param target the file
     * @param text the article's text
     * @param origin the text the article was read from, which the file must still hold
     * @param existingKey the file's index key when the article was loaded from it, {@code null} for
     *     a new article
     * @return the bytes written
     * @throws ArticleException if the file changed on disk since the article was read, a new
     *     article's file exists already, or the folder leads out of the root
     * @throws IOException if writing fails; the old file is then intact
     */
    public byte[] write(Path target, String text, String origin, String existingKey) throws IOException {
        if (existingKey == null) {
            Files.createDirectories(target.getParent());
        }
        // Before anything is read: the folder must not lead out of the root.
        checkInsideRoot(target);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        // The repository's write lock keeps out its other threads; the folder lock keeps out other
        // processes between the check and the rename, which the repository's index cannot see.
        FolderLock held = FolderLock.acquire(target.getParent());
        try {
            // Once per folder: stale files come only from killed processes, and listing a large
            // folder before every save would cost more than they do.
            if (cleanedFolders.add(target.getParent())) {
                TempFiles.removeStale(target.getParent());
            }
            if (existingKey != null) {
                if (!CurrentFile.holds(target, origin.getBytes(StandardCharsets.UTF_8))) {
                    throw new ArticleException("not saved: " + existingKey + " changed on disk since the article"
                            + " was read (another writer?); read it again and reapply the edit");
                }
            } else if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new ArticleException("not saved: a file exists already at " + root.relativize(target)
                        + "; open it from the repository to edit it");
            }
            writer.write(target, bytes);
        } finally {
            held.close();
        }
        return bytes;
    }

    /**
     * Deletes an article's file.
     *
     * @param target the file
     * @return whether it was there
     * @throws ArticleException if its folder leads out of the root
     * @throws IOException if deleting fails
     */
    public boolean delete(Path target) throws IOException {
        checkInsideRoot(target);
        return Files.deleteIfExists(target);
    }

    /**
     * The real folder of the file (symbolic links followed) must be inside the real root. That the
     * file itself is no link is checked where it is read ({@link CurrentFile}) or must not exist.
     */
    private void checkInsideRoot(Path target) throws IOException {
        Path parentReal = target.getParent().toRealPath();
        if (!parentReal.startsWith(realRoot)) {
            throw new ArticleException("not written: " + target + " leads out of the repository through a symbolic link");
        }
    }
}
