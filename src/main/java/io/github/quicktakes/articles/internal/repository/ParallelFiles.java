package io.github.quicktakes.articles.internal.repository;

import io.github.quicktakes.articles.ArticleException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs a task for each of {@code n} files on a fixed number of threads, each thread taking the next
 * index until none is left (no task object per file), with state of its own (a buffer, a slab) that
 * the task may replace. Reading files waits on the file system more than it computes, which is why
 * readers use more threads than cores; the command line's renderer writes its pages with it too.
 */
public final class ParallelFiles {
    private ParallelFiles() {}

    /** One file's work: returns the thread's state for the next file (the same one, mostly). */
    @FunctionalInterface
    public interface Task<S> {
        /**
         * Does the work of one index.
         *
         * @param index the index
         * @param state the thread's state
         * @return the state for the thread's next index
         * @throws IOException if the work fails on I/O
         */
        S run(int index, S state) throws IOException;
    }

    /**
     * Runs {@code task} for every index below {@code n}.
     *
     * @param n how many files
     * @param threads at most this many threads
     * @param state each thread's first state
     * @param done given each thread's last state
     * @param task the work of one index
     * @param <S> the per-thread state
     * @throws IOException the first I/O failure of a task, or an interruption
     * @throws RuntimeException what a task threw (a failure other than I/O), unwrapped
     */
    public static <S> void forEach(int n, int threads, Supplier<S> state, Consumer<S> done, Task<S> task) throws IOException {
        AtomicInteger next = new AtomicInteger();
        int workers = Math.max(1, Math.min(threads, n));
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<Void>> running = new ArrayList<>(workers);
            for (int w = 0; w < workers; w++) {
                running.add(pool.submit(() -> {
                    S s = state.get();
                    try {
                        for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                            s = task.run(i, s);
                        }
                    } finally {
                        done.accept(s);
                    }
                    return null;
                }));
            }
            for (Future<Void> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new ArticleException("failed: " + e.getCause(), e.getCause()); // a task throws no other
        } finally {
            pool.shutdownNow();
        }
    }
}
