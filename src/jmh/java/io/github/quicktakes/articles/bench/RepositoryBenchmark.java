package io.github.quicktakes.articles.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.quicktakes.articles.ArticleRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Opening a folder of N articles (the corpus, or a tree scaled up by copying corpus files under new
 * names) beside a naive sequential loop that reads each file and parses its front matter with
 * Jackson. Scores are milliseconds per load; the heap a load keeps is printed after each
 * iteration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RepositoryBenchmark {

    @Param({"5000"})
    public int articles;

    Path root;
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    Object kept;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        CorpusTexts corpus = new CorpusTexts();
        if (articles == corpus.files.size()) {
            root = CorpusTexts.ROOT;
            return;
        }
        root = Path.of("target", "bench-tree-" + articles);
        if (!Files.isDirectory(root)) {
            for (int i = 0; i < articles; i++) {
                Path src = corpus.files.get(i % corpus.files.size());
                Path dst = root.resolve(src.getParent().getFileName().toString()).resolve("c" + i + "-" + src.getFileName());
                Files.createDirectories(dst.getParent());
                Files.write(dst, corpus.texts[i % corpus.texts.length].getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @TearDown(Level.Iteration)
    public void heap() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long used = rt.totalMemory() - rt.freeMemory();
        System.out.printf("%n[heap] %.1f MB in use holding the last load%n", used / 1e6);
        kept = null;
    }

    @Benchmark
    public Object quicktakesOpen() throws IOException {
        kept = ArticleRepository.open(root);
        return kept;
    }

    @Benchmark
    public Object naiveSequentialJacksonLoop() throws IOException {
        List<Object> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".md")).toList()) {
                String text = Files.readString(p);
                int start = text.indexOf('\n') + 1;
                out.add(yaml.readTree(text.substring(start, text.indexOf("\n---\n", start - 1) + 1)));
            }
        }
        kept = out;
        return out;
    }
}
