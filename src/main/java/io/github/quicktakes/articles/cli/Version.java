package io.github.quicktakes.articles.cli;

import picocli.CommandLine.IVersionProvider;

/** The version, from the jar's manifest where there is one. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = QuickTakes.class.getPackage().getImplementationVersion();
        return new String[] {"quicktakes " + (v != null ? v : "(development build)")};
    }
}
