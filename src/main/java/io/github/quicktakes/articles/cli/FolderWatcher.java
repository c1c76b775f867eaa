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
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches a folder and every folder below it ({@link WatchService}; new folders are watched as they
 * appear) and hands each created, changed or deleted entry to a callback, on one thread of its own.
 * When events were lost (the system's queue overflowed), every file is handed over again.
 */
final class FolderWatcher implements AutoCloseable {
    private final Path root;
    private final Consumer<Path> changed;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;

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
                WatchKey key = service.take();
                Path dir = folders.get(key);
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        everythingBelow(root);
                    } else if (dir != null) {
                        Path entry = dir.resolve((Path) event.context());
                        if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                            newFolder(entry);
                        } else {
                            changed.accept(entry);
                        }
                    }
                }
                if (!key.reset()) {
                    folders.remove(key);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    /** A folder created (or moved in): watched, and the files it brought handed over. */
    private void newFolder(Path dir) {
        try {
            registerAll(dir);
        } catch (IOException e) {
            // gone again before it could be watched: nothing of it to show
        }
        everythingBelow(dir);
    }

    private void everythingBelow(Path dir) {
        try (Stream<Path> tree = Files.walk(dir)) {
            tree.filter(p -> p.toString().endsWith(".md")).forEach(changed);
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
