package io.github.quicktakes.articles.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code convert --plugin}: a writer's jar that is not on the class path (as with {@code java -jar},
 * which ignores {@code -cp}) is found through the option, as a jar or in a plugins folder.
 */
class PluginTest {
    private static final String SAMPLE = "src/sample/learn/physics/why-is-the-sky-blue.md";

    @TempDir
    static Path dir;
    private static Path shoutJar;
    private static Path jsonJar;

    @BeforeAll
    static void buildPluginJars() throws IOException, InterruptedException {
        shoutJar = pluginJar("shout", "ShoutWriter", "shout", "out.append(article.title().toUpperCase()).append('\\n');");
        jsonJar = pluginJar("json", "MyJsonWriter", "json", "out.append(\"{\\\"mine\\\": true}\\n\");");
    }

    @Test
    void aWriterInAPluginJarIsUsedByConvert() {
        ValidateCommandTest.Run r = ValidateCommandTest.run("convert", SAMPLE, "--plugin", shoutJar.toString(), "--to", "shout");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("WHY IS THE SKY BLUE?\n");
    }

    @Test
    void aFolderIsAPluginsFolderOfJars() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Files.copy(shoutJar, plugins.resolve("shout.jar"));
        Files.writeString(plugins.resolve("README.txt"), "not a jar: not used");
        ValidateCommandTest.Run r = ValidateCommandTest.run("convert", SAMPLE, "--plugin", plugins.toString(), "--to", "shout");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("WHY IS THE SKY BLUE?\n");
    }

    @Test
    void withoutThePluginItsFormatIsUnknown() {
        ValidateCommandTest.Run r = ValidateCommandTest.run("convert", SAMPLE, "--to", "shout");
        assertThat(r.exit()).isEqualTo(QuickTakes.USAGE);
        assertThat(r.err()).contains("unknown format 'shout'");
    }

    @Test
    void anUnknownFormatListsThePluginsFormatsToo() {
        ValidateCommandTest.Run r = ValidateCommandTest.run("convert", SAMPLE, "--plugin", shoutJar.toString(), "--to", "nope");
        assertThat(r.exit()).isEqualTo(QuickTakes.USAGE);
        assertThat(r.err()).contains("unknown format 'nope'").contains("shout").contains("jsonl");
    }

    @Test
    void aPluginWriterWinsOverTheBuiltInOfTheSameName() {
        ValidateCommandTest.Run r = ValidateCommandTest.run("convert", SAMPLE, "--plugin", jsonJar.toString(), "--to", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("{\"mine\": true}\n");
    }

    @Test
    void aMissingPathOrAFileThatIsNotAJarIsAUsageError() throws IOException {
        ValidateCommandTest.Run missing = ValidateCommandTest.run("convert", SAMPLE, "--plugin",
                dir.resolve("nothing.jar").toString(), "--to", "shout");
        assertThat(missing.exit()).isEqualTo(QuickTakes.USAGE);
        assertThat(missing.err()).contains("no such jar or folder");
        Path text = Files.writeString(dir.resolve("fake.jar"), "plain text");
        ValidateCommandTest.Run notAJar = ValidateCommandTest.run("convert", SAMPLE, "--plugin", text.toString(), "--to", "shout");
        assertThat(notAJar.exit()).isEqualTo(QuickTakes.USAGE);
        assertThat(notAJar.err()).contains("not a jar file");
        assertThat(notAJar.out()).isEmpty();
    }

    /** Compiles one writer against the library and packs it, registered, into a jar of its own. */
    private static Path pluginJar(String name, String className, String format, String writeBody)
            throws IOException, InterruptedException {
        Path src = Files.createDirectories(dir.resolve(name + "-src/plugin"));
        Path classes = Files.createDirectories(dir.resolve(name + "-classes"));
        Files.writeString(src.resolve(className + ".java"), "package plugin;\n"
                + "import io.github.quicktakes.articles.Article;\n"
                + "public final class " + className + " implements io.github.quicktakes.articles.ArticleWriter {\n"
                + "  public String format() { return \"" + format + "\"; }\n"
                + "  public String mediaType() { return \"text/plain; charset=UTF-8\"; }\n"
                + "  public String fileExtension() { return \"txt\"; }\n"
                + "  public void write(Article article, Appendable out) throws java.io.IOException { " + writeBody + " }\n"
                + "}\n");
        Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
        Process p = new ProcessBuilder(javac.toString(), "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                src.resolve(className + ".java").toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("a hang guard").isTrue();
        assertThat(p.exitValue()).as("javac of the plug-in: " + output).isZero();
        Path jar = dir.resolve(name + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                put(out, classes.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
            put(out, "META-INF/services/io.github.quicktakes.articles.ArticleWriter",
                    ("plugin." + className + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream entry = out;
        entry.write(bytes);
        out.closeEntry();
    }
}
