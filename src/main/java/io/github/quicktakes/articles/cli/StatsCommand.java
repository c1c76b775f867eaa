package io.github.quicktakes.articles.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleException;
import io.github.quicktakes.articles.ArticleProblem;
import io.github.quicktakes.articles.ArticleRepository;
import io.github.quicktakes.articles.internal.text.Printable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stats <folder>}: counts per subject and month, answer lengths, link health. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts per subject and per month, the distribution of answer lengths, and link health. Files "
                + "that cannot be read are listed on stderr and counted (exit code 1).")
final class StatsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Parameters(index = "0", paramLabel = "<folder>", description = "A folder of articles.")
    private Path folder;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    private ValidateCommand.Format format;

    @Override
    public Integer call() throws IOException {
        ArticleRepository repo = common.openFolder(spec, folder, "stats");
        if (repo == null) {
            return QuickTakes.USAGE;
        }
        boolean problems = CommonOptions.reportSkipped(spec, repo);
        List<Path> paths = repo.paths();
        Map<String, Integer> subjects = new TreeMap<>();
        Map<String, Integer> months = new TreeMap<>();
        int[] lengths = new int[paths.size()];
        int links = 0;
        int count = 0;
        for (Path rel : paths) {
            Article a;
            try {
                a = repo.byPath(rel).orElseThrow();
            } catch (UncheckedIOException | ArticleException e) {
                CommonOptions.error(spec, "skipped " + rel + ": " + CommonOptions.causeOf(e));
                problems = true;
                continue;
            }
            subjects.merge(a.has("subject") ? a.subject() : "(none)", 1, Integer::sum);
            months.merge(a.has("date") ? a.date().toString().substring(0, 7) : "(none)", 1, Integer::sum);
            lengths[count++] = a.has("answer") ? a.answer().length() : 0;
            links += a.related().size();
        }
        lengths = Arrays.copyOf(lengths, count);
        Arrays.sort(lengths);
        Map<ArticleProblem.Kind, Integer> health = new EnumMap<>(ArticleProblem.Kind.class);
        repo.linkReport().forEach(p -> health.merge(p.kind(), 1, Integer::sum));

        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = summary(mapper, count, repo.loadProblems().size(), subjects, months, lengths, links, health);
        PrintWriter out = spec.commandLine().getOut();
        if (format == ValidateCommand.Format.json) {
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(json));
        } else {
            printText(out, json, subjects, months, links, health);
        }
        out.flush();
        return problems ? QuickTakes.PROBLEMS : QuickTakes.OK;
    }

    /** The figures as a JSON object (the {@code json} format, and the text's source). */
    private static ObjectNode summary(ObjectMapper mapper, int count, int unreadable, Map<String, Integer> subjects,
            Map<String, Integer> months, int[] lengths, int links, Map<ArticleProblem.Kind, Integer> health) {
        ObjectNode json = mapper.createObjectNode();
        json.put("articles", count).put("unreadable", unreadable);
        ObjectNode s = json.putObject("subjects");
        subjects.forEach(s::put);
        ObjectNode m = json.putObject("months");
        months.forEach(m::put);
        ObjectNode len = json.putObject("answerLength");
        if (lengths.length > 0) {
            len.put("min", lengths[0]).put("p25", pct(lengths, 25)).put("median", pct(lengths, 50))
                    .put("p75", pct(lengths, 75)).put("p90", pct(lengths, 90)).put("max", lengths[lengths.length - 1])
                    .put("mean", Math.round(Arrays.stream(lengths).average().orElse(0)));
        }
        ObjectNode l = json.putObject("links");
        l.put("total", links);
        health.forEach((k, n) -> l.put(k.name(), n));
        return json;
    }

    private static void printText(PrintWriter out, ObjectNode json, Map<String, Integer> subjects,
            Map<String, Integer> months, int links, Map<ArticleProblem.Kind, Integer> health) {
        out.printf("%d articles (%d files could not be read)%n%nPer subject:%n", json.get("articles").asInt(),
                json.get("unreadable").asInt());
        // Subjects are the articles' values: escaped, so that none can fake a line.
        subjects.forEach((k, v) -> out.printf("  %6d  %s%n", v, Printable.escape(k)));
        out.printf("%nPer month:%n");
        months.forEach((k, v) -> out.printf("  %6d  %s%n", v, k));
        out.printf("%nAnswer length (characters):%n");
        json.get("answerLength").properties().forEach(f -> out.printf("  %-6s %d%n", f.getKey(), f.getValue().asLong()));
        out.printf("%nLinks: %d%n", links);
        health.forEach((k, n) -> out.printf("  %6d  %s%n", n, k));
    }

    private static int pct(int[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
