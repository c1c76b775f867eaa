package io.github.quicktakes.articles.cli;

import io.github.quicktakes.articles.ArticleProblem;
import io.github.quicktakes.articles.ArticleRepository;
import io.github.quicktakes.articles.HtmlArticleWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code render <folder> --out <site>}: a browsable static site. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render a folder of articles as a static site: a page per article at its url, related links "
                + "to the local pages (broken ones as plain text), an index per subject, a home page, sitemap.xml "
                + "(without no_index articles) and the stylesheet.")
final class RenderCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Parameters(index = "0", paramLabel = "<folder>", description = "A folder of articles.")
    private Path folder;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the site.")
    private Path out;

    @Option(names = "--base-url", defaultValue = "https://example.com",
            description = "The site's address, for canonical links and the sitemap (default: ${DEFAULT-VALUE}).")
    private String baseUrl;

    @Option(names = "--katex-url", defaultValue = HtmlArticleWriter.DEFAULT_KATEX_URL,
            description = "Where KaTeX's katex.min.css, katex.min.js and contrib/auto-render.min.js are (default: ${DEFAULT-VALUE}).")
    private String katexUrl;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        ArticleRepository repo = common.openFolder(spec, folder, "render");
        if (repo == null) {
            return QuickTakes.USAGE;
        }
        for (ArticleProblem p : repo.loadProblems()) {
            spec.commandLine().getErr().println("quicktakes: skipped " + p);
        }
        int pages = new SiteRenderer(repo, out, baseUrl, katexUrl).render();
        if (!common.quiet) {
            stdout.printf("%d article pages written to %s (open %s)%n", pages, out, out.resolve("index.html"));
        }
        stdout.flush();
        return repo.loadProblems().isEmpty() ? QuickTakes.OK : QuickTakes.PROBLEMS;
    }
}
