package io.github.quicktakes.articles.bench;

import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleParser;
import io.github.quicktakes.articles.ArticleWriter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
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
 * Our full HTML page beside commonmark-java rendering the decoded answer alone: with GFM tables only,
 * and with the four GFM extensions the page uses (tables, strikethrough, autolinks, task lists).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HtmlBenchmark {
    static final int N = 1000;

    Article[] articles;
    String[] answers;
    Parser commonmark;
    HtmlRenderer renderer;
    Parser commonmarkGfm;
    HtmlRenderer rendererGfm;

    @Setup
    public void setup() {
        CorpusTexts corpus = new CorpusTexts();
        articles = new Article[N];
        answers = new String[N];
        for (int i = 0; i < N; i++) {
            articles[i] = ArticleParser.parse(corpus.texts[i * (corpus.texts.length / N)]);
            answers[i] = articles[i].answer();
        }
        List<Extension> ext = List.of(TablesExtension.create());
        commonmark = Parser.builder().extensions(ext).build();
        renderer = HtmlRenderer.builder().extensions(ext).build();
        List<Extension> gfm = List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), TaskListItemsExtension.create());
        commonmarkGfm = Parser.builder().extensions(gfm).build();
        rendererGfm = HtmlRenderer.builder().extensions(gfm).build();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void quicktakesHtmlPage(Blackhole bh) {
        for (Article a : articles) {
            bh.consume(ArticleWriter.html().write(a));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void commonmarkAnswerOnly(Blackhole bh) {
        for (String md : answers) {
            bh.consume(renderer.render(commonmark.parse(md)));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void commonmarkGfmAnswerOnly(Blackhole bh) {
        for (String md : answers) {
            bh.consume(rendererGfm.render(commonmarkGfm.parse(md)));
        }
    }
}
