package io.github.quicktakes.articles.bench;

import io.github.quicktakes.articles.ArticleParser;
import io.github.quicktakes.articles.ArticleRepository;
import io.github.quicktakes.articles.ParseLimits;
import io.github.quicktakes.articles.ValidationReport;
import io.github.quicktakes.articles.internal.repository.FolderCheck;
import io.github.quicktakes.articles.internal.repository.FolderFacts;
import io.github.quicktakes.articles.internal.repository.MarkdownTree;
import io.github.quicktakes.articles.internal.text.Utf8;
import io.github.quicktakes.articles.internal.yaml.FactReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The time of each phase of {@code validate} on a folder, in a fresh JVM (the command line's case,
 * not a warmed-up benchmark): start-up (JVM to main), walk, read, facts from the bytes, decode and
 * parse (the path of files the fast path leaves to the parser), checks, report text.
 * Each phase after the walk runs on its own, one thread, so the figures add up to the work done, not
 * to the wall time of the parallel command.
 *
 * <p>{@code java -cp target/test-classes:target/classes:$(cat /tmp/perf-cp.txt)
 * io.github.quicktakes.articles.bench.ValidatePhases target/site-35915}
 */
public final class ValidatePhases {
    private ValidatePhases() {}

    /**
     * Runs the phases and prints their times.
     *
     * @param args the folder
     * @throws IOException if the folder cannot be read
     */
    public static void main(String[] args) throws IOException {
        System.out.printf("start-up (JVM start to main): %d ms%n", java.time.Duration.between(ProcessHandle.current().info().startInstant().orElseThrow(), java.time.Instant.now()).toMillis());
        Path root = Path.of(args[0]);
        long t = System.nanoTime();
        List<MarkdownTree.Found> files = MarkdownTree.find(root, 4);
        t = lap("walk (4 threads)", t);
        byte[][] bytes = new byte[files.size()][];
        long total = 0;
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = Files.readAllBytes(files.get(i).path());
            total += bytes[i].length;
        }
        t = lap("read (" + total / 1_000_000 + " MB, 1 thread)", t);
        // What validate does with most files now: the facts straight from the bytes, no text, no tree.
        int taken = 0;
        for (byte[] b : bytes) {
            taken += FactReader.read(b, b.length, ParseLimits.defaults()) != null ? 1 : 0;
        }
        t = lap("facts from bytes (FactReader, 1 thread, cold; " + taken + " files taken)", t);
        for (byte[] b : bytes) {
            FactReader.read(b, b.length, ParseLimits.defaults());
        }
        t = lap("facts from bytes again (1 thread, warmer)", t);
        String[] texts = new String[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            texts[i] = Utf8.decode(bytes[i], "x");
        }
        t = lap("decode UTF-8 (1 thread)", t);
        ArticleParser parser = ArticleParser.builder().lenient().build();
        for (String s : texts) {
            parser.parseText(s, "x").related();
        }
        t = lap("parse (1 thread, cold)", t);
        for (String s : texts) {
            parser.parseText(s, "x").related();
        }
        lap("parse again (1 thread, warmer)", t);
        long w = System.nanoTime();
        FolderFacts facts = FolderFacts.read(root, parser, 4);
        t = lap("walk+read+facts, 4 threads (FolderFacts, as validate)", w);
        ValidationReport report = FolderCheck.check(facts);
        t = lap("checks (FolderCheck)", t);
        StringBuilder sb = new StringBuilder();
        report.problems().forEach(p -> sb.append(p).append('\n'));
        t = lap("report text (" + report.problems().size() + " problems, " + sb.length() / 1_000_000 + " MB)", t);
        // The path validate took before, in the same (now warmer) JVM: the repository keeps every
        // file's bytes and its validate() parses every article again.
        ArticleRepository repo = ArticleRepository.open(root);
        t = lap("before: ArticleRepository.open (8 threads, warm)", t);
        repo.validate();
        lap("before: ArticleRepository.validate() (one thread, warm)", t);
    }

    private static long lap(String what, long since) {
        long now = System.nanoTime();
        System.out.printf("%s: %d ms%n", what, (now - since) / 1_000_000);
        return now;
    }
}
