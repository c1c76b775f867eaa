package io.github.quicktakes.articles.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code quicktakes} command line: check, convert and publish folders of articles. Shipped as
 * {@code target/quicktakes.jar}; not part of the library's API.
 */
@Command(
        name = "quicktakes",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Read, check, convert and publish QuickTakes articles.",
        subcommands = {ValidateCommand.class, ConvertCommand.class, RenderCommand.class, StatsCommand.class,
            FixLinksCommand.class})
public final class QuickTakes {

    /** Exit code of a run that found no problem. */
    public static final int OK = 0;
    /** Exit code of a run that found problems in the articles. */
    public static final int PROBLEMS = 1;
    /** Exit code of a wrong command line. */
    public static final int USAGE = 2;

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line, ready to execute: also what tests run in-process.
     *
     * @return a new command line
     */
    public static CommandLine commandLine() {
        return new CommandLine(new QuickTakes())
                .setExitCodeExceptionMapper(e -> USAGE)
                .setExecutionExceptionHandler(new ErrorHandler());
    }
}
