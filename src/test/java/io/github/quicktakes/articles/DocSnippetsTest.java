package io.github.quicktakes.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.quicktakes.articles.cli.QuickTakes;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every code block of README.md and docs/ is held to the code: Java snippets compile and run as
 * written (the README's example in {@link ReadmeExampleTest}), the command lines of shell blocks
 * parse with the real command line and name real Maven profiles, the dependency block names this
 * artifact and the YAML example is valid YAML.
 *
 * <p>A Java snippet that uses names it does not declare gets them from a setup written in an HTML
 * comment just before its block ({@code <!-- snippet setup: ... -->}), which readers do not see;
 * snippets run in a scratch folder holding {@code src/sample/learn}, a copy of it as
 * {@code content/learn}, {@code old.md} (with a blank line before its {@code ---}) and
 * {@code bad.md} (invalid YAML), so that they run exactly as printed.
 */
class DocSnippetsTest {
    private static final String SAMPLE = "src/sample/learn/physics/why-is-the-sky-blue.md";
    private static final Pattern FENCE = Pattern.compile(
            "(?:<!-- snippet setup[^:]*:(.*?)-->\\n)?```([a-z-]*)\\n(.*?)```", Pattern.DOTALL);

    /** A fenced block: where it is, its language, its hidden setup and its text. */
    record Snippet(String file, int line, String lang, String setup, String code) {
        String where() {
            return file + ":" + line;
        }
    }

    static List<Snippet> snippets(Path file) {
        String text = read(file);
        List<Snippet> found = new ArrayList<>();
        Matcher m = FENCE.matcher(text);
        while (m.find()) {
            int line = (int) text.substring(0, m.start(2)).lines().count() + 1;
            found.add(new Snippet(file.toString(), line, m.group(2), m.group(1) == null ? "" : m.group(1).strip(), m.group(3)));
        }
        return found;
    }

    static List<Snippet> allSnippets() {
        List<Snippet> all = new ArrayList<>(snippets(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(p -> all.addAll(snippets(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    @Test
    void javaStatementSnippetsCompileAndRunAsPrinted(@TempDir Path dir) throws Exception {
        Path run = scratchFolder(dir.resolve("run"));
        Path src = Files.createDirectories(dir.resolve("src"));
        List<String> classes = new ArrayList<>();
        for (Snippet s : allSnippets()) {
            if (!s.lang().equals("java") || s.file().equals("README.md") || isCompilationUnit(s.code())) {
                continue;
            }
            String name = "Snippet_" + s.file().replaceAll("\\W", "_") + "_" + s.line();
            Files.writeString(src.resolve(name + ".java"), program(name, s));
            classes.add(name);
        }
        assertThat(classes).as("the docs' Java snippets").hasSizeGreaterThanOrEqualTo(7);
        Files.writeString(src.resolve("SnippetRunner.java"), """
                public class SnippetRunner {
                    public static void main(String[] args) throws Exception {
                        for (String name : args) {
                            Class.forName(name).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
                            System.out.println("ran " + name);
                        }
                    }
                }
                """);
        Path bin = dir.resolve("classes");
        List<String> javac = new ArrayList<>(List.of(tool("javac"), "-cp", classPath(), "-d", bin.toString()));
        try (Stream<Path> files = Files.list(src)) {
            files.map(Path::toString).sorted().forEach(javac::add);
        }
        run(dir, javac);
        List<String> java = new ArrayList<>(List.of(tool("java"), "-cp", bin + File.pathSeparator + classPath(), "SnippetRunner"));
        java.addAll(classes);
        String printed = run(run, java);
        for (String name : classes) {
            assertThat(printed).contains("ran " + name);
        }
        assertThat(printed).as("old.md's warning, as docs/usage.md shows it").contains("blank line before the opening '---'");
        assertThat(Files.readString(run.resolve("content/learn/physics/why-is-the-sky-blue.md")))
                .as("docs/repository.md's save").contains("title: A better title");
    }

    @Test
    void theExtendingGuidesWriterIsTheOneTheTestsRun() throws IOException {
        List<Snippet> units = allSnippets().stream().filter(s -> s.lang().equals("java") && s.code().startsWith("package "))
                .toList();
        assertThat(units).isNotEmpty();
        for (Snippet s : units) {
            String pkg = s.code().lines().findFirst().orElseThrow().replaceAll("package |;", "");
            Matcher type = Pattern.compile("public (?:final )?class (\\w+)").matcher(s.code());
            assertThat(type.find()).as(s.where()).isTrue();
            Path source = Path.of("src/test/java", pkg.replace('.', '/'), type.group(1) + ".java");
            assertThat(s.code()).as(s.where() + " is " + source + ", which the tests compile and run").isEqualTo(Files.readString(source));
        }
    }

    @Test
    void theModuleSnippetCompilesAndItsWriterIsFoundOnTheModulePath(@TempDir Path dir) throws Exception {
        Snippet module = allSnippets().stream().filter(s -> s.lang().equals("java") && s.code().startsWith("module "))
                .findFirst().orElseThrow();
        Snippet writer = allSnippets().stream().filter(s -> s.code().contains("class PlainTextArticleWriter")).findFirst().orElseThrow();
        Path src = Files.createDirectories(dir.resolve("src/com/example"));
        Files.writeString(dir.resolve("src/module-info.java"), module.code());
        Files.writeString(src.resolve("PlainTextArticleWriter.java"),
                writer.code().replaceFirst("package [\\w.]+;", "package com.example;"));
        Files.writeString(src.resolve("Main.java"), """
                package com.example;
                public class Main {
                    public static void main(String[] args) {
                        System.out.println("found " + io.github.quicktakes.articles.ArticleWriter.forFormat("plain-text").getClass().getName());
                    }
                }
                """);
        String modulePath = Stream.concat(Stream.of(Path.of("target/classes").toAbsolutePath().toString()), Stream.of(classPath().split(File.pathSeparator))
                .filter(p -> p.matches(".*/(snakeyaml|autolink|jackson-[\\w-]+|commonmark[\\w-]*)-[\\d.]+\\.jar"))).collect(Collectors.joining(File.pathSeparator));
        Path bin = dir.resolve("mods/com.example.writers");
        run(dir, List.of(tool("javac"), "--module-path", modulePath, "-d", bin.toString(), dir.resolve("src/module-info.java").toString(),
                src.resolve("PlainTextArticleWriter.java").toString(), src.resolve("Main.java").toString()));
        String printed = run(dir, List.of(tool("java"), "--module-path", modulePath + File.pathSeparator + dir.resolve("mods"),
                "-m", "com.example.writers/com.example.Main"));
        assertThat(printed).contains("found com.example.PlainTextArticleWriter");
    }

    @Test
    void commandLinesInShellBlocksParseAndNameRealProfiles() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        int commands = 0;
        for (Snippet s : allSnippets()) {
            if (!s.lang().equals("sh")) {
                continue;
            }
            for (List<String> words : commands(s.code())) {
                int jar = words.indexOf("-jar");
                boolean launcher = words.get(0).equals("quicktakes") || words.get(0).endsWith("/quicktakes");
                if (launcher || words.get(0).equals("java") && jar > 0 && words.get(jar + 1).endsWith("quicktakes.jar")) {
                    String[] args = words.subList(launcher ? 1 : jar + 2, words.size()).toArray(String[]::new);
                    assertThatCode(() -> QuickTakes.commandLine().parseArgs(args)).as(s.where() + ": " + words).doesNotThrowAnyException();
                    commands++;
                }
                if (words.get(0).equals("mvn")) {
                    for (String w : words) {
                        if (w.startsWith("-P")) {
                            assertThat(pom).as(s.where() + ": profile " + w).contains("<id>" + w.substring(2) + "</id>");
                        }
                    }
                    commands++;
                }
            }
        }
        assertThat(commands).isGreaterThanOrEqualTo(8);
    }

    @Test
    void theDependencyBlockNamesThisArtifactAndItsVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        String version = between(pom.substring(pom.indexOf("<artifactId>quicktakes-articles</artifactId>")), "<version>", "</version>");
        Snippet xml = snippets(Path.of("README.md")).stream().filter(s -> s.lang().equals("xml")).findFirst().orElseThrow();
        assertThat(between(xml.code(), "<groupId>", "</groupId>")).isEqualTo("io.github.quicktakes");
        assertThat(between(xml.code(), "<artifactId>", "</artifactId>")).isEqualTo("quicktakes-articles");
        assertThat(between(xml.code(), "<version>", "</version>")).isEqualTo(version);
    }

    @Test
    void yamlBlocksAreValidYamlAndTheKeywordsExampleHolds() throws IOException {
        List<Snippet> yaml = allSnippets().stream().filter(s -> s.lang().equals("yaml")).toList();
        assertThat(yaml).isNotEmpty();
        for (Snippet s : yaml) {
            JsonNode node = new YAMLMapper().readTree(s.code());
            assertThat(node.isObject()).as(s.where()).isTrue();
            if (node.has("seo")) {
                Seo seo = new Seo(node.at("/seo/title").asText(), node.at("/seo/page_description").asText(),
                        node.at("/seo/page_keywords").asText());
                assertThat(seo.keywords()).as("docs/format.md: the example gives [tides, Moon, gravity, oceans]")
                        .containsExactly("tides", "Moon", "gravity", "oceans");
            }
        }
    }

    /**
     * The files and tests the docs name exist: a renamed path or test leaves no stale line behind.
     * (benchmark-history.md records the past and may name what is gone.)
     */
    @Test
    void pathsAndTestsNamedInTheDocsExist() throws IOException {
        Pattern path = Pattern.compile("`((?:src|docs|\\.ci)/[^`\\s]*)`");
        Pattern test = Pattern.compile("`([A-Z]\\w*Test)(?:[#.]\\w+)?`");
        List<String> stale = new ArrayList<>();
        List<Path> files = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md") && !p.endsWith("benchmark-history.md")).sorted().forEach(files::add);
        }
        int named = 0;
        for (Path file : files) {
            String text = Files.readString(file);
            for (Matcher m = path.matcher(text); m.find(); named++) {
                String p = m.group(1);
                if (!p.contains("...") && !p.contains("*") && !Files.exists(Path.of(p.replaceAll("#.*", "")))) {
                    stale.add(file + ": " + p);
                }
            }
            for (Matcher m = test.matcher(text); m.find(); named++) {
                try (Stream<Path> tests = Files.walk(Path.of("src/test"))) {
                    String name = m.group(1) + ".java";
                    if (tests.noneMatch(t -> t.getFileName().toString().equals(name))) {
                        stale.add(file + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(named).isGreaterThan(20);
        assertThat(stale).as("paths and tests the docs name that do not exist").isEmpty();
    }

    /** Each simple command of a shell block as words: lines joined at {@code \}, split at {@code &&}, comments dropped. */
    static List<List<String>> commands(String block) {
        List<List<String>> commands = new ArrayList<>();
        for (String line : block.replace("\\\n", " ").lines().toList()) {
            List<String> words = new ArrayList<>();
            for (String word : words(line)) {
                if (word.equals("&&") || word.equals(";")) {
                    if (!words.isEmpty()) {
                        commands.add(words);
                    }
                    words = new ArrayList<>();
                } else {
                    words.add(word);
                }
            }
            if (!words.isEmpty()) {
                commands.add(words);
            }
        }
        return commands;
    }

    /** Words as a shell splits them, quotes removed, up to an unquoted {@code #}. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else if (c == '#' && word == null) {
                break;
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean isCompilationUnit(String code) {
        return code.startsWith("package ") || code.startsWith("module ") || code.startsWith("import ");
    }

    /** A class whose main runs the snippet's statements; its declarations (and the setup's) become members. */
    private static String program(String name, Snippet s) {
        StringBuilder members = new StringBuilder();
        StringBuilder statements = new StringBuilder();
        for (String part : List.of(s.setup(), s.code())) {
            boolean inMember = false;
            int depth = 0;
            for (String line : part.lines().toList()) {
                if (!inMember && line.matches("(@|record |static |final class |class |interface |enum ).*")) {
                    inMember = true;
                }
                if (!inMember) {
                    statements.append(line).append('\n');
                    continue;
                }
                members.append(line).append('\n');
                depth += count(line, '{') - count(line, '}');
                inMember = depth > 0 || line.startsWith("@");
            }
        }
        return "import io.github.quicktakes.articles.*;\nimport java.nio.file.*;\nimport java.time.*;\nimport java.util.*;\n"
                + "import com.fasterxml.jackson.annotation.*;\n\n/** " + s.where() + " */\npublic class " + name + " {\n"
                + members + "public static void main(String[] args) throws Exception {\n" + statements + "}\n}\n";
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    /** The folder snippets run in: the paths they name exist there, and what they write stays there. */
    private static Path scratchFolder(Path run) throws IOException {
        Fixtures.copyTree(Path.of("src/sample/learn"), run.resolve("src/sample/learn"));
        Fixtures.copyTree(Path.of("src/sample/learn"), run.resolve("content/learn"));
        Files.writeString(run.resolve("old.md"), "\n" + Files.readString(Path.of(SAMPLE)));
        Files.writeString(run.resolve("bad.md"), "---\nid: 1\ntitle: Gases: a primer\n---\n");
        return run;
    }

    private static String between(String text, String open, String close) {
        int start = text.indexOf(open) + open.length();
        return text.substring(start, text.indexOf(close, start)).strip();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String classPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(p -> Path.of(p).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
    }

    private static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    /** Runs a JDK tool in a folder; returns its output, failing the test on a non-zero exit. */
    private static String run(Path folder, List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("a hang guard").isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
        return output;
    }
}
