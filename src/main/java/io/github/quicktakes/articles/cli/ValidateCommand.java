package io.github.quicktakes.articles.cli;

import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleParseException;
import io.github.quicktakes.articles.ArticleParser;
import io.github.quicktakes.articles.ArticleProblem;
import io.github.quicktakes.articles.ValidationReport;
import io.github.quicktakes.articles.internal.repository.FolderCheck;
import io.github.quicktakes.articles.internal.repository.FolderFacts;
import io.github.quicktakes.articles.internal.repository.PagePaths;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
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
                + "file names and urls that do not match, files that cannot be read, urls that cannot be pages "
                + "of the site, names too long to write, and link problems: everything that would make render "
                + "or convert skip an article.")
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
        ValidationReport report;
        switch (PathChecks.inputType(path)) {
            case MISSING -> {
                CommonOptions.error(spec, "no such file or folder: " + path);
                return QuickTakes.USAGE;
            }
            case SPECIAL -> {
                CommonOptions.error(spec, path + ": not a regular file or folder (a FIFO, socket or device): not read");
                return QuickTakes.IO;
            }
            case FOLDER -> report = validateFolder(path);
            default -> report = validateFile(path);
        }
        // The command line's writer flushes at every line: a report of many thousand lines goes
        // through a buffer of its own, written out in large blocks.
        PrintWriter buffered = new PrintWriter(new BufferedWriter(out, 1 << 16), false);
        if (format == Format.json) {
            buffered.println(report.toJson());
        } else if (common.quiet) {
            ReportLines.write(report.problems(), System.lineSeparator(), buffered); // as println ends them
        } else {
            // report.toText(), its lines made on every core
            ReportLines.write(report.problems(), "\n", buffered);
            buffered.print(report.summary() + "\n");
        }
        buffered.flush();
        return report.hasProblems() ? QuickTakes.PROBLEMS : QuickTakes.OK;
    }

    /**
     * A folder: each file read and parsed once, keeping only what the checks need (the report is
     * the one {@code ArticleRepository.validate()} gives, which keeps every file and parses each
     * twice).
     */
    private static ValidationReport validateFolder(Path folder) throws IOException {
        ArticleParser lenient = ArticleParser.builder().lenient().build();
        // Two per core: more only add CPU time on two cores (4.6 s with 2 or 4 threads, 5.3 s with 8).
        int threads = Math.min(32, 2 * Runtime.getRuntime().availableProcessors());
        return FolderCheck.check(FolderFacts.read(folder, lenient, threads));
    }

    /** One file: parse errors, warnings and a url that cannot be a page (link checks need the folder). */
    private static ValidationReport validateFile(Path file) throws IOException {
        List<ArticleProblem> problems = new ArrayList<>();
        Path name = file.getFileName();
        try {
            Article a = ArticleParser.builder().lenient().build().parseFile(file);
            a.warnings().forEach(w -> problems.add(
                    new ArticleProblem(ArticleProblem.Kind.WARNING, name, w.line(), w.column(), w.message())));
            PagePaths.Refusal refusal = a.has("url") ? PagePaths.check(a.url()) : null;
            if (refusal != null) {
                problems.add(new ArticleProblem(refusal.kind(), name, 0, 0, refusal.message()));
            }
        } catch (ArticleParseException e) {
            problems.add(new ArticleProblem(ArticleProblem.Kind.PARSE_ERROR, name, e.line(), e.column(), e.reason()));
        }
        return new ValidationReport(1, problems);
    }
}
