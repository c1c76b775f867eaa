package io.github.quicktakes.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.quicktakes.articles.internal.repository.FileOps;
import io.github.quicktakes.articles.internal.repository.RealFileOps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleRepositoryTest {

    static String url(String folder, String slug) {
        return "/learn/" + folder + "/questions/" + slug;
    }

    /** A well-formed article in the generator's layout. */
    static Article article(long id, String subject, String folder, String slug, String title, RelatedArticle... related) {
        return Article.builder().id(id).date(LocalDate.of(2024, 1, (int) (id % 28) + 1)).title(title).articleTitle(title)
                .dateFormat("MMM DD, YYYY").postOnText("Posted on")
                .seo(new Seo("QuickTakes | " + subject, "About " + title, "k")).author("QuickTakes")
                .question(title).answer("An answer to: " + title).subject(subject)
                .fileName(slug + ".md").url(url(folder, slug)).related(List.of(related)).build();
    }

    static void write(Path root, String folder, String file, String text) throws IOException {
        Path dir = root.resolve(folder);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(file), text);
    }

    /** A small tree with one of every problem the repository reports. */
    static void fixtureTree(Path root) throws IOException {
        String a = url("physics", "alpha");
        String b = url("physics", "beta");
        write(root, "physics", "alpha.md", article(1, "Physics", "physics", "alpha", "Alpha",
                new RelatedArticle(1, 2, "Beta", "Physics", b),
                new RelatedArticle(2, 2, "Beta", "Physics", b),
                new RelatedArticle(4, 1, "Alpha", "Physics", a)).text());
        write(root, "physics", "beta.md", article(2, "Physics", "physics", "beta", "Beta",
                new RelatedArticle(1, 1, "Alpha, as it was once called", "Physics", a),
                new RelatedArticle(2, 99, "Gone", "Physics", url("physics", "gone"))).text());
        write(root, "physics", "gamma.md", article(2, "Physics", "physics", "gamma", "Gamma").with("file_name", "see.md").text());
        write(root, "chemistry", "delta.md", article(4, "Chemistry", "chemistry", "delta", "Delta").with("url", url("physics", "delta")).text());
        write(root, "chemistry", "epsilon.md", article(5, "Chemistry", "chemistry", "epsilon", "Epsilon").text()
                .replace("author: QuickTakes\n", ""));
        write(root, "chemistry", "broken.md", Fixtures.MINIMAL.replace("id: 42", "id: abc"));
        write(root, "chemistry", "notes.txt", "not an article");
    }

    @Test
    void reportsEveryProblemOfTheFixtureTreeExactly(@TempDir Path root) throws IOException {
        fixtureTree(root);
        ArticleRepository repo = ArticleRepository.open(root);
        assertThat(repo.size()).isEqualTo(5);
        ValidationReport report = repo.validate();
        assertThat(report.problems()).map(ArticleProblem::toString).containsExactly(
                "chemistry/broken.md:3:5: PARSE_ERROR: 'id' must be an integer, found 'abc'",
                "chemistry/delta.md: URL_MISMATCH: url /learn/physics/questions/delta does not match subject and slug: /learn/chemistry/questions/delta",
                "chemistry/epsilon.md:1:1: WARNING: missing required key 'author'",
                "physics/alpha.md: SELF_LINK: related_article4 points to the article itself",
                "physics/alpha.md: DUPLICATE_LINK: related_article2 points to the same article as related_article1 (/learn/physics/questions/beta)",
                "physics/alpha.md: SLOT_GAP: related slots are [1, 2, 4], not numbered from 1 without gaps",
                "physics/beta.md: DUPLICATE_ID: id 2 is also the id of [physics/gamma.md]",
                "physics/beta.md: BROKEN_LINK: related_article2 points to no article (id 99, url /learn/physics/questions/gone)",
                "physics/beta.md: DRIFTED_LINK: related_article1 copy differs from its target: title 'Alpha, as it was once called' (target 'Alpha')",
                "physics/gamma.md: DUPLICATE_ID: id 2 is also the id of [physics/beta.md]",
                "physics/gamma.md: FILE_NAME_MISMATCH: file_name 'see.md' is not the file's name 'gamma.md'");
        assertThat(report.articles()).isEqualTo(6);
        assertThat(report.hasProblems()).isTrue();
        assertThat(report.toText()).endsWith("6 articles checked, 11 problems (PARSE_ERROR 1, WARNING 1, DUPLICATE_ID 2, "
                + "FILE_NAME_MISMATCH 1, URL_MISMATCH 1, BROKEN_LINK 1, DRIFTED_LINK 1, SELF_LINK 1, DUPLICATE_LINK 1, SLOT_GAP 1)\n");
        JsonNode json = new ObjectMapper().readTree(report.toJson());
        assertThat(json.get("articles").asInt()).isEqualTo(6);
        assertThat(json.get("problems")).hasSize(11);
        assertThat(json.get("problems").get(0).get("kind").asText()).isEqualTo("PARSE_ERROR");
        assertThat(json.get("problems").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(repo.loadProblems()).hasSize(1);
        assertThat(Files.readString(root.resolve("chemistry/broken.md"))).contains("id: abc");
    }

    @Test
    void lookupsByIdUrlPathSubjectAndQueries(@TempDir Path root) throws IOException {
        fixtureTree(root);
        ArticleRepository repo = ArticleRepository.open(root);
        assertThat(repo.byId(2)).extracting(Article::title).containsExactly("Beta", "Gamma");
        assertThat(repo.byUrl(url("physics", "alpha"))).map(Article::id).hasValue(1L);
        assertThat(repo.byPath(Path.of("physics", "beta.md"))).map(Article::title).hasValue("Beta");
        assertThat(repo.byPath(root.resolve("physics/beta.md"))).isPresent();
        assertThat(repo.bySubject("physics")).extracting(Article::title).containsExactly("Alpha", "Beta", "Gamma");
        assertThat(repo.all()).extracting(Article::title).containsExactly("Delta", "Epsilon", "Alpha", "Beta", "Gamma");
        assertThat(repo.query().subject("Physics").text("ALP").list()).extracting(Article::id).containsExactly(1L);
        assertThat(repo.query().from(LocalDate.of(2024, 1, 3)).to(LocalDate.of(2024, 1, 5)).list()).extracting(Article::id)
                .containsExactly(4L, 2L, 2L);
        assertThat(repo.query().noIndex(true).list()).isEmpty();
        Article beta = repo.byUrl(url("physics", "beta")).orElseThrow();
        assertThat(repo.related(beta).values()).extracting(Article::title).containsExactly("Alpha");
    }

    @Test
    void fixingDriftRewritesOnlyTheDriftedLine(@TempDir Path root) throws IOException {
        fixtureTree(root);
        ArticleRepository repo = ArticleRepository.open(root);
        String before = Files.readString(root.resolve("physics/beta.md"));
        assertThat(repo.fixDriftedLinks(true)).containsExactly(Path.of("physics/beta.md"));
        assertThat(Files.readString(root.resolve("physics/beta.md"))).isEqualTo(before);
        assertThat(repo.fixDriftedLinks(false)).containsExactly(Path.of("physics/beta.md"));
        String after = Files.readString(root.resolve("physics/beta.md"));
        assertThat(ArticleEditTest.diff(before, after)).containsExactly("-        Alpha, as it was once called", "+        Alpha");
        assertThat(repo.linkReport()).noneMatch(p -> p.kind() == ArticleProblem.Kind.DRIFTED_LINK);
    }

    @Test
    void anEditSavedChangesOnlyTheEditedLinesOnDisk(@TempDir Path root) throws IOException {
        write(root, "physics", "ice.md", Fixtures.text("physics-ice.md"));
        ArticleRepository repo = ArticleRepository.open(root);
        Article a = repo.byPath(Path.of("physics/ice.md")).orElseThrow();
        Article saved = repo.save(a.toBuilder().question("Why is ice less dense than water?").build());
        String onDisk = Files.readString(root.resolve("physics/ice.md"));
        assertThat(ArticleEditTest.diff(Fixtures.text("physics-ice.md"), onDisk))
                .containsExactly("-    Why does ice float on water?", "+    Why is ice less dense than water?");
        assertThat(saved.question()).isEqualTo("Why is ice less dense than water?");
        assertThat(repo.byPath(Path.of("physics/ice.md")).orElseThrow()).isEqualTo(saved);
        try (Stream<Path> files = Files.list(root.resolve("physics"))) {
            // No temporary file is left; the folder's lock file stays (it is never deleted, and never loaded).
            assertThat(files).containsExactlyInAnyOrder(root.resolve("physics/ice.md"), root.resolve("physics/.quicktakes.lock"));
        }
    }

    @Test
    void aSaveRefusesWhenTheFileChangedOnDisk(@TempDir Path root) throws IOException {
        write(root, "physics", "ice.md", Fixtures.text("physics-ice.md"));
        ArticleRepository repo = ArticleRepository.open(root);
        Article a = repo.byPath(Path.of("physics/ice.md")).orElseThrow();
        Files.writeString(root.resolve("physics/ice.md"), Fixtures.text("physics-ice.md").replace("Ice floats", "Ice swims"));
        assertThatThrownBy(() -> repo.save(a.with("title", "Mine")))
                .isInstanceOf(ArticleException.class).hasMessageContaining("changed on disk since the article was read");
        assertThat(Files.readString(root.resolve("physics/ice.md"))).contains("Ice swims");

        ArticleRepository fresh = ArticleRepository.open(root);
        Article current = fresh.byPath(Path.of("physics/ice.md")).orElseThrow();
        Article first = fresh.save(current.with("title", "First"));
        assertThatThrownBy(() -> fresh.save(current.with("title", "Second, from a stale copy")))
                .isInstanceOf(ArticleException.class).hasMessageContaining("changed on disk");
        assertThat(fresh.save(first.with("title", "Second")).title()).isEqualTo("Second");
    }

    @Test
    void newArticlesGoToTheirSubjectFolderAndNeverOutsideTheRoot(@TempDir Path root) throws IOException {
        ArticleRepository repo = ArticleRepository.open(root);
        Article fresh = article(7, "Biology", "biology", "cells", "Cells");
        repo.save(fresh);
        assertThat(root.resolve("biology/cells.md")).hasContent(fresh.text());
        assertThat(repo.byId(7)).hasSize(1);
        assertThatThrownBy(() -> repo.save(fresh)).isInstanceOf(ArticleException.class).hasMessageContaining("exists already");
        for (String bad : List.of("../../x.md", "/etc/x.md", "..", "a/b.md", "x.txt")) {
            assertThatThrownBy(() -> repo.save(fresh.with("file_name", bad))).as(bad).isInstanceOf(ArticleException.class);
        }
        assertThatThrownBy(() -> repo.save(fresh.with("url", "/learn/../questions/x").with("file_name", "y.md")))
                .isInstanceOf(ArticleException.class);
        try (Stream<Path> all = Files.walk(root.getParent(), 2)) {
            assertThat(all.filter(p -> p.getFileName().toString().equals("x.md"))).isEmpty();
        }
    }

    @Test
    void findsArticlesAtAnyDepthAndInFoldersNamedLikeArticles(@TempDir Path root) throws IOException {
        write(root, "physics", "ice.md", article(1, "Physics", "physics", "ice", "Ice").text());
        write(root, "physics/deeper/still", "heat.md", article(2, "Physics", "physics", "heat", "Heat").text());
        write(root, "odd.md", "inside.md", article(3, "Physics", "physics", "inside", "Inside").text());
        write(root, "physics", "notes.txt", "not an article");
        Files.createDirectories(root.resolve("empty/folder"));
        ArticleRepository repo = ArticleRepository.open(root);
        assertThat(repo.loadProblems()).isEmpty();
        assertThat(repo.all()).extracting(Article::id).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(repo.byPath(Path.of("odd.md/inside.md"))).isPresent();
        assertThat(repo.byPath(Path.of("physics/deeper/still/heat.md"))).isPresent();
    }

    @Test
    void loadProblemsComeInPathOrderWhateverOrderTheFoldersAreListedIn(@TempDir Path root) throws IOException {
        List<String> broken = List.of("b/zeta.md", "a/eta.md", "c/alpha.md", "a/beta.md", "b/gamma.md", "c/delta.md",
                "a/theta.md", "b/iota.md");
        for (String path : broken) {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "no front matter\n");
        }
        ArticleRepository repo = ArticleRepository.open(root);
        assertThat(repo.loadProblems()).extracting(p -> p.path().toString().replace('\\', '/'))
                .containsExactlyElementsOf(broken.stream().sorted().toList());
    }

    @Test
    void findsAnArticleInFoldersNestedAThousandDeep(@TempDir Path root) throws IOException {
        // Hostile trees can nest folders as deep as paths allow; the walk must not use the stack per level.
        String deep = String.join("/", java.util.Collections.nCopies(1200, "d"));
        write(root, deep, "ice.md", article(1, "Physics", "physics", "ice", "Ice").text());
        ArticleRepository repo = ArticleRepository.open(root);
        assertThat(repo.loadProblems()).isEmpty();
        assertThat(repo.byPath(Path.of(deep, "ice.md"))).isPresent();
    }

    @Test
    void symbolicLinksLeadingOutAreNeitherReadNorWritten(@TempDir Path root, @TempDir Path outside) throws IOException {
        Files.writeString(outside.resolve("secret.md"), Fixtures.MINIMAL);
        Files.createDirectories(root.resolve("physics"));
        Files.createSymbolicLink(root.resolve("physics/secret.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(root.resolve("biology"), outside);
        ArticleRepository repo = ArticleRepository.open(root);
        assertThat(repo.size()).isZero();
        assertThat(repo.loadProblems()).extracting(ArticleProblem::kind).contains(ArticleProblem.Kind.OUTSIDE_ROOT);
        Article fresh = article(8, "Biology", "biology", "cells", "Cells");
        assertThatThrownBy(() -> repo.save(fresh)).isInstanceOf(ArticleException.class).hasMessageContaining("symbolic link");
        assertThat(outside.resolve("cells.md")).doesNotExist();
    }

    @Test
    void deleteByPathAndByUnambiguousId(@TempDir Path root) throws IOException {
        fixtureTree(root);
        ArticleRepository repo = ArticleRepository.open(root);
        assertThatThrownBy(() -> repo.delete(2)).isInstanceOf(ArticleException.class).hasMessageContaining("2 articles have id 2");
        assertThat(repo.delete(1)).isTrue();
        assertThat(root.resolve("physics/alpha.md")).doesNotExist();
        assertThat(repo.delete(Path.of("physics/gamma.md"))).isTrue();
        assertThat(repo.byId(2)).hasSize(1);
        assertThatThrownBy(() -> repo.delete(Path.of("../x.md"))).isInstanceOf(ArticleException.class);
    }

    @Test
    void aRefusedDeleteLeavesTheIndexAsItWas(@TempDir Path root, @TempDir Path outside) throws IOException {
        write(root, "physics", "ice.md", article(1, "Physics", "physics", "ice", "Ice").text());
        write(root, "physics", "heat.md", article(2, "Physics", "physics", "heat", "Heat").text());
        ArticleRepository repo = ArticleRepository.open(root);
        // After the load, the folder is swapped for a link to a copy outside the root.
        Files.move(root.resolve("physics"), outside.resolve("physics"));
        Files.createSymbolicLink(root.resolve("physics"), outside.resolve("physics"));

        assertThatThrownBy(() -> repo.delete(Path.of("physics/ice.md"))).isInstanceOf(ArticleException.class)
                .hasMessageContaining("symbolic link");
        assertThatThrownBy(() -> repo.delete(1)).isInstanceOf(ArticleException.class);
        assertThat(outside.resolve("physics/ice.md")).exists();
        assertThat(repo.size()).isEqualTo(2);
        assertThat(repo.byPath(Path.of("physics/ice.md"))).isPresent();
        assertThat(repo.byId(1)).hasSize(1);
        assertThat(repo.byUrl(url("physics", "ice"))).isPresent();
    }

    @Test
    void progressIsReportedAndIndexOnlyModeReadsOnDemand(@TempDir Path root) throws IOException {
        fixtureTree(root);
        AtomicInteger started = new AtomicInteger();
        Set<Path> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        ArticleRepository repo = ArticleRepository.builder(root).indexOnly(true).threads(2)
                .listener(new LoadListener() {
                    @Override
                    public void started(int files) {
                        started.set(files);
                    }

                    @Override
                    public void loaded(Path file, int done, int total) {
                        seen.add(file);
                    }
                }).open();
        assertThat(started.get()).isEqualTo(6);
        assertThat(seen).hasSize(6);
        assertThat(repo.byId(1)).extracting(Article::title).containsExactly("Alpha");
        assertThat(repo.validate().problems()).hasSize(11);
        Article saved = repo.save(repo.byId(1).get(0).with("title", "Alpha two"));
        assertThat(repo.byId(1).get(0)).isEqualTo(saved);
    }

    /** A listener that throws ends the load, and its exception reaches the caller as it was thrown. */
    @Test
    void aListenersExceptionReachesTheCallerAsThrown(@TempDir Path root) throws IOException {
        fixtureTree(root);
        IllegalStateException stop = new IllegalStateException("progress bar closed");
        assertThatThrownBy(() -> ArticleRepository.builder(root).threads(2).listener(new LoadListener() {
            @Override
            public void loaded(Path file, int done, int total) {
                throw stop;
            }
        }).open()).isSameAs(stop);
    }

    /** A save that fails at any step leaves the original file as it was, and no temporary file. */
    @Test
    void aSaveInterruptedAtAnyStepLeavesTheOriginalIntact(@TempDir Path root) throws IOException {
        String original = Fixtures.text("physics-ice.md");
        write(root, "physics", "ice.md", original);
        for (String failAt : List.of("createTemp", "keepAttributes", "writeAndSync", "moveAtomically")) {
            ArticleRepository repo = ArticleRepository.builder(root).fileOps(new FailingOps(failAt)).open();
            Article a = repo.byPath(Path.of("physics/ice.md")).orElseThrow();
            assertThatThrownBy(() -> repo.save(a.with("title", "Changed"))).as(failAt).isInstanceOf(IOException.class);
            assertThat(root.resolve("physics/ice.md")).as(failAt).hasContent(original);
            try (Stream<Path> files = Files.list(root.resolve("physics"))) {
                assertThat(files.filter(f -> !f.getFileName().toString().equals(".quicktakes.lock")))
                        .as(failAt + ": no temporary file left").containsExactly(root.resolve("physics/ice.md"));
            }
            assertThat(repo.byPath(Path.of("physics/ice.md")).orElseThrow().text()).isEqualTo(original);
        }
    }

    /** Real file operations, one of which fails (after doing half of its work, where it has any). */
    static final class FailingOps implements FileOps {
        private final String failAt;

        FailingOps(String failAt) {
            this.failAt = failAt;
        }

        @Override
        public Path createTemp(Path dir) throws IOException {
            if (failAt.equals("createTemp")) {
                throw new IOException("simulated failure before the temporary file");
            }
            return RealFileOps.INSTANCE.createTemp(dir);
        }

        @Override
        public void keepAttributes(Path target, Path temp) throws IOException {
            if (failAt.equals("keepAttributes")) {
                throw new IOException("simulated failure while setting the permissions");
            }
            RealFileOps.INSTANCE.keepAttributes(target, temp);
        }

        @Override
        public void writeAndSync(Path temp, byte[] bytes) throws IOException {
            if (failAt.equals("writeAndSync")) {
                Files.write(temp, java.util.Arrays.copyOf(bytes, bytes.length / 2));
                throw new IOException("simulated failure while writing the temporary file");
            }
            RealFileOps.INSTANCE.writeAndSync(temp, bytes);
        }

        @Override
        public void moveAtomically(Path temp, Path target) throws IOException {
            if (failAt.equals("moveAtomically")) {
                throw new IOException("simulated failure before the move");
            }
            RealFileOps.INSTANCE.moveAtomically(temp, target);
        }

        @Override
        public void deleteIfExists(Path file) throws IOException {
            RealFileOps.INSTANCE.deleteIfExists(file);
        }

        @Override
        public void syncDirectory(Path dir) {
            RealFileOps.INSTANCE.syncDirectory(dir);
        }
    }

    @Test
    void readersAndWritersAtTheSameTimeLoseNothing(@TempDir Path root) throws Exception {
        int n = 24;
        for (int i = 0; i < n; i++) {
            write(root, "topic", "a" + i + ".md", article(1000 + i, "Topic", "topic", "a" + i, "Title " + i).text());
        }
        ArticleRepository repo = ArticleRepository.open(root);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int w = 0; w < 3; w++) {
            int writer = w;
            threads.add(new Thread(() -> {
                try {
                    for (int round = 0; round < 20; round++) {
                        for (int i = writer; i < n; i += 3) {
                            Article a = repo.byId(1000 + i).get(0);
                            repo.save(a.with("title", "Title " + i + " v" + round));
                        }
                    }
                } catch (Throwable t) {
                    errors.add(t);
                }
            }));
        }
        for (int r = 0; r < 3; r++) {
            threads.add(new Thread(() -> {
                try {
                    for (int k = 0; k < 200; k++) {
                        assertThat(repo.all()).hasSize(n);
                        assertThat(repo.query().text("Title").list()).hasSize(n);
                        repo.validate();
                    }
                } catch (Throwable t) {
                    errors.add(t);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join(60_000);
        }
        assertThat(errors).isEmpty();
        ArticleRepository reread = ArticleRepository.builder(root).parser(ArticleParser.defaultParser()).open();
        assertThat(reread.loadProblems()).isEmpty();
        for (int i = 0; i < n; i++) {
            assertThat(reread.byId(1000 + i).get(0).title()).isEqualTo("Title " + i + " v19");
        }
    }

    @Test
    void corpusLoadsAndItsBrokenLinksMatchAnIndependentCount() throws IOException {
        Corpus.assumePresent();
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        ArticleRepository repo = ArticleRepository.open(Corpus.ROOT);
        System.gc();
        long heapAfter = rt.totalMemory() - rt.freeMemory();
        long bytes = 0;
        Set<String> ids = new HashSet<>();
        Set<String> urls = new HashSet<>();
        List<String[]> links = new ArrayList<>();
        Pattern related = Pattern.compile("^related_article\\d+:\\n    id: (-?\\d+)\\n(?:.*\\n)*?    url: (.*)$", Pattern.MULTILINE);
        for (Path file : Corpus.files()) {
            String text = Files.readString(file);
            bytes += Files.size(file);
            Matcher id = Pattern.compile("^id: (-?\\d+)$", Pattern.MULTILINE).matcher(text);
            Matcher url = Pattern.compile("^url: (.*)$", Pattern.MULTILINE).matcher(text);
            ids.add(id.find() ? id.group(1) : "?");
            urls.add(url.find() ? url.group(1) : "?");
            for (Matcher m = related.matcher(text); m.find(); ) {
                links.add(new String[] {m.group(1), m.group(2)});
            }
        }
        long independent = links.stream().filter(l -> !ids.contains(l[0]) && !urls.contains(l[1])).count();
        long reported = repo.linkReport().stream().filter(p -> p.kind() == ArticleProblem.Kind.BROKEN_LINK).count();
        assertThat(repo.size()).isEqualTo(Corpus.files().size());
        assertThat(reported).isEqualTo(independent);
        System.out.printf("repository: %d articles, %d broken links (independent count %d); heap after load %.1f MB for %.1f MB of files (%.0f bytes per article, %.2fx the file size)%n",
                repo.size(), reported, independent, (heapAfter - heapBefore) / 1e6, bytes / 1e6,
                (heapAfter - heapBefore) / (double) repo.size(), (heapAfter - heapBefore) / (double) bytes);
        repo = null;
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        ArticleRepository light = ArticleRepository.builder(Corpus.ROOT).indexOnly(true).open();
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        assertThat(light.size()).isEqualTo(Corpus.files().size());
        System.out.printf("repository (index only): heap after load %.1f MB (%.0f bytes per article)%n",
                (after - before) / 1e6, (after - before) / (double) light.size());
    }
}
