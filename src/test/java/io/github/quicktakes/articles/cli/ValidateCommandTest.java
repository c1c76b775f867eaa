package io.github.quicktakes.articles.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quicktakes.articles.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCommandTest {

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = QuickTakes.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int exit = cmd.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void cleanFolderExitsZero(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.md"), Fixtures.MINIMAL);
        Run r = run("validate", dir.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("1 article checked, 0 problems");
    }

    @Test
    void problemsAreListedWithFileLineAndColumnAndExitOne(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("good.md"), Fixtures.MINIMAL);
        Path bad = dir.resolve("sub").resolve("bad.md");
        Files.createDirectories(bad.getParent());
        Files.writeString(bad, Fixtures.MINIMAL.replace("id: 42", "id: abc"));
        Path warn = dir.resolve("warn.md");
        Files.writeString(warn, "\n" + Fixtures.MINIMAL);

        Run r = run("validate", dir.toString());
        assertThat(r.exit()).isEqualTo(QuickTakes.PROBLEMS);
        assertThat(r.out()).contains(bad + ":3:5: 'id' must be an integer, found 'abc'")
                .contains(warn + ":1:1: blank line before the opening '---'")
                .contains("3 articles checked, 2 problems");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("validate").exit()).isEqualTo(QuickTakes.USAGE);
        assertThat(run("validate", "/no/such/place").exit()).isEqualTo(QuickTakes.USAGE);
        assertThat(run("no-such-command").exit()).isEqualTo(QuickTakes.USAGE);
    }
}
