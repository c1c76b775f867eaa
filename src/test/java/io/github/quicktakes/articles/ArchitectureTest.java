package io.github.quicktakes.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/architecture.md describes the code as it is: a section for every package, and the
 * dependency table lists exactly the packages each one imports from; every package has a
 * package-info.java; no source file holds over 400 lines of code (javadoc, comments and blank
 * lines aside: the public API's javadoc is required and long).
 */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/io/github/quicktakes/articles");
    private static final String BASE = "io.github.quicktakes.articles";
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?" + Pattern.quote(BASE)
            + "((?:\\.[a-z]\\w*)*)\\.[A-Z]", Pattern.MULTILINE);
    private static final Pattern ROW = Pattern.compile("^\\| `([\\w.]+)` \\| ([^|]*) \\|$", Pattern.MULTILINE);

    /** Each package (short name: {@code api} for the root, else relative) with what it imports. */
    private static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> deps = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = shortName(SOURCES.relativize(f.getParent()).toString().replace('/', '.'));
                Set<String> uses = deps.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    String used = shortName(m.group(1).isEmpty() ? "" : m.group(1).substring(1));
                    if (!used.equals(pkg)) {
                        uses.add(used);
                    }
                }
            }
        }
        return deps;
    }

    private static String shortName(String relative) {
        return relative.isEmpty() ? "api" : relative;
    }

    @Test
    void theDependencyTableOfDocsArchitectureMatchesTheImports() throws IOException {
        String doc = Files.readString(Path.of("docs/architecture.md"));
        Map<String, Set<String>> documented = new TreeMap<>();
        Matcher row = ROW.matcher(doc);
        while (row.find()) {
            Set<String> uses = new TreeSet<>();
            for (String u : row.group(2).split(",")) {
                if (!u.isBlank() && !u.strip().equals("nothing")) {
                    uses.add(u.strip().replace("`", ""));
                }
            }
            documented.put(row.group(1), uses);
        }
        assertThat(documented).isEqualTo(dependencies());
        for (String pkg : dependencies().keySet()) {
            assertThat(doc).as("a section on " + pkg).contains("### `" + pkg + "`");
        }
    }

    @Test
    void everyPackageHasAPackageInfoAndNoFileHoldsOver400LinesOfCode() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                assertThat(f.resolveSibling("package-info.java")).exists();
                long code = Files.readAllLines(f).stream().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("*") && !l.startsWith("/*") && !l.startsWith("//"))
                        .count();
                assertThat(code).as(f + ": lines of code").isLessThanOrEqualTo(400);
            }
        }
    }
}
