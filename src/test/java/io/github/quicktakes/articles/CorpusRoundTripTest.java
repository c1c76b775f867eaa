package io.github.quicktakes.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every real article parses, and written back unedited gives the same bytes. */
class CorpusRoundTripTest {

    @Test
    void everyCorpusArticleParsesAndIsWrittenBackByteForByte() throws IOException {
        List<Path> files = Corpus.files();
        List<String> failures = new ArrayList<>();
        int identical = 0;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            try {
                Article article = ArticleParser.parse(file);
                byte[] written = ArticleWriter.markdown().write(article).getBytes(StandardCharsets.UTF_8);
                if (java.util.Arrays.equals(bytes, written)) {
                    identical++;
                } else {
                    failures.add(file + ": written bytes differ");
                }
                // Touch every typed accessor: a real article has all of them.
                assertThat(article.id()).isNotNull();
                assertThat(article.date()).isNotNull();
                assertThat(article.title()).isNotEmpty();
                assertThat(article.seo().title()).startsWith("QuickTakes | ");
                assertThat(article.answer()).isNotEmpty();
                assertThat(article.url()).startsWith("/learn/");
                assertThat(article.related()).hasSizeLessThanOrEqualTo(5);
            } catch (ArticleException e) {
                failures.add(e.getMessage());
            }
        }
        System.out.printf("corpus: %d of %d articles parsed and written back byte-identical%n", identical, files.size());
        assertThat(failures).isEmpty();
        assertThat(identical).isEqualTo(files.size());
    }
}
