package io.github.quicktakes.articles.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code quicktakes} command line: check, convert and publish folders of articles. Shipped as
 * {@code target/quicktakes.jar}; not part of the library's API.
 */
@Command(
        name = "quicktakes",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Read, check, convert and publish QuickTakes articles.")
public final class QuickTakes {

    /** Exit code of a run that found no problem. */
    public static final int OK = 0;
    /** Exit code of a run that found problems in the articles. */
    public static final int PROBLEMS = 1;
    /** Exit code of a wrong command line, or of paths that may not be used (output inside input...). */
    public static final int USAGE = 2;
    /** Exit code of a failure to read or write a file (a FIFO given as input, a full disk...). */
    public static final int IO = 3;

    /** The commands, by name, in the order {@code --help} lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("validate", ValidateCommand::new);
        commands.put("convert", ConvertCommand::new);
        commands.put("render", RenderCommand::new);
        commands.put("stats", StatsCommand::new);
        commands.put("fix-links", FixLinksCommand::new);
        commands.put("serve", ServeCommand::new);
        return Collections.unmodifiableMap(commands);
    }

    /** The exit codes, shown by every command's {@code --help}. */
    private static final Map<String, String> EXIT_CODES = exitCodes();

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(commandLine(args.length > 0 ? args[0] : "").execute(args));
    }

    /**
     * The command line, ready to execute: also what tests run in-process.
     *
     * @return a new command line
     */
    public static CommandLine commandLine() {
        return commandLine("");
    }

    /**
     * The command line for arguments starting with {@code first}: where that names a command, only
     * that command is built (picocli reads each command's annotations when it is added, a tenth of
     * a short run's start-up for all six); otherwise all of them, for the list {@code --help} shows
     * and the suggestions an unknown command gets.
     */
    static CommandLine commandLine(String first) {
        CommandLine cmd = new CommandLine(new QuickTakes())
                .setExitCodeExceptionMapper(e -> USAGE)
                .setExecutionExceptionHandler(new ErrorHandler());
        Supplier<Object> only = COMMANDS.get(first);
        if (only != null) {
            cmd.addSubcommand(only.get());
        } else {
            COMMANDS.values().forEach(command -> cmd.addSubcommand(command.get()));
        }
        listExitCodes(cmd);
        return cmd;
    }

    private static void listExitCodes(CommandLine cmd) {
        cmd.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(EXIT_CODES);
        cmd.getSubcommands().values().forEach(QuickTakes::listExitCodes);
    }

    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(" " + OK, "done, no problem found");
        codes.put(" " + PROBLEMS, "problems found in the articles (each listed with its file), or an article could not be "
                + "converted or rendered; the others were processed");
        codes.put(" " + USAGE, "usage error: wrong options, no such input, an output folder that is, holds or is inside "
                + "the input, or a non-empty folder render did not write");
        codes.put(" " + IO, "a file could not be read or written (an input that is a FIFO or a device, a full disk...)");
        return Collections.unmodifiableMap(codes);
    }
}
