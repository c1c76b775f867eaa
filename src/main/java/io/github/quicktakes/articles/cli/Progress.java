package io.github.quicktakes.articles.cli;

import io.github.quicktakes.articles.LoadListener;
import java.nio.file.Path;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr while a folder loads, drawn by the progressbar library, only when stderr
 * is a terminal and the user did not ask for quiet.
 */
final class Progress implements LoadListener, AutoCloseable {
    private final boolean enabled;
    private final String task;
    private ProgressBar bar;

    Progress(String task, boolean quiet) {
        this.task = task;
        this.enabled = !quiet && System.console() != null;
    }

    @Override
    public synchronized void started(int files) {
        if (enabled) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(files)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                    .build();
        }
    }

    @Override
    public synchronized void loaded(Path file, int done, int total) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
