package io.github.quicktakes.articles.cli;

import io.github.quicktakes.articles.ArticleProblem;
import io.github.quicktakes.articles.ArticleRepository;
import io.github.quicktakes.articles.internal.text.Printable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Options every command takes, and the folder loading they share. */
final class CommonOptions {
    @Option(names = {"-q", "--quiet"}, description = "Print only what was asked for and the problems; no progress bar.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print more, and stack traces of unexpected failures.")
    boolean verbose;

    /**
     * Loads a folder as a repository, with a progress bar on a terminal, and reports the files that
     * could not be read on stderr.
     *
     * @return the repository, or null (after an error line) when the path is not a folder
     */
    ArticleRepository openFolder(CommandSpec spec, Path folder, String task) throws IOException {
        if (!Files.isDirectory(folder)) {
            error(spec, "not a folder: " + folder);
            return null;
        }
        ArticleRepository repo;
        try (Progress progress = new Progress(task, quiet)) {
            repo = ArticleRepository.builder(folder).listener(progress).open();
        }
        return repo;
    }

    /**
     * Prints, on stderr, each file the load could not read ({@code quicktakes: skipped <problem>}).
     *
     * @return whether there was any
     */
    static boolean reportSkipped(CommandSpec spec, ArticleRepository repo) {
        List<ArticleProblem> problems = repo.loadProblems();
        problems.forEach(p -> error(spec, "skipped " + p));
        return !problems.isEmpty();
    }

    /**
     * Prints one error line on stderr, its non-printing characters escaped so that a file name
     * cannot fake another line.
     */
    static void error(CommandSpec spec, String message) {
        spec.commandLine().getErr().println("quicktakes: " + Printable.escape(message));
    }

    /** The cause of a failure in a few words, for an error line: the system's reason where there is one. */
    static String causeOf(Throwable e) {
        Throwable t = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
        if (t instanceof java.nio.file.FileSystemException fs) {
            if (fs.getReason() != null) {
                return fs.getReason();
            }
            if (fs instanceof java.nio.file.NoSuchFileException) {
                return "no such file or folder";
            }
            if (fs instanceof java.nio.file.AccessDeniedException) {
                return "permission denied";
            }
        }
        if (t instanceof java.nio.file.InvalidPathException ip) {
            return "not a valid file name here (" + ip.getReason() + ")";
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}
