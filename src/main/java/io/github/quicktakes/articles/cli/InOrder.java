package io.github.quicktakes.articles.cli;

import io.github.quicktakes.articles.internal.repository.ParallelFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Applies a function to each item of a list on several threads and returns the results in the
 * list's order: the site's pages are parsed, rendered and written in parallel, but what the
 * command reports (skipped articles, in path order) and what the indexes list stays in one order,
 * the same as one thread gives.
 */
final class InOrder {
    private InOrder() {}

    /**
     * One thread per core: rendering a page computes more than it waits, and on two cores more
     * threads cost more CPU in all (measured: 18.6 s of CPU with one page thread, 20.6 s with four,
     * for the 35,915-article site), as each runs the slow, not yet compiled code at the same time.
     */
    static int defaultThreads() {
        return Math.min(16, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The results of {@code f} on each item, in the items' order.
     *
     * @throws RuntimeException what {@code f} threw first (in time), unwrapped
     * @throws UncheckedIOException if the thread running this is interrupted
     */
    static <T, R> List<R> map(List<T> items, int threads, Function<T, R> f) {
        Object[] out = new Object[items.size()];
        try {
            ParallelFiles.forEach(out.length, threads, () -> null, none -> { }, (i, none) -> {
                out[i] = f.apply(items.get(i));
                return none;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e); // f throws no IOException: an interruption
        }
        @SuppressWarnings("unchecked")
        List<R> results = (List<R>) Arrays.asList(out);
        return results;
    }
}
