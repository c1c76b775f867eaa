package io.github.quicktakes.articles.cli;

import io.github.quicktakes.articles.ArticleProblem;
import io.github.quicktakes.articles.ArticleRepository;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fix-links <folder> [--dry-run]}: copies drifted related links again from their targets. */
@Command(name = "fix-links", mixinStandardHelpOptions = true,
        description = "Rewrite related links whose copied id, title, subject or url drifted from their target, "
                + "changing only those lines. Prints what changes; files that cannot be read are listed on stderr, "
                + "left alone, and make the exit code 1.")
final class FixLinksCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Parameters(index = "0", paramLabel = "<folder>", description = "A folder of articles.")
    private Path folder;

    @Option(names = "--dry-run", description = "Show what would change; write nothing.")
    private boolean dryRun;

    @Override
    public Integer call() throws IOException {
        ArticleRepository repo = common.openFolder(spec, folder, "fix-links");
        if (repo == null) {
            return QuickTakes.USAGE;
        }
        boolean skipped = CommonOptions.reportSkipped(spec, repo);
        List<ArticleProblem> drift = repo.linkReport().stream().filter(p -> p.kind() == ArticleProblem.Kind.DRIFTED_LINK).toList();
        List<Path> files = repo.fixDriftedLinks(dryRun);
        PrintWriter out = spec.commandLine().getOut();
        drift.forEach(out::println);
        out.printf("%d link%s in %d file%s %s%n", drift.size(), drift.size() == 1 ? "" : "s", files.size(),
                files.size() == 1 ? "" : "s", dryRun ? "would be fixed (dry run: nothing written)" : "fixed");
        out.flush();
        return skipped ? QuickTakes.PROBLEMS : QuickTakes.OK;
    }
}
