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
        Map<String, ArticleWriter> writers = new TreeMap<>();
        BUILT_INS.forEach((name, supplier) -> writers.put(name, supplier.get()));
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Iterator<ArticleWriter> found = ServiceLoader.load(ArticleWriter.class,
                loader != null ? loader : WriterRegistry.class.getClassLoader()).iterator();
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
        Map<String, ArticleWriter> writers = all();
        ArticleWriter w = writers.get(name);
        if (w == null) {
            throw new ArticleException("no writer for format '" + name + "'; available: "
                    + String.join(", ", writers.keySet()));
        }
        return w;
    }
}
