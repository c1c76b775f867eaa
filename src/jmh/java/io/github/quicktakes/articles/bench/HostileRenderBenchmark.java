package io.github.quicktakes.articles.bench;

import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleParser;
import io.github.quicktakes.articles.ArticleWriter;
import io.github.quicktakes.articles.Fixtures;
import io.github.quicktakes.articles.hostile.HostileAnswers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Renders each hostile answer of {@link HostileAnswers} as a page at n and at 8n characters: a
 * linear renderer takes about 8 times as long for the larger one, a quadratic one 64 times. The
 * ratio per answer is in docs/benchmarks.md; {@code unit} is the answer's index in
 * {@link HostileAnswers#UNITS} (JMH parameters cannot hold its names' characters well).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HostileRenderBenchmark {
    @Param({"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17"})
    public int unit;

    @Param({"65536", "524288"})
    public int chars;

    Article article;

    @Setup
    public void setup() {
        List<String> units = new ArrayList<>(HostileAnswers.UNITS.values());
        String markdown = HostileAnswers.encodedAbout(units.get(unit), chars);
        article = ArticleParser.parse(ArticleParser.parse(Fixtures.MINIMAL).toBuilder().answer(markdown).build().text());
    }

    @Benchmark
    public String renderPage() {
        return ArticleWriter.html().write(article);
    }
}
