package io.github.quicktakes.articles.cli;

import io.github.quicktakes.articles.ArticleRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
            spec.commandLine().getErr().println("quicktakes: not a folder: " + folder);
            return null;
        }
        ArticleRepository repo;
        try (Progress progress = new Progress(task, quiet)) {
            repo = ArticleRepository.builder(folder).listener(progress).open();
        }
        return repo;
    }
}
