package io.github.quicktakes.articles.internal.repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

/**
 * Finds the {@code *.md} entries below a folder, as {@code Files.walkFileTree} without following
 * links would (symbolic links are reported, not followed), but lists the folders on several threads:
 * each entry costs a {@code stat} call, and a tree of 200,000 files took half a second on one thread.
 */
public final class MarkdownTree {
    private MarkdownTree() {}

    /** A {@code *.md} entry that is not a folder, with the attributes of the entry itself. */
    public record Found(Path path, BasicFileAttributes attrs) {}

    /**
     * The {@code *.md} entries below {@code root} that are not folders, in no particular order
     * (sorting 200,000 paths takes longer than listing them on two threads).
     *
     * @param root the folder
     * @param threads how many threads list folders
     * @return the entries
     * @throws IOException if a folder cannot be listed or an entry's attributes cannot be read
     */
    public static List<Found> find(Path root, int threads) throws IOException {
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            return pool.invoke(new Folder(root));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            pool.shutdownNow();
        }
    }

    /** One folder's files, and its subfolders' as tasks of their own. */
    private static final class Folder extends RecursiveTask<List<Found>> {
        private final Path dir;

        Folder(Path dir) {
            this.dir = dir;
        }

        @Override
        protected List<Found> compute() {
            List<Found> files = new ArrayList<>();
            List<Folder> subfolders = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    BasicFileAttributes attrs = Files.readAttributes(entry, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    if (attrs.isDirectory()) {
                        Folder sub = new Folder(entry);
                        sub.fork();
                        subfolders.add(sub);
                    } else if (entry.getFileName().toString().endsWith(".md")) {
                        files.add(new Found(entry, attrs));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Folder sub : subfolders) {
                files.addAll(sub.join());
            }
            return files;
        }
    }
}
