package io.github.quicktakes.articles.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local preview of a folder of articles: the JDK's HTTP server answering from a {@link ServeSite}
 * in memory, a {@link FolderWatcher} reading changed files again, and a small script in every page
 * that reloads it when the site changes, told by server-sent events (no polling: the reload starts
 * as soon as the file is read). Only the site's paths are answered; a request path is looked up,
 * never turned into a file name, and one holding {@code ..}, a backslash or a NUL is refused
 * outright.
 */
final class PreviewServer implements AutoCloseable {
    /** The server's own paths, apart from the site's. */
    static final String EVENTS = "/_quicktakes/events";
    static final String RELOAD_SCRIPT = "/_quicktakes/reload.js";
    static final String VERSION = "/_quicktakes/version";
    private static final String RELOAD_JS = "new EventSource(\"" + EVENTS + "\").addEventListener(\"change\","
            + "function(){location.reload();});\n";
    private static final Set<String> TYPES_BY_EXTENSION = Set.of(".html", ".css", ".js", ".xml");

    private final ServeSite site;
    private final HttpServer server;
    private final ExecutorService threads;
    private final FolderWatcher watcher;
    private final AtomicLong version = new AtomicLong();
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();

    private PreviewServer(ServeSite site, InetAddress host, int port) throws IOException {
        this.site = site;
        this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
        // Each open page holds one connection for its events: threads as needed, not a fixed few.
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "quicktakes-serve");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        this.watcher = new FolderWatcher(site.root(), this::changed);
    }

    /**
     * Loads the folder and starts serving it.
     *
     * @param folder the articles
     * @param host where to listen (the loopback address unless asked otherwise)
     * @param port the port, 0 for any free one
     * @param pageSize how many articles a subject index lists per page, as render's
     */
    static PreviewServer start(Path folder, InetAddress host, int port, String baseUrl, String katexUrl, int pageSize)
            throws IOException {
        ServeSite site = ServeSite.load(folder, baseUrl, katexUrl, pageSize, RELOAD_SCRIPT);
        PreviewServer s = new PreviewServer(site, host, port);
        s.watcher.start();
        s.server.start();
        return s;
    }

    /** The port listened on. */
    int port() {
        return server.getAddress().getPort();
    }

    /** The address listened on. */
    InetSocketAddress address() {
        return server.getAddress();
    }

    private void changed(Path file) {
        if (site.reload(file)) {
            long v = version.incrementAndGet();
            byte[] event = ("event: change\ndata: " + v + "\n\n").getBytes(StandardCharsets.UTF_8);
            for (OutputStream o : listeners) {
                try {
                    o.write(event);
                    o.flush();
                } catch (IOException e) {
                    listeners.remove(o); // the page was closed
                }
            }
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
                send(ex, 405, "text/plain", "only GET and HEAD\n");
                return;
            }
            String raw = ex.getRequestURI().getRawPath();
            String path = ex.getRequestURI().getPath();
            if (raw == null || path == null || !path.startsWith("/") || refused(raw) || refused(path)) {
                send(ex, 400, "text/plain", "bad path\n");
                return;
            }
            switch (path) {
                case EVENTS -> {
                    events(ex);
                    return;
                }
                case RELOAD_SCRIPT -> send(ex, 200, "text/javascript", RELOAD_JS);
                case VERSION -> send(ex, 200, "text/plain", version.get() + "\n");
                default -> page(ex, path);
            }
        }
    }

    /** A path with a {@code ..} segment, a backslash, a NUL or an empty segment past the first slash. */
    static boolean refused(String path) {
        if (path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0 || path.contains("//")) {
            return true;
        }
        for (String part : path.split("/")) {
            if (part.equals("..") || part.equals(".") || part.equalsIgnoreCase("%2e%2e") || part.equalsIgnoreCase("%2e")) {
                return true;
            }
        }
        return false;
    }

    private void page(HttpExchange ex, String path) throws IOException {
        String sitePath = path.substring(1);
        if (sitePath.isEmpty() || sitePath.endsWith("/")) {
            sitePath += "index.html";
        }
        String body = site.page(sitePath);
        if (body == null) {
            send(ex, 404, "text/plain", "not found\n");
            return;
        }
        String ext = sitePath.substring(Math.max(0, sitePath.lastIndexOf('.')));
        String type = switch (TYPES_BY_EXTENSION.contains(ext) ? ext : ".html") {
            case ".css" -> "text/css";
            case ".js" -> "text/javascript";
            case ".xml" -> "application/xml";
            default -> "text/html";
        };
        send(ex, 200, type, body);
    }

    /** Server-sent events: the connection stays open, and each change of the site is one event. */
    private void events(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        OutputStream o = ex.getResponseBody();
        o.write((": quicktakes " + version.get() + "\n\n").getBytes(StandardCharsets.UTF_8));
        o.flush();
        listeners.add(o);
        try {
            // Held until the page goes or the server stops: the thread waits, the events come from the watcher.
            while (listeners.contains(o)) {
                Thread.sleep(15_000);
                o.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
                o.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // closed by the browser
        } finally {
            listeners.remove(o);
        }
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            ex.getResponseBody().write(bytes);
        }
    }

    /** How many times the site changed since the start. */
    long version() {
        return version.get();
    }

    @Override
    public void close() {
        watcher.close();
        listeners.clear();
        server.stop(0);
        threads.shutdownNow();
    }
}
