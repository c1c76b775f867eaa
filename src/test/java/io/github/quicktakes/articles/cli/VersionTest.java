package io.github.quicktakes.articles.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --version} prints the version from the manifest of the jar the command line runs from
 * (the build writes {@code Implementation-Version} into quicktakes.jar; .ci/run checks the real jar).
 */
class VersionTest {

    @Test
    void aJarWithImplementationVersionGivesThatVersion(@TempDir Path dir) throws Exception {
        Path classes = Path.of(Version.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = dir.resolve("quicktakes.jar");
        jarWithManifest(classes, jar, "9.8.7-test");

        List<URL> urls = new ArrayList<>();
        urls.add(jar.toUri().toURL());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath();
            if (!p.equals(classes.toAbsolutePath()) && !p.endsWith("test-classes")) {
                urls.add(p.toUri().toURL());
            }
        }
        // Not the test's loader as parent: the classes must come from the jar, not target/classes.
        try (URLClassLoader loader =
                new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Class<?> version = loader.loadClass(Version.class.getName());
            assertThat(version.getClassLoader()).isSameAs(loader);
            Constructor<?> constructor = version.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object provider = constructor.newInstance();
            Method getVersion = version.getMethod("getVersion");
            getVersion.setAccessible(true); // Version is package-private
            String[] lines = (String[]) getVersion.invoke(provider);
            assertThat(lines).containsExactly("quicktakes 9.8.7-test");
        }
    }

    @Test
    void classesOutsideAJarAreADevelopmentBuild() throws Exception {
        // The tests run from target/classes, which has no manifest.
        assertThat(new Version().getVersion()).containsExactly("quicktakes (development build)");
    }

    private static void jarWithManifest(Path classes, Path jar, String version) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_TITLE, "quicktakes-articles");
        manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, version);
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                Stream<Path> files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                String name = classes.relativize(f).toString().replace(File.separatorChar, '/');
                if (name.equals("module-info.class") || name.startsWith("META-INF/")) {
                    continue;
                }
                out.putNextEntry(new JarEntry(name));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
    }
}
