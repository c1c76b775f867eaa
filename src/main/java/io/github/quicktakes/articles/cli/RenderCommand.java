package io.github.quicktakes.articles.cli;

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

    @Mixin
    private SiteOptions site;

    @Option(names = "--katex-dir", paramLabel = "DIR", description = "A local KaTeX distribution (the dist folder of "
            + "the katex npm package), copied into the site's assets/katex: the pages load KaTeX from there, so the site "
            + "works offline. Instead of --katex-url.")
    private Path katexDir;

    /** The files of KaTeX a page loads. */
    private static final java.util.List<String> KATEX_FILES = java.util.List.of("katex.min.css", "katex.min.js",
            "contrib/auto-render.min.js");

    @Option(names = "--clean", description = "Delete what the output folder holds before rendering: stale pages of "
            + "a site rendered before, or, when asked explicitly, a folder render did not write (refused otherwise).")
    private boolean clean;

    /** Why {@code --katex-dir} cannot be used, or null: a local distribution must hold the files a page loads. */
    private String katexDirProblem() {
        if (katexDir == null) {
            return null;
        }
        if (spec.commandLine().getParseResult().hasMatchedOption("--katex-url")) {
            return "give --katex-url or --katex-dir, not both";
        }
        for (String file : KATEX_FILES) {
            if (!Files.isRegularFile(katexDir.resolve(file))) {
                return "--katex-dir " + katexDir + " holds no " + file + ": give the dist folder of the katex package";
            }
        }
        return null;
    }

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
        String optionsProblem = site.problem() != null ? site.problem() : katexDirProblem();
        if (optionsProblem != null) {
            CommonOptions.error(spec, optionsProblem);
            return QuickTakes.USAGE;
        }
        refused = SiteFolder.prepare(out, clean);
        if (refused != null) {
            CommonOptions.error(spec, refused);
            return QuickTakes.USAGE;
        }
        String katex = site.katexUrl;
        if (katexDir != null) {
            SiteFiles.copyTreeIfChanged(katexDir, out.resolve("assets").resolve("katex"));
            katex = SiteRenderer.UP_FROM_ARTICLE + "assets/katex"; // article pages are four folders down
        }
        SiteRenderer renderer = new SiteRenderer(folder, out, site.baseUrl, katex, site.pageSize, message -> CommonOptions.error(spec, message));
        int pages = renderer.render();
        boolean problems = renderer.skipped() > 0;
        if (!common.quiet) {
            stdout.println(Printable.escape(String.format("%d article pages written to %s (open %s)", pages, out,
                    out.resolve("index.html"))));
            if (site.baseUrl.isEmpty()) {
                stdout.println("no sitemap.xml and no canonical links: they need the site's address (--base-url URL)");
            }
        }
        stdout.flush();
        return problems ? QuickTakes.PROBLEMS : QuickTakes.OK;
    }
}
