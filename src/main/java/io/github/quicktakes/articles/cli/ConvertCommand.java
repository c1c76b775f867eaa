package io.github.quicktakes.articles.cli;

import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleException;
import io.github.quicktakes.articles.ArticleJson;
import io.github.quicktakes.articles.ArticleParser;
import io.github.quicktakes.articles.ArticleRepository;
import io.github.quicktakes.articles.ArticleWriter;
import io.github.quicktakes.articles.internal.text.Printable;
import io.github.quicktakes.articles.internal.writer.WriterRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
                + "any format a writer knows: markdown, markdown-readable, json, html, writers of your own (--plugin), "
                + "or jsonl (all articles as JSON Lines).")
final class ConvertCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Parameters(index = "0", paramLabel = "<path>", description = "An article file or a folder of articles.")
    private Path path;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", completionCandidates = Formats.class,
            description = "The output format, one of: ${COMPLETION-CANDIDATES}; or the format of a --plugin writer.")
    private String to;

    @Option(names = "--plugin", paramLabel = "JAR|DIR", description = "A jar of writers of your own (registered in its "
            + "META-INF/services/io.github.quicktakes.articles.ArticleWriter), or a folder whose .jar files are all "
            + "used; repeatable. This is how writers reach quicktakes.jar: java -jar ignores -cp.")
    private List<Path> plugins = new java.util.ArrayList<>();

    /** Every format --to takes: the writers found (built-in and plug-in) and {@code jsonl}. */
    static final class Formats implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return of(ArticleWriter.formats()).iterator();
        }

        /** The writers' format names and {@code jsonl}, sorted. */
        static java.util.SortedSet<String> of(java.util.Set<String> writerFormats) {
            java.util.TreeSet<String> all = new java.util.TreeSet<>(writerFormats);
            all.add("jsonl");
            return all;
        }
    }

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (required for a folder; for jsonl, the output file).")
    private Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PathChecks.InputType type = PathChecks.inputType(path);
        if (type == PathChecks.InputType.MISSING) {
            CommonOptions.error(spec, "no such file or folder: " + path);
            return QuickTakes.USAGE;
        }
        if (type == PathChecks.InputType.SPECIAL) {
            CommonOptions.error(spec, path + ": not a regular file or folder (a FIFO, socket or device): not read");
            return QuickTakes.IO;
        }
        List<Path> jars;
        try {
            jars = PluginJars.jars(plugins);
        } catch (PluginJars.BadPlugin e) {
            CommonOptions.error(spec, e.getMessage());
            return QuickTakes.USAGE;
        }
        // The loader stays open while the writer runs: its classes load lazily.
        try (URLClassLoader loader = PluginJars.loader(jars)) {
            return convert(type, stdout, WriterRegistry.all(loader));
        }
    }

    private int convert(PathChecks.InputType type, PrintWriter stdout, Map<String, ArticleWriter> writers) throws IOException {
        boolean jsonl = to.equals("jsonl");
        if (!jsonl && !writers.containsKey(to)) {
            CommonOptions.error(spec, "unknown format '" + to + "'; --to takes " + String.join(", ", Formats.of(writers.keySet())));
            return QuickTakes.USAGE;
        }
        ArticleWriter writer = jsonl ? ArticleWriter.json() : writers.get(to);
        if (type == PathChecks.InputType.FILE) {
            Article a = ArticleParser.builder().lenient().build().parseFile(path);
            if (jsonl) {
                ((ArticleJson) ArticleWriter.json()).writeLines(List.of(a), stdout);
            } else {
                writer.write(a, stdout);
            }
            stdout.flush();
            return QuickTakes.OK;
        }
        if (!jsonl) {
            if (out == null) {
                CommonOptions.error(spec, "converting a folder needs --out DIR");
                return QuickTakes.USAGE;
            }
            String overlap = PathChecks.overlap(path, out);
            if (overlap != null) {
                CommonOptions.error(spec, overlap + ": choose a folder apart from it");
                return QuickTakes.USAGE;
            }
        }
        ArticleRepository repo = common.openFolder(spec, path, "convert");
        boolean problems = CommonOptions.reportSkipped(spec, repo);
        problems |= jsonl ? writeJsonLines(repo, stdout) : writeFiles(repo, writer, stdout);
        stdout.flush();
        return problems ? QuickTakes.PROBLEMS : QuickTakes.OK;
    }

    /** The folder as JSON Lines, to standard output or to the {@code --out} file; whether any failed. */
    private boolean writeJsonLines(ArticleRepository repo, PrintWriter stdout) throws IOException {
        if (out == null) {
            return writeLines(repo, stdout);
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            return writeLines(repo, w);
        }
    }

    /** A file per article under {@code --out}, mirroring the folder; whether any failed. */
    private boolean writeFiles(ArticleRepository repo, ArticleWriter writer, PrintWriter stdout) {
        boolean problems = false;
        int n = 0;
        for (Path rel : repo.paths()) {
            try {
                Article a = repo.byPath(rel).orElseThrow();
                String name = rel.getFileName().toString();
                Path target = out.resolve(rel.toString()).resolveSibling(name.substring(0, name.length() - 3) + "." + writer.fileExtension());
                Files.createDirectories(target.getParent());
                Files.writeString(target, writer.write(a), StandardCharsets.UTF_8);
                n++;
            } catch (IOException | UncheckedIOException | InvalidPathException | ArticleException e) {
                CommonOptions.error(spec, rel + ": not converted: " + CommonOptions.causeOf(e));
                problems = true;
            }
        }
        if (!common.quiet) {
            stdout.println(Printable.escape(String.format("%d article%s written to %s as %s", n, n == 1 ? "" : "s", out,
                    writer.format())));
        }
        return problems;
    }

    /** One line per article, read one at a time; an article that fails is reported and left out. */
    private boolean writeLines(ArticleRepository repo, Writer w) throws IOException {
        ArticleJson json = (ArticleJson) ArticleWriter.json();
        boolean problems = false;
        for (Path rel : repo.paths()) {
            Article a;
            try {
                a = repo.byPath(rel).orElseThrow();
            } catch (UncheckedIOException | ArticleException e) {
                CommonOptions.error(spec, rel + ": not converted: " + CommonOptions.causeOf(e));
                problems = true;
                continue;
            }
            json.writeLines(List.of(a), w);
        }
        return problems;
    }
}
