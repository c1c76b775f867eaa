package io.github.quicktakes.articles.cli;

import io.github.quicktakes.articles.internal.text.Printable;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code serve <folder>}: a local preview that shows each saved change at once. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Preview a folder of articles in the browser: the pages render writes, made on request from the "
                + "articles in memory; a saved change is read again at once and the open pages reload themselves. "
                + "Listens on 127.0.0.1 only, unless --host says otherwise. Stop with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Parameters(index = "0", paramLabel = "<folder>", description = "A folder of articles.")
    private Path folder;

    @Option(names = "--port", defaultValue = "8000", description = "The port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    private int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    private String host;

    @Mixin
    private SiteOptions site;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.isDirectory(folder)) {
            CommonOptions.error(spec, "not a folder: " + folder);
            return QuickTakes.USAGE;
        }
        if (port < 0 || port > 65535) {
            CommonOptions.error(spec, "--port must be from 0 to 65535: " + port);
            return QuickTakes.USAGE;
        }
        String optionsProblem = site.problem();
        if (optionsProblem != null) {
            CommonOptions.error(spec, optionsProblem);
            return QuickTakes.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stopped = new CountDownLatch(1);
        try (PreviewServer server = PreviewServer.start(folder, InetAddress.getByName(host), port, site.baseUrl, site.katexUrl, site.pageSize)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            out.println(Printable.escape("serving " + folder + " at http://" + server.address().getHostString() + ":"
                    + server.port() + "/ (Ctrl-C to stop)"));
            out.flush();
            stopped.await();
        }
        return QuickTakes.OK;
    }
}
