package io.github.quicktakes.articles.internal.writer;

import io.github.quicktakes.articles.ArticleException;
import io.github.quicktakes.articles.ArticleWriter;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Finds writers by format name: the built-ins, then writers on the class path registered in
 * {@code META-INF/services/io.github.quicktakes.articles.ArticleWriter}, which win over a built-in
 * of the same name.
 */
public final class WriterRegistry {
    private WriterRegistry() {}

    /** The built-in writers, by name. Adding one is adding a line here. */
    private static final Map<String, Supplier<ArticleWriter>> BUILT_INS = builtIns();

    private static Map<String, Supplier<ArticleWriter>> builtIns() {
        Map<String, Supplier<ArticleWriter>> m = new LinkedHashMap<>();
        m.put("markdown", ArticleWriter::markdown);
        m.put("markdown-readable", ArticleWriter::markdownReadable);
        m.put("json", ArticleWriter::json);
        m.put("html", ArticleWriter::html);
        return m;
    }

    private static final System.Logger LOG = System.getLogger(WriterRegistry.class.getName());
    /** Stops a class path whose every entry fails from keeping the lookup busy. */
    private static final int MAX_BROKEN_PROVIDERS = 100;

    /**
     * Every available writer by name, user writers over built-ins, sorted by name. A registered
     * writer that cannot be loaded or named (a missing class, a constructor that throws) is skipped
     * with a warning that names it, so one broken jar on the class path leaves the others usable.
     */
    public static Map<String, ArticleWriter> all() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return all(context != null ? context : WriterRegistry.class.getClassLoader());
    }

    /**
     * Every writer available through a class loader (and its parents), as {@link #all()} finds
     * them: the command line's {@code --plugin} jars are on a loader of their own.
     */
    public static Map<String, ArticleWriter> all(ClassLoader loader) {
        Map<String, ArticleWriter> writers = new TreeMap<>();
        BUILT_INS.forEach((name, supplier) -> writers.put(name, supplier.get()));
        Iterator<ArticleWriter> found = ServiceLoader.load(ArticleWriter.class, loader).iterator();
        int broken = 0;
        while (broken < MAX_BROKEN_PROVIDERS) {
            try {
                if (!found.hasNext()) {
                    break;
                }
                ArticleWriter w = found.next();
                writers.put(Objects.requireNonNull(w.format(), "format()"), w);
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                broken++;
                LOG.log(System.Logger.Level.WARNING, "skipped a registered ArticleWriter that could not be loaded: "
                        + e.getMessage(), e);
            }
        }
        return writers;
    }

    /** The writer for a format name, or an error that lists the available ones. */
    public static ArticleWriter forFormat(String name) {
        return forFormat(name, all());
    }

    /** The writer for a format name among writers found by {@link #all(ClassLoader)}, or the same error. */
    public static ArticleWriter forFormat(String name, Map<String, ArticleWriter> writers) {
        ArticleWriter w = writers.get(name);
        if (w == null) {
            throw new ArticleException("no writer for format '" + name + "'; available: "
                    + String.join(", ", writers.keySet()));
        }
        return w;
    }
}
