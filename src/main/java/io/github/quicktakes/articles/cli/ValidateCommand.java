package io.github.quicktakes.articles.cli;

import io.github.quicktakes.articles.ArticleParseException;
import io.github.quicktakes.articles.ArticleParser;
import io.github.quicktakes.articles.ArticleProblem;
import io.github.quicktakes.articles.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate <path>}: the repository's validation report for a folder, or the checks of one file. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a folder of articles (or one file): parse errors, warnings, duplicate ids and urls, "
                + "file names and urls that do not match, and link problems. Exit 0 when clean, 1 when problems "
                + "were found, 2 for usage errors.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Parameters(index = "0", paramLabel = "<path>", description = "A folder of articles, or one article file.")
    private Path path;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    enum Format { text, json }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.exists(path)) {
            spec.commandLine().getErr().println("quicktakes: no such file or folder: " + path);
            return QuickTakes.USAGE;
        }
        ValidationReport report;
        if (Files.isDirectory(path)) {
            report = common.openFolder(spec, path, "validate").validate();
        } else {
            report = validateFile(path);
        }
        if (format == Format.json) {
            out.println(report.toJson());
        } else if (common.quiet) {
            report.problems().forEach(out::println);
        } else {
            out.print(report.toText());
        }
        out.flush();
        return report.hasProblems() ? QuickTakes.PROBLEMS : QuickTakes.OK;
    }

    /** One file: parse errors and warnings (link checks need the folder). */
    private static ValidationReport validateFile(Path file) throws IOException {
        List<ArticleProblem> problems = new ArrayList<>();
        Path name = file.getFileName();
        try {
            ArticleParser.builder().lenient().build().read(file).warnings().forEach(w -> problems.add(
                    new ArticleProblem(ArticleProblem.Kind.WARNING, name, w.line(), w.column(), w.message())));
        } catch (ArticleParseException e) {
            problems.add(new ArticleProblem(ArticleProblem.Kind.PARSE_ERROR, name, e.line(), e.column(), e.reason()));
        }
        return new ValidationReport(1, problems);
    }
}
