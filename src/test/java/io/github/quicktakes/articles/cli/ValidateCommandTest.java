package io.github.quicktakes.articles.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quicktakes.articles.ArticleRepository;
import io.github.quicktakes.articles.Fixtures;
import io.github.quicktakes.articles.ValidationReport;
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

    /** Thousands of problems: the lines are made in blocks on several threads and must come out in order. */
    @Test
    void aLongReportIsTheRepositorysInOrder(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("testing"));
        for (int i = 0; i < 1500; i++) {
            String stem = String.format("question-%04d", i);
            // Each article names two that are not there, and one in ten has a bad id.
            String article = Fixtures.MINIMAL.replace("id: 42", i % 10 == 0 ? "id: x" + i : "id: " + i)
                    .replace("a-small-question", stem)
                    .replace("\n---\n\n", "\n" + brokenLink(1, i) + brokenLink(2, i) + "---\n\n");
            Files.writeString(dir.resolve("testing/" + stem + ".md"), article);
        }
        ValidationReport expected = ArticleRepository.open(dir).validate();
        assertThat(expected.problems()).hasSizeGreaterThan(2 * 1024); // three blocks of lines at least

        Run text = run("validate", dir.toString());
        assertThat(text.exit()).isEqualTo(QuickTakes.PROBLEMS);
        assertThat(text.out()).isEqualTo(expected.toText());

        Run quiet = run("validate", "--quiet", dir.toString());
        StringBuilder lines = new StringBuilder();
        expected.problems().forEach(p -> lines.append(p).append(System.lineSeparator()));
        assertThat(quiet.out()).isEqualTo(lines.toString());
    }

    private static String brokenLink(int slot, int i) {
        return "related_article" + slot + ":\n    id: 999999\n    title: Gone\n    subject: Testing\n"
                + "    url: /learn/testing/questions/missing-" + slot + "-" + i + "\n";
    }
}
