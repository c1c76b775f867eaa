package io.github.quicktakes.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The sample articles the project ships (the README's demo input) are well formed and varied. */
class SampleContentTest {

    static final Path SAMPLE = Path.of("src", "sample", "learn");

    static List<Article> samples() throws IOException {
        try (Stream<Path> files = Files.walk(SAMPLE)) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().map(p -> {
                try {
                    return ArticleParser.parse(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void everySampleIsStrictlyValidAndRoundTrips() throws IOException {
        List<Article> articles = samples();
        assertThat(articles).hasSizeGreaterThanOrEqualTo(30);
        for (Article a : articles) {
            assertThat(a.warnings()).isEmpty();
            assertThat(ArticleWriter.markdown().write(a)).isEqualTo(Files.readString(Path.of(a.sourceName())));
            Path file = Path.of(a.sourceName());
            assertThat(a.fileName()).isEqualTo(file.getFileName().toString());
            assertThat(a.url()).isEqualTo("/learn/" + file.getParent().getFileName() + "/questions/"
                    + a.fileName().replace(".md", ""));
            assertThat(a.seo().title()).isEqualTo("QuickTakes | " + a.subject());
        }
    }

    @Test
    void samplesCoverSubjectsMathTablesCodeAndLinkProblems() throws IOException {
        List<Article> articles = samples();
        Set<String> subjects = articles.stream().map(Article::subject).collect(Collectors.toSet());
        assertThat(subjects).hasSizeGreaterThanOrEqualTo(4);
        assertThat(articles.stream().filter(a -> a.answer().contains("$$"))).hasSizeGreaterThanOrEqualTo(8);
        assertThat(articles.stream().filter(a -> a.answer().contains("\n|---|"))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(articles.stream().filter(a -> a.answer().contains("\n```"))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(articles.stream().filter(Article::noIndex)).hasSize(1);
        Set<String> urls = articles.stream().map(Article::url).collect(Collectors.toSet());
        assertThat(articles.stream().flatMap(a -> a.related().stream()).filter(r -> !urls.contains(r.url())))
                .as("one deliberately broken link").hasSize(1);
        assertThat(articles).anyMatch(a -> a.related().stream().map(RelatedArticle::url).distinct().count() < a.related().size());
    }
}
