package io.github.quicktakes.articles.cli;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches a folder and every folder below it ({@link WatchService}; new folders are watched as they
 * appear) and hands each created, changed or deleted entry to a callback, on one thread of its own,
 * once the folder has been quiet for {@value #QUIET_MS} ms (at most {@value #MAX_WAIT_MS} ms after
 * the first event).
 * When events were lost (the system's queue overflowed), every file is handed over again.
 */
final class FolderWatcher implements AutoCloseable {
    private final Path root;
    private final Consumer<Path> changed;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;
    /** How long the folder must be quiet before a batch of changes is handed over. */
    private static final long QUIET_MS = 20;
    /** The longest a batch waits for quiet (a folder being copied in). */
    private static final long MAX_WAIT_MS = 150;

    FolderWatcher(Path root, Consumer<Path> changed) throws IOException {
        this.root = root;
        this.changed = changed;
        this.service = FileSystems.getDefault().newWatchService();
        registerAll(root);
        this.thread = new Thread(this::run, "quicktakes-watch");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void registerAll(Path dir) throws IOException {
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path d : tree.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                folders.put(d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE), d);
            }
        }
    }

    private void run() {
        try {
            while (true) {
                Set<Path> batch = new LinkedHashSet<>();
                take(service.take(), batch);
                // A save is often several events (truncate, write, rename): wait until the folder is
                // quiet for a moment, so that a file is read once, whole, not half-written.
                long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MS);
                for (WatchKey more = service.poll(QUIET_MS, TimeUnit.MILLISECONDS); more != null && System.nanoTime() < until;
                        more = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) {
                    take(more, batch);
                }
                batch.forEach(changed);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private void take(WatchKey key, Set<Path> batch) {
        Path dir = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                everythingBelow(root, batch);
            } else if (dir != null) {
                Path entry = dir.resolve((Path) event.context());
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    newFolder(entry, batch);
                } else {
                    batch.add(entry);
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /** A folder created (or moved in): watched, and the files it brought handed over. */
    private void newFolder(Path dir, Set<Path> batch) {
        try {
            registerAll(dir);
        } catch (IOException e) {
            // gone again before it could be watched: nothing of it to show
        }
        everythingBelow(dir, batch);
    }

    private void everythingBelow(Path dir, Set<Path> batch) {
        try (Stream<Path> tree = Files.walk(dir)) {
            tree.filter(p -> p.toString().endsWith(".md")).forEach(batch::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            // a folder vanished during the walk: what is left was handed over
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing left to release
        }
        thread.interrupt();
    }
}
