package io.github.quicktakes.articles.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writing a site's files so that a render into a folder rendered before changes only what differs:
 * a file whose bytes are already there is left alone (its modification time too, so that a server
 * or a sync tool sees nothing new), and a file the site no longer has goes with the folders it
 * leaves empty.
 */
final class SiteFiles {
    private SiteFiles() {}

    /**
     * Writes a text unless the file holds it already.
     *
     * @return whether the file was written
     */
    static boolean writeIfChanged(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == bytes.length
                && Arrays.equals(Files.readAllBytes(file), bytes)) {
            return false;
        }
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return true;
    }

    /**
     * Copies the regular files below a folder into another, each only when its bytes differ, so that
     * an unchanged copy keeps its modification time. Links and special files are not followed.
     */
    static void copyTreeIfChanged(Path from, Path to) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(x -> Files.isRegularFile(x, LinkOption.NOFOLLOW_LINKS)).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                byte[] bytes = Files.readAllBytes(f);
                if (!(Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.size(target) == bytes.length
                        && Arrays.equals(Files.readAllBytes(target), bytes))) {
                    Files.createDirectories(target.getParent());
                    Files.write(target, bytes);
                }
            }
        }
    }

    /** Deletes a file of the site, then each folder above it that is left empty, up to the site's root. */
    static void deleteWithEmptyFolders(Path site, Path file) throws IOException {
        try {
            Files.deleteIfExists(file);
        } catch (NoSuchFileException e) {
            return;
        }
        for (Path dir = file.getParent(); dir != null && dir.startsWith(site) && !dir.equals(site); dir = dir.getParent()) {
            try {
                Files.delete(dir);
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                return;
            }
        }
    }
}
