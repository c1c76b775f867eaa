package io.github.quicktakes.articles.internal;

import io.github.quicktakes.articles.ArticleException;
import io.github.quicktakes.articles.ArticleWriter;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /** Every available writer by name, user writers over built-ins, sorted by name. */
    public static Map<String, ArticleWriter> all() {
        Map<String, ArticleWriter> writers = new TreeMap<>();
        BUILT_INS.forEach((name, supplier) -> writers.put(name, supplier.get()));
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            for (ArticleWriter w : ServiceLoader.load(ArticleWriter.class,
                    loader != null ? loader : WriterRegistry.class.getClassLoader())) {
                writers.put(w.format(), w);
            }
        } catch (ServiceConfigurationError e) {
            throw new ArticleException("a registered ArticleWriter could not be loaded: " + e.getMessage(), e);
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
