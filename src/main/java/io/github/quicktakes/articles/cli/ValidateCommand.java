package io.github.quicktakes.articles.cli;

import io.github.quicktakes.articles.ArticleParseException;
import io.github.quicktakes.articles.ArticleParser;
import io.github.quicktakes.articles.ArticleWarning;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate <path>}: reports every article that is not well formed. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check one article or every *.md below a folder; exit 0 when clean, 1 when problems were found.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<path>", description = "An article file or a folder of articles.")
    private Path path;

    @Option(names = {"-q", "--quiet"}, description = "Print only the problems.")
    private boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces of unexpected failures.")
    private boolean verbose;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.exists(path)) {
            spec.commandLine().getErr().println("quicktakes: no such file or folder: " + path);
            return QuickTakes.USAGE;
        }
        ArticleParser parser = ArticleParser.builder().lenient().build();
        List<String> problems = new ArrayList<>();
        int count = 0;
        for (Path file : articleFiles(path)) {
            count++;
            try {
                for (ArticleWarning w : parser.read(file).warnings()) {
                    problems.add(w.toString());
                }
            } catch (ArticleParseException e) {
                problems.add(e.getMessage());
            }
        }
        problems.forEach(out::println);
        if (!quiet) {
            out.printf("%d article%s checked, %d problem%s%n", count, count == 1 ? "" : "s",
                    problems.size(), problems.size() == 1 ? "" : "s");
        }
        out.flush();
        return problems.isEmpty() ? QuickTakes.OK : QuickTakes.PROBLEMS;
    }

    static List<Path> articleFiles(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList();
        }
    }
}
