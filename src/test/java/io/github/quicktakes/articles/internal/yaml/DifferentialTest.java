package io.github.quicktakes.articles.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quicktakes.articles.Corpus;
import io.github.quicktakes.articles.ParseLimits;
import io.github.quicktakes.articles.ParseMode;
import io.github.quicktakes.articles.internal.article.ArticleDocument;
import io.github.quicktakes.articles.internal.article.Values;
import io.github.quicktakes.articles.internal.lines.Frame;
import io.github.quicktakes.articles.internal.lines.ParseContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fast reader and the general (SnakeYAML) reader give the same tree for every corpus file. */
class DifferentialTest {

    static ArticleDocument parse(String text, boolean fast) {
        return ArticleDocument.parse(new ParseContext(text, "t", ParseMode.STRICT, ParseLimits.defaults()), fast);
    }

    /** A comparable picture of a tree: every entry's key, span, positions, style and value. */
    static List<String> describe(MapNode map, String prefix) {
        List<String> out = new ArrayList<>();
        for (MapEntry e : map.entries()) {
            String path = prefix + e.key();
            String style = e.value() instanceof ScalarNode sn ? sn.style() + "/" + sn.isPlain() : e.value().getClass().getSimpleName();
            out.add(path + " [" + e.start() + "," + e.end() + ") line " + e.line() + ":" + e.column()
                    + " ci=" + e.contentIndent() + " " + style + " value@" + e.value().line() + ":" + e.value().column());
            if (e.value() instanceof MapNode child) {
                out.addAll(describe(child, path + "."));
            }
        }
        return out;
    }

    @Test
    void fastAndGeneralReadersAgreeOnEveryCorpusFile() throws IOException {
        int fast = 0;
        List<Path> files = Corpus.files();
        for (Path file : files) {
            String text = Files.readString(file);
            ArticleDocument a = parse(text, true);
            ArticleDocument b = parse(text, false);
            if (a.fastPath()) {
                fast++;
            }
            assertThat(describe(a.root(), "")).as(file.toString()).isEqualTo(describe(b.root(), ""));
            assertThat(Values.of(a.root())).as(file.toString()).isEqualTo(Values.of(b.root()));
            assertThat(a.frame()).as(file.toString()).isEqualTo(b.frame());
        }
        System.out.printf("differential: %d of %d corpus files read by the fast reader, all equal to the general reader%n",
                fast, files.size());
        assertThat(fast).isEqualTo(files.size());
    }

    /** Real articles conform, and the fast reader knows it while reading them: the full check never runs. */
    @Test
    void theFastReaderChecksEveryCorpusFileAgainstTheSchema() throws IOException {
        for (Path file : Corpus.files()) {
            String text = Files.readString(file);
            ParseContext ctx = new ParseContext(text, file.toString(), ParseMode.STRICT, ParseLimits.defaults());
            FastFrontMatterReader.Result r = FastFrontMatterReader.read(ctx, Frame.open(ctx));
            assertThat(r).as(file.toString()).isNotNull();
            assertThat(r.schemaChecked()).as(file.toString()).isTrue();
        }
    }
}
