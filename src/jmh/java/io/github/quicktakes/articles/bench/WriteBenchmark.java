package io.github.quicktakes.articles.bench;

import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleParser;
import io.github.quicktakes.articles.ArticleWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
 * Writing articles back: unedited (the stored text, written out), one field edited (the edit
 * itself), and an already edited article written out. Scores are microseconds per article.
 * {@code writeUneditedUtf8} also encodes the text to UTF-8 bytes, as saving a file does (the disk
 * left out), since the other write benchmarks only hand the stored text to a {@link Writer}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WriteBenchmark {
    static final int N = ParseBenchmark.N;

    Article[] articles;
    Article[] edited;
    /** Written to, like a file, so the writer's output is really produced (not a shared String). */
    CountingWriter sink;
    /** Encodes to UTF-8 into a stream that counts the bytes and drops them. */
    Writer utf8Sink;
    CountingStream utf8Bytes;

    @Setup
    public void setup() {
        CorpusTexts corpus = new CorpusTexts();
        articles = new Article[N];
        edited = new Article[N];
        for (int i = 0; i < N; i++) {
            articles[i] = ArticleParser.parse(corpus.texts[i]);
            edited[i] = articles[i].with("title", "An edited title " + i);
        }
        sink = new CountingWriter();
        utf8Bytes = new CountingStream();
        utf8Sink = new OutputStreamWriter(utf8Bytes, StandardCharsets.UTF_8);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long writeUnedited() throws IOException {
        for (Article a : articles) {
            ArticleWriter.markdown().write(a, sink);
        }
        return sink.count;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long writeUneditedUtf8() throws IOException {
        for (Article a : articles) {
            ArticleWriter.markdown().write(a, utf8Sink);
            utf8Sink.flush();
        }
        return utf8Bytes.count;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void editOneField(Blackhole bh) {
        for (int i = 0; i < N; i++) {
            bh.consume(articles[i].with("title", "Another title"));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long writeEdited() throws IOException {
        for (Article a : edited) {
            ArticleWriter.markdown().write(a, sink);
        }
        return sink.count;
    }

    /** Copies what it is given into a reused buffer, as a buffered file writer would. */
    static final class CountingWriter extends Writer {
        final char[] buffer = new char[1 << 16];
        long count;

        @Override
        public void write(char[] cbuf, int off, int len) {
            count += len;
        }

        @Override
        public Writer append(CharSequence csq) {
            String s = csq.toString();
            for (int i = 0; i < s.length(); i += buffer.length) {
                int n = Math.min(buffer.length, s.length() - i);
                s.getChars(i, i + n, buffer, 0);
            }
            count += s.length();
            return this;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    /** Counts the bytes written to it and drops them. */
    static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
