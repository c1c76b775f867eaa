package io.github.quicktakes.articles;

import java.nio.file.Path;

/**
 * Follows a repository's load, for a progress bar. Called from the loading threads, possibly at
 * the same time: implementations must be thread-safe. An exception a method throws ends the load,
 * and reaches the caller of {@link ArticleRepository.Builder#open()} as it was thrown.
 */
public interface LoadListener {

    /**
     * The files to load have been found.
     *
     * @param files how many
     */
    default void started(int files) {}

    /**
     * One more file has been read (or failed to parse).
     *
     * @param file the file
     * @param done how many files are done so far
     * @param total how many files there are
     */
    default void loaded(Path file, int done, int total) {}
}
