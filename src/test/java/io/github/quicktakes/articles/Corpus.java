package io.github.quicktakes.articles;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real articles in {@code ../shared/corpus/learn}, for tests that need real data. Tests that
 * use it are skipped, with a message saying why, where the folder is absent.
 */
public final class Corpus {
    /** The corpus folder, relative to the project root (the tests' working directory). */
    public static final Path ROOT = Path.of("..", "shared", "corpus", "learn");

    private static List<Path> files;

    private Corpus() {}

    /**
     * Skips the calling test unless the corpus is present; under {@code CI=true}, where the corpus
     * is always laid beside the project, fails instead, so that a missing corpus cannot pass CI
     * with its tests silently skipped.
     */
    public static void assumePresent() {
        String where = ROOT.toAbsolutePath().normalize().toString();
        if (!Files.isDirectory(ROOT) && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("real article corpus not found at " + where + " and CI=true: the corpus tests must run in CI");
        }
        assumeTrue(Files.isDirectory(ROOT), "real article corpus not found at " + where + ": test skipped");
    }

    /** Every article file of the corpus, sorted; skips the calling test where it is absent. */
    public static synchronized List<Path> files() {
        assumePresent();
        if (files == null) {
            try (Stream<Path> walk = Files.walk(ROOT)) {
                files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
