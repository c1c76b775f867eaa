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
        Files.createDirectories(dir.resolve("testing"));
        Files.writeString(dir.resolve("testing/a-small-question.md"), Fixtures.MINIMAL);
        Run r = run("validate", dir.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("1 article checked, 0 problems\n");
    }

    @Test
    void problemsAreListedWithFileLineAndColumnAndExitOne(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("testing"));
        Files.writeString(dir.resolve("testing/a-small-question.md"), Fixtures.MINIMAL);
        Files.writeString(dir.resolve("testing/bad.md"), Fixtures.MINIMAL.replace("id: 42", "id: abc"));
        Run r = run("validate", dir.toString());
        assertThat(r.exit()).isEqualTo(QuickTakes.PROBLEMS);
        assertThat(r.out()).isEqualTo("testing/bad.md:3:5: PARSE_ERROR: 'id' must be an integer, found 'abc'\n"
                + "2 articles checked, 1 problem (PARSE_ERROR 1)\n");
        assertThat(r.err()).isEmpty();

        Path single = dir.resolve("lead.md");
        Files.writeString(single, "\n" + Fixtures.MINIMAL);
        Run one = run("validate", "--quiet", single.toString());
        assertThat(one.exit()).isEqualTo(QuickTakes.PROBLEMS);
        assertThat(one.out()).isEqualTo("lead.md:1:1: WARNING: blank line before the opening '---'\n");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("validate").exit()).isEqualTo(QuickTakes.USAGE);
        assertThat(run("validate", "/no/such/place").exit()).isEqualTo(QuickTakes.USAGE);
        assertThat(run("no-such-command").exit()).isEqualTo(QuickTakes.USAGE);
    }
}
