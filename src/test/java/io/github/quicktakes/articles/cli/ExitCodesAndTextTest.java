package io.github.quicktakes.articles.cli;

import static io.github.quicktakes.articles.cli.HostileTreeTest.article;
import static io.github.quicktakes.articles.cli.ValidateCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.quicktakes.articles.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Exit codes as documented, special files refused before they are read, and output no name can fake. */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ExitCodesAndTextTest {

    @Test
    void aFifoOrADeviceGivenAsTheInputIsRefusedWithTheIoExitCode(@TempDir Path tmp) throws Exception {
        Path fifo = tmp.resolve("pipe.md");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assumeThat(mkfifo.waitFor()).isZero();
        for (String input : List.of(fifo.toString(), "/dev/zero")) {
            for (String[] args : List.of(new String[] {"convert", input, "--to", "html"}, new String[] {"validate", input},
                    new String[] {"convert", input, "--to", "jsonl"})) {
                ValidateCommandTest.Run r = run(args);
                assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(QuickTakes.IO);
                assertThat(r.err()).isEqualTo("quicktakes: " + input + ": not a regular file or folder (a FIFO, socket or device): not read\n");
                assertThat(r.out()).isEmpty();
            }
        }
        assertThat(run("render", "/dev/zero", "--out", tmp.resolve("site").toString()).exit()).isEqualTo(QuickTakes.USAGE);
    }

    @Test
    void anIoFailureNamesTheFileAndTheCauseAndExitsThree(@TempDir Path tmp) throws Exception {
        StringWriter err = new StringWriter();
        CommandLine cmd = QuickTakes.commandLine();
        cmd.setErr(new PrintWriter(err, true));
        int code = new ErrorHandler().handleExecutionException(new AccessDeniedException("/x/a\n.md"), cmd,
                cmd.parseArgs("validate", "x"));
        assertThat(code).isEqualTo(QuickTakes.IO);
        assertThat(err).hasToString("quicktakes: /x/a\\n.md: permission denied\n");

        assumeThat(System.getProperty("user.name")).as("permissions do not stop root").isNotEqualTo("root");
        Path locked = Files.writeString(tmp.resolve("locked.md"), Fixtures.MINIMAL);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        ValidateCommandTest.Run r = run("convert", locked.toString(), "--to", "html");
        assertThat(r.exit()).isEqualTo(QuickTakes.IO);
        assertThat(r.err()).isEqualTo("quicktakes: " + locked + ": permission denied\n");
    }

    @Test
    void helpListsTheExitCodes() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"validate", "--help"}, new String[] {"render", "--help"})) {
            String help = run(args).out();
            assertThat(help).contains("Exit codes:");
            assertThat(help.lines().filter(l -> l.matches(" +[0-3] +\\S.*")).map(l -> l.trim().substring(0, 1)))
                    .containsExactly("0", "1", "2", "3");
        }
    }

    @Test
    void namesAndValuesCannotFakeALine(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in/testing"));
        Files.writeString(dir.resolve("a-small-question.md"), Fixtures.MINIMAL);
        String evilName = "x\nEverything: OK\n1 article checked, 0 problems\n.md";
        Files.writeString(dir.resolve(evilName), Fixtures.MINIMAL.replace("id: 42", "id: [1"));
        Files.writeString(dir.resolve("bidi.md"), article(7, "bidi.md", "\"/learn/testing/questions/\u202Eevil\\nOK\u2028\"")
                .replace("subject: Testing", "subject: \"Fake\\n   99  Subject\""));

        ValidateCommandTest.Run validate = run("validate", tmp.resolve("in").toString());
        assertThat(validate.exit()).isEqualTo(QuickTakes.PROBLEMS);
        List<String> lines = validate.out().lines().toList();
        assertThat(lines.subList(0, lines.size() - 1)).allMatch(l -> l.startsWith("testing/"));
        assertThat(lines.get(lines.size() - 1)).startsWith("3 articles checked, ");
        assertThat(validate.out()).doesNotContain("\u202E", "\u2028")
                .contains("testing/x\\nEverything: OK\\n1 article checked, 0 problems\\n.md:4:5: PARSE_ERROR")
                .contains("\\u202Eevil\\nOK\\u2028");

        ValidateCommandTest.Run stats = run("stats", tmp.resolve("in").toString());
        assertThat(stats.out()).contains("       1  Fake\\n   99  Subject\n").doesNotContain("\n   99  Subject");
        assertThat(stats.err().lines()).singleElement().asString()
                .startsWith("quicktakes: skipped testing/x\\nEverything: OK\\n1 article checked, 0 problems\\n.md:4:5: PARSE_ERROR");

        ValidateCommandTest.Run convert = run("convert", dir.resolve(evilName).toString(), "--to", "html");
        assertThat(convert.exit()).isEqualTo(QuickTakes.PROBLEMS);
        assertThat(convert.err().lines()).hasSize(1);
    }
}
