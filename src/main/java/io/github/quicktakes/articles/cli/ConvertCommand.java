package io.github.quicktakes.articles.cli;

import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleJson;
import io.github.quicktakes.articles.ArticleParser;
import io.github.quicktakes.articles.ArticleProblem;
import io.github.quicktakes.articles.ArticleRepository;
import io.github.quicktakes.articles.ArticleWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code convert <path> --to FORMAT [--out DIR]}: any format a writer knows, or JSON Lines. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert one article (to standard output) or a folder (to --out, mirroring its layout) into "
                + "any format a writer knows: markdown, markdown-readable, json, html, writers found on the class "
                + "path, or jsonl (all articles as JSON Lines).")
final class ConvertCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Parameters(index = "0", paramLabel = "<path>", description = "An article file or a folder of articles.")
    private Path path;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "The output format.")
    private String to;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (required for a folder; for jsonl, the output file).")
    private Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        if (!Files.exists(path)) {
            spec.commandLine().getErr().println("quicktakes: no such file or folder: " + path);
            return QuickTakes.USAGE;
        }
        boolean jsonl = to.equals("jsonl");
        ArticleWriter writer = jsonl ? ArticleWriter.json() : ArticleWriter.forFormat(to);
        if (Files.isRegularFile(path)) {
            Article a = ArticleParser.builder().lenient().build().read(path);
            if (jsonl) {
                ((ArticleJson) ArticleWriter.json()).writeLines(List.of(a), stdout);
            } else {
                writer.write(a, stdout);
            }
            stdout.flush();
            return QuickTakes.OK;
        }
        ArticleRepository repo = common.openFolder(spec, path, "convert");
        for (ArticleProblem p : repo.loadProblems()) {
            spec.commandLine().getErr().println("quicktakes: skipped " + p);
        }
        if (jsonl) {
            if (out == null) {
                ((ArticleJson) ArticleWriter.json()).writeLines(repo.all(), stdout);
                stdout.flush();
            } else {
                Files.createDirectories(out.toAbsolutePath().getParent());
                try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    ((ArticleJson) ArticleWriter.json()).writeLines(repo.all(), w);
                }
            }
        } else {
            if (out == null) {
                spec.commandLine().getErr().println("quicktakes: converting a folder needs --out DIR");
                return QuickTakes.USAGE;
            }
            int n = 0;
            for (Article a : repo.all()) {
                Path rel = repo.root().relativize(Path.of(a.sourceName()));
                String name = rel.getFileName().toString();
                Path target = out.resolve(rel).resolveSibling(name.substring(0, name.length() - 3) + "." + writer.fileExtension());
                Files.createDirectories(target.getParent());
                Files.writeString(target, writer.write(a), StandardCharsets.UTF_8);
                n++;
            }
            if (!common.quiet) {
                stdout.printf("%d article%s written to %s as %s%n", n, n == 1 ? "" : "s", out, writer.format());
            }
        }
        stdout.flush();
        return repo.loadProblems().isEmpty() ? QuickTakes.OK : QuickTakes.PROBLEMS;
    }
}
