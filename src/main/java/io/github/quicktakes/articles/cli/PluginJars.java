package io.github.quicktakes.articles.cli;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The jars of {@code --plugin}: {@code java -jar} ignores {@code -cp}, so writers of a user's own
 * reach {@code quicktakes.jar} through a class loader of their own, over the command line's.
 */
final class PluginJars {
    private PluginJars() {}

    /** A {@code --plugin} path that cannot be used; its message is the usage error. */
    static final class BadPlugin extends Exception {
        private static final long serialVersionUID = 1L;

        BadPlugin(String message) {
            super(message);
        }
    }

    /**
     * The jars a list of {@code --plugin} paths names: each jar itself, and every {@code *.jar}
     * directly in a folder, in name order (a folder is a plugins folder: drop a jar in it).
     *
     * @throws BadPlugin if a path is missing, or a file is not a jar
     */
    static List<Path> jars(List<Path> paths) throws BadPlugin {
        List<Path> jars = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f))
                            .sorted().forEach(jars::add);
                } catch (IOException e) {
                    throw new BadPlugin("--plugin " + path + ": the folder cannot be listed: " + CommonOptions.causeOf(e));
                }
            } else if (Files.isRegularFile(path)) {
                jars.add(path);
            } else {
                throw new BadPlugin("--plugin " + path + ": no such jar or folder");
            }
        }
        for (Path jar : jars) {
            checkIsJar(jar);
        }
        return jars;
    }

    /** Refuses, before any class is loaded, a file that is not a readable jar (zip) file. */
    private static void checkIsJar(Path jar) throws BadPlugin {
        try (JarFile ignored = new JarFile(jar.toFile())) {
            // opened: a zip file with a readable central directory
        } catch (IOException | SecurityException e) {
            throw new BadPlugin("--plugin " + jar + ": not a jar file (" + CommonOptions.causeOf(e) + ")");
        }
    }

    /**
     * A class loader over the command line's that also sees the jars; close it when done.
     *
     * @param jars the jars, from {@link #jars(List)}
     * @return the loader
     */
    static URLClassLoader loader(List<Path> jars) {
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = jars.get(i).toAbsolutePath().toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalStateException("a file path is always a valid URL: " + jars.get(i), e);
            }
        }
        return new URLClassLoader("quicktakes-plugins", urls, PluginJars.class.getClassLoader());
    }
}
