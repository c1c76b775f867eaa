package io.github.quicktakes.articles.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real articles of ../shared/corpus/learn, in memory. */
final class CorpusTexts {
    static final Path ROOT = Path.of("..", "shared", "corpus", "learn");

    final List<Path> files;
    final String[] texts;
    final String[] frontMatters;
    final long bytes;

    CorpusTexts() {
        if (!Files.isDirectory(ROOT)) {
            throw new IllegalStateException("the benchmarks read real articles from " + ROOT.toAbsolutePath().normalize()
                    + ", which is absent");
        }
        try (Stream<Path> walk = Files.walk(ROOT)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            texts = new String[files.size()];
            frontMatters = new String[files.size()];
            long b = 0;
            for (int i = 0; i < texts.length; i++) {
                byte[] raw = Files.readAllBytes(files.get(i));
                b += raw.length;
                texts[i] = new String(raw, StandardCharsets.UTF_8);
                int start = texts[i].indexOf('\n') + 1;
                frontMatters[i] = texts[i].substring(start, texts[i].indexOf("\n---\n", start - 1) + 1);
            }
            bytes = b;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
