package io.github.quicktakes.articles.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The folder {@code render} writes a site into. Rendering over a folder of something else would
 * mix the site into it, and cleaning it would delete it: a folder is taken only when it is empty,
 * new, or marked as a site by an earlier render ({@value #MARKER}); anything else only with
 * {@code --clean}, which the user must ask for.
 */
final class SiteFolder {
    /** The file every rendered site holds, by which a later render knows the folder is its own. */
    static final String MARKER = ".quicktakes-site";

    private SiteFolder() {}

    /**
     * Makes the folder ready for a site: created if missing, emptied when {@code clean}, and marked.
     *
     * @param out the output folder
     * @param clean whether to delete what the folder holds first
     * @return why the folder cannot be used (nothing was changed then), or null when it is ready
     * @throws IOException if creating, deleting or marking fails
     */
    static String prepare(Path out, boolean clean) throws IOException {
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out)) {
            return "the output " + out + " exists and is not a folder";
        }
        if (Files.isDirectory(out)) {
            boolean ours = Files.isRegularFile(out.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
            if (!ours && !clean && !isEmpty(out)) {
                return "the output folder " + out + " is not empty and holds no site written by render (no " + MARKER
                        + "); choose an empty folder, or add --clean to delete its content first";
            }
            if (clean) {
                deleteContent(out);
            }
        }
        Files.createDirectories(out);
        // Written only when missing or different: a render that changes nothing leaves the folder as it was.
        SiteFiles.writeIfChanged(out.resolve(MARKER), "A site written by quicktakes render: render --clean may delete this folder's content.\n");
        return null;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    /** Deletes everything below the folder, never following a link out of it; keeps the folder. */
    private static void deleteContent(Path folder) throws IOException {
        // The walk does not follow links: started on a link to the folder, it would delete the link.
        Path dir = folder.toRealPath();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                if (!d.equals(dir)) {
                    Files.delete(d);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
