package io.github.quicktakes.articles.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleParser;
import io.github.quicktakes.articles.ParseLimits;
import io.github.quicktakes.articles.ParseMode;
import io.github.quicktakes.articles.internal.article.ArticleDocument;
import io.github.quicktakes.articles.internal.lines.ParseContext;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parsing every corpus article: ours beside Jackson YAML (the front matter only, as a tree and
 * bound to a POJO). Each operation is one article (the whole corpus per invocation), so the score
 * is microseconds per article; MB/s = average article bytes / score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParseBenchmark {
    static final int N = 5000;

    CorpusTexts corpus;
    ObjectMapper yaml;
    ArticleParser parser;

    @Setup
    public void setup() {
        corpus = new CorpusTexts();
        if (corpus.texts.length != N) {
            throw new IllegalStateException("expected " + N + " corpus articles, found " + corpus.texts.length);
        }
        yaml = new ObjectMapper(new YAMLFactory());
        parser = ArticleParser.defaultParser();
        System.out.printf("%n[corpus] %d articles, %d bytes, %.0f bytes per article%n", N, corpus.bytes, corpus.bytes / (double) N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void quicktakesParse(Blackhole bh) {
        for (String t : corpus.texts) {
            bh.consume(parser.parseText(t));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void quicktakesParseAndReadValues(Blackhole bh) {
        for (String t : corpus.texts) {
            Article a = parser.parseText(t);
            bh.consume(a.title());
            bh.consume(a.answer());
            bh.consume(a.related());
            bh.consume(a.date());
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void quicktakesGeneralReader(Blackhole bh) {
        for (String t : corpus.texts) {
            bh.consume(ArticleDocument.parse(new ParseContext(t, null, ParseMode.STRICT, ParseLimits.defaults()), false));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void jacksonReadTree(Blackhole bh) throws IOException {
        for (String fm : corpus.frontMatters) {
            bh.consume(yaml.readTree(fm));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void jacksonPojo(Blackhole bh) throws IOException {
        for (String fm : corpus.frontMatters) {
            bh.consume(yaml.readValue(fm, ArticlePojo.class));
        }
    }
}
