package io.github.quicktakes.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriterRegistryTest {

    @Test
    void builtInsAndRegisteredWritersAreFoundByName() {
        assertThat(ArticleWriter.formats()).contains("markdown", "markdown-readable", "json", "plain-text");
        assertThat(ArticleWriter.forFormat("markdown")).isSameAs(ArticleWriter.markdown());
        assertThat(ArticleWriter.forFormat("json").mediaType()).isEqualTo("application/json");
    }

    @Test
    void unknownFormatListsTheAvailableOnes() {
        assertThatThrownBy(() -> ArticleWriter.forFormat("docx"))
                .isInstanceOf(ArticleException.class)
                .hasMessageContaining("no writer for format 'docx'")
                .hasMessageContaining("json, markdown, markdown-readable, plain-text");
    }

    /** The example of docs/extending.md, registered in src/test/resources/META-INF/services. */
    @Test
    void theDocumentedCustomRendererRunsThroughForFormat() {
        Article article = ArticleParser.parse(Fixtures.text("physics-ice.md"));
        String text = ArticleWriter.forFormat("plain-text").write(article);
        assertThat(text).startsWith("Why does ice float on water?\n============================\n\n")
                .contains("Ice floats because it is **less dense** than liquid water.\n\n### The lattice")
                .endsWith("\nSee also: What is buoyancy?\nSee also: How do hydrogen bonds work?\n");
    }

    @Test
    void theDocumentationShowsTheTestedExampleVerbatim() throws IOException {
        String doc = Files.readString(Path.of("docs", "extending.md"));
        String source = Files.readString(Path.of("src", "test", "java", "io", "github", "quicktakes", "articles",
                "example", "PlainTextArticleWriter.java"));
        assertThat(doc).contains(source.strip());
        assertThat(doc).contains(Files.readString(Path.of("src", "test", "resources", "META-INF", "services",
                "io.github.quicktakes.articles.ArticleWriter")).strip());
    }

    @Test
    void aUsersWriterWinsOverTheBuiltInOfTheSameName(@TempDir Path dir) throws Exception {
        Path services = dir.resolve("META-INF/services/io.github.quicktakes.articles.ArticleWriter");
        Files.createDirectories(services.getParent());
        Files.writeString(services, JsonLookalike.class.getName() + "\n");
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, previous)) {
            Thread.currentThread().setContextClassLoader(loader);
            assertThat(ArticleWriter.forFormat("json")).isInstanceOf(JsonLookalike.class);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        assertThat(ArticleWriter.forFormat("json")).isSameAs(ArticleWriter.json());
    }

    /** A user's writer that takes the built-in JSON writer's name. */
    public static final class JsonLookalike implements ArticleWriter {
        @Override
        public String format() {
            return "json";
        }

        @Override
        public String mediaType() {
            return "application/json";
        }

        @Override
        public String fileExtension() {
            return "json";
        }

        @Override
        public void write(Article article, Appendable out) throws IOException {
            out.append("{\"id\":").append(Long.toString(article.id())).append('}');
        }
    }
}
