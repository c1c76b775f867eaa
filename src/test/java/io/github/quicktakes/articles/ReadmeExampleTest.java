package io.github.quicktakes.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first example compiles and runs as written, on an article the project ships. */
class ReadmeExampleTest {

    @Test
    void theReadmeExampleCompilesAndRuns(@TempDir Path dir) throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).isTrue();
        assertThat(readme.substring(0, block.start()).lines().count()).as("the example starts within 25 lines").isLessThan(25);
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : block.group(1).lines().toList()) {
            (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        Path out = dir.resolve("out.md");
        String source = imports + "public class ReadmeExample {\n public static void main(String[] args) throws Exception {\n"
                + body.toString().replace("Path.of(\"out.md\")", "Path.of(args[0])") + " }\n}\n";
        Path file = dir.resolve("ReadmeExample.java");
        Files.writeString(file, source);
        String cp = System.getProperty("java.class.path");
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        assertThat(run(bin.resolve("javac").toString(), "-cp", cp, "-d", dir.toString(), file.toString()))
                .as("javac of\n" + source).isEqualTo("");
        String printed = run(bin.resolve("java").toString(), "-cp", dir + java.io.File.pathSeparator + cp,
                "ReadmeExample", out.toString());
        assertThat(printed).startsWith("Why is the sky blue?").contains("see also");
        // one line changed: the title's
        List<String> before = Files.readAllLines(Path.of("src/sample/learn/physics/why-is-the-sky-blue.md"));
        List<String> after = Files.readAllLines(out);
        assertThat(after).hasSameSizeAs(before);
        int changed = 0;
        for (int i = 0; i < before.size(); i++) {
            changed += before.get(i).equals(after.get(i)) ? 0 : 1;
        }
        assertThat(changed).isEqualTo(1);
    }

    /** Runs a JDK tool from the project folder; returns its output, failing the test on a non-zero exit. */
    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("a hang guard").isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
        return output;
    }
}
