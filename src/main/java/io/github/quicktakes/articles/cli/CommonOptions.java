package io.github.quicktakes.articles.cli;

import picocli.CommandLine.Option;

/** Options every command takes. */
final class CommonOptions {
    @Option(names = {"-q", "--quiet"}, description = "Print only what was asked for and the problems; no progress bar.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print more, and stack traces of unexpected failures.")
    boolean verbose;
}
