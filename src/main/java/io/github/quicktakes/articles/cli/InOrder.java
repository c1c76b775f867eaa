package io.github.quicktakes.articles.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
     */
    static <T, R> List<R> map(List<T> items, int threads, Function<T, R> f) {
        Object[] out = new Object[items.size()];
        AtomicInteger next = new AtomicInteger();
        int workers = Math.max(1, Math.min(threads, items.size()));
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> running = new ArrayList<>(workers);
            for (int w = 0; w < workers; w++) {
                // Each worker takes the next item until none is left: no task object per item.
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < out.length; i = next.getAndIncrement()) {
                        out[i] = f.apply(items.get(i));
                    }
                }));
            }
            for (Future<?> r : running) {
                r.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        @SuppressWarnings("unchecked")
        List<R> results = (List<R>) Arrays.asList(out);
        return results;
    }
}
