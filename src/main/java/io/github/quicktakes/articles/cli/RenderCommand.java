package io.github.quicktakes.articles.cli;

import io.github.quicktakes.articles.HtmlArticleWriter;
import io.github.quicktakes.articles.internal.text.Printable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
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
                + "(without no_index articles) and the stylesheet. The output folder must be apart from the input, "
                + "and new, empty or a site rendered before (see --clean).")
final class RenderCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Parameters(index = "0", paramLabel = "<folder>", description = "A folder of articles.")
    private Path folder;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the site.")
    private Path out;

    @Option(names = "--base-url", defaultValue = "", paramLabel = "URL",
            description = "The site's address, such as https://learn.example.org, for canonical links, Open Graph urls and sitemap.xml; without it pages have none of them and no sitemap is written.")
    private String baseUrl;

    @Option(names = "--katex-url", defaultValue = HtmlArticleWriter.DEFAULT_KATEX_URL,
            description = "Where KaTeX's katex.min.css, katex.min.js and contrib/auto-render.min.js are (default: ${DEFAULT-VALUE}).")
    private String katexUrl;

    @Option(names = "--clean", description = "Delete what the output folder holds before rendering: stale pages of "
            + "a site rendered before, or, when asked explicitly, a folder render did not write (refused otherwise).")
    private boolean clean;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        if (!Files.isDirectory(folder)) {
            CommonOptions.error(spec, "not a folder: " + folder);
            return QuickTakes.USAGE;
        }
        String refused = PathChecks.overlap(folder, out);
        if (refused != null) {
            CommonOptions.error(spec, refused + ": choose a folder apart from it");
            return QuickTakes.USAGE;
        }
        refused = SiteFolder.prepare(out, clean);
        if (refused != null) {
            CommonOptions.error(spec, refused);
            return QuickTakes.USAGE;
        }
        SiteRenderer renderer = new SiteRenderer(folder, out, baseUrl, katexUrl, message -> CommonOptions.error(spec, message));
        int pages = renderer.render();
        boolean problems = renderer.skipped() > 0;
        if (!common.quiet) {
            stdout.println(Printable.escape(String.format("%d article pages written to %s (open %s)", pages, out,
                    out.resolve("index.html"))));
            if (baseUrl.isEmpty()) {
                stdout.println("no sitemap.xml and no canonical links: they need the site's address (--base-url URL)");
            }
        }
        stdout.flush();
        return problems ? QuickTakes.PROBLEMS : QuickTakes.OK;
    }
}
