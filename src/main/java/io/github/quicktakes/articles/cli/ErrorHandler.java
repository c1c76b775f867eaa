package io.github.quicktakes.articles.cli;

import io.github.quicktakes.articles.ArticleException;
import io.github.quicktakes.articles.internal.text.Printable;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * Prints a failure as one clear line (with the file and line where there is one, non-printing
 * characters escaped), and the stack trace only with {@code --verbose}. An I/O failure exits with
 * {@link QuickTakes#IO}, any other with {@link QuickTakes#PROBLEMS}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        Throwable shown = e instanceof UncheckedIOException u ? u.getCause() : e;
        String message;
        if (shown instanceof java.nio.file.FileSystemException fs && fs.getFile() != null) {
            // Its message is often the bare path ("/x/a.md" for a denied read): name the cause too.
            message = fs.getFile() + (fs.getOtherFile() != null ? " -> " + fs.getOtherFile() : "") + ": " + CommonOptions.causeOf(fs);
        } else {
            message = shown instanceof ArticleException || shown instanceof IOException ? shown.getMessage() : shown.toString();
        }
        cmd.getErr().println("quicktakes: " + Printable.escape(message));
        if (parsed.hasMatchedOption("--verbose") || hasVerbose(parsed)) {
            e.printStackTrace(cmd.getErr());
        }
        return shown instanceof IOException ? QuickTakes.IO : QuickTakes.PROBLEMS;
    }

    private static boolean hasVerbose(ParseResult parsed) {
        for (ParseResult sub = parsed; sub != null; sub = sub.subcommand()) {
            if (sub.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
