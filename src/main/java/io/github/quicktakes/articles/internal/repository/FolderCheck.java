package io.github.quicktakes.articles.internal.repository;

import io.github.quicktakes.articles.ArticleProblem;
import io.github.quicktakes.articles.ArticleProblem.Kind;
import io.github.quicktakes.articles.RelatedArticle;
import io.github.quicktakes.articles.ValidationReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The checks of {@code ArticleRepository.validate()} over {@link ArticleFacts}: the same problems,
 * worded the same and in the same order, from one parse of each file instead of two and with no
 * file kept in memory. The per-article checks run in parallel; the lookups they share are built
 * first and only read.
 */
public final class FolderCheck {
    /** The longest suffix a built-in conversion gives a file ({@code .html}) in place of {@code .md}. */
    private static final String CONVERTED_SUFFIX = ".html";
    private static final String LEARN = "/learn/";
    private static final String QUESTIONS = "/questions/";
    private static final Comparator<ArticleProblem> IN_FILE =
            Comparator.comparingInt(ArticleProblem::line).thenComparing(ArticleProblem::kind);

    private final List<ArticleFacts> articles;
    private final Map<Long, List<ArticleFacts>> byId;
    private final Map<String, List<ArticleFacts>> byUrl;
    private final Map<String, List<ArticleFacts>> byPage;
    /** Each subject's folder name, made once per subject (a site has a few dozen). */
    private final Map<String, String> slugs = new ConcurrentHashMap<>();

    /** Each article's url checked once (the check asks the file system about names): null when it has a page. */
    private final PagePaths.Refusal[] refusals;
    /** Each article's page as {@link PagePaths#clashKey} of its url, or null where the url has no page. */
    private final String[] clashKeys;

    private FolderCheck(List<ArticleFacts> articles) {
        this.articles = articles;
        // Sized for one entry per article, so that no map grows while 35,915 articles go in.
        int capacity = articles.size() * 4 / 3 + 1;
        this.byId = new HashMap<>(capacity);
        this.byUrl = new HashMap<>(capacity);
        this.byPage = new HashMap<>(capacity);
        this.refusals = new PagePaths.Refusal[articles.size()];
        this.clashKeys = new String[articles.size()];
        IntStream.range(0, articles.size()).parallel().forEach(i -> {
            String url = articles.get(i).url();
            refusals[i] = PagePaths.check(url);
            clashKeys[i] = refusals[i] == null ? PagePaths.clashKey(url) : null;
        });
        // In key order, so every list is in key order as the repository's are. The three maps are
        // independent: each is filled on a thread of its own (one after another they were a third of the checks).
        Stream.<Runnable>of(() -> index(byId, i -> articles.get(i).id()), () -> index(byUrl, i -> articles.get(i).url()),
                () -> index(byPage, i -> clashKeys[i])).parallel().forEach(Runnable::run);
    }

    /** Fills a lookup with every article under its key, in key order; an article with a null key is left out. */
    private <K> void index(Map<K, List<ArticleFacts>> map, IntFunction<K> keyOf) {
        for (int i = 0; i < articles.size(); i++) {
            K key = keyOf.apply(i);
            if (key != null) {
                map.computeIfAbsent(key, k -> new ArrayList<>(1)).add(articles.get(i));
            }
        }
    }

    /**
     * Checks a folder read by {@link FolderFacts}.
     *
     * @param folder the folder's facts
     * @return the report, as {@code ArticleRepository.validate()} gives it for the same folder
     */
    public static ValidationReport check(FolderFacts folder) {
        return check(folder.articles(), folder.loadProblems());
    }

    /**
     * The checks of {@code ArticleRepository.validate()}, one set of rules for the repository and the
     * command line's single pass.
     *
     * @param articles the facts of every loaded article, in key order
     * @param loadProblemsInAnyOrder the files that could not be loaded
     * @return the report, sorted by path, line and kind
     */
    public static ValidationReport check(List<ArticleFacts> articles, List<ArticleProblem> loadProblemsInAnyOrder) {
        List<ArticleProblem> loadProblems = new ArrayList<>(loadProblemsInAnyOrder);
        loadProblems.sort(Comparator.comparing(FolderCheck::keyOf));
        FolderCheck c = new FolderCheck(articles);
        List<List<ArticleProblem>> perArticle = IntStream.range(0, articles.size()).parallel()
                .mapToObj(c::problems).toList();
        // Both lists are in key order and name different files: merging them is the report's order
        // (by path, then line, then kind) without sorting the whole report.
        List<ArticleProblem> out = new ArrayList<>(loadProblems.size() + articles.size());
        int p = 0;
        for (int i = 0; i < articles.size(); i++) {
            String key = articles.get(i).key();
            while (p < loadProblems.size() && keyOf(loadProblems.get(p)).compareTo(key) < 0) {
                out.add(loadProblems.get(p++));
            }
            out.addAll(perArticle.get(i));
        }
        out.addAll(loadProblems.subList(p, loadProblems.size()));
        return new ValidationReport(articles.size() + loadProblems.size(), out);
    }

    private static String keyOf(ArticleProblem p) {
        return p.path().toString().replace('\\', '/');
    }

    /** One article's problems, sorted by line and kind. */
    private List<ArticleProblem> problems(int i) {
        ArticleFacts e = articles.get(i);
        List<ArticleProblem> out = new ArrayList<>(4);
        Path rel = Path.of(e.key());
        e.warnings().forEach(w -> out.add(new ArticleProblem(Kind.WARNING, rel, w.line(), w.column(), w.message())));
        List<ArticleFacts> sameId = byId.get(e.id());
        if (sameId.size() > 1 && e.hasId()) {
            out.add(new ArticleProblem(Kind.DUPLICATE_ID, rel, 0, 0, "id " + e.id() + " is also the id of " + others(sameId, e)));
        }
        List<ArticleFacts> sameUrl = byUrl.get(e.url());
        if (sameUrl.size() > 1 && e.hasUrl()) {
            out.add(new ArticleProblem(Kind.DUPLICATE_URL, rel, 0, 0, "url " + e.url() + " is also the url of " + others(sameUrl, e)));
        }
        String fileName = rel.getFileName().toString();
        if (e.hasFileName() && !fileName.equals(e.fileName())) {
            out.add(new ArticleProblem(Kind.FILE_NAME_MISMATCH, rel, 0, 0, "file_name '" + e.fileName()
                    + "' is not the file's name '" + fileName + "'"));
        }
        if (e.hasUrl()) {
            urlProblems(i, rel, out);
        }
        String stem = fileName.substring(0, fileName.length() - 3);
        if (PagePaths.tooLong(stem + CONVERTED_SUFFIX)) {
            out.add(new ArticleProblem(Kind.NAME_TOO_LONG, rel, 0, 0, "file name is " + PagePaths.utf8Length(fileName)
                    + " bytes: converted (" + CONVERTED_SUFFIX + ") it would be longer than a file name may be ("
                    + PagePaths.MAX_NAME_BYTES + ")"));
        }
        if (e.hasUrl() && e.hasSubject()) {
            String slug = slugs.computeIfAbsent(e.subject(), Slugs::of);
            if (!isUrlOf(e.url(), slug, stem)) {
                String expected = "/learn/" + slug + "/questions/" + stem;
                out.add(new ArticleProblem(Kind.URL_MISMATCH, rel, 0, 0, "url " + e.url() + " does not match subject and slug: "
                        + expected));
            }
        }
        new LinkCheck(byId, byUrl).problems(e, rel, out);
        out.sort(IN_FILE);
        return out;
    }

    /** Whether {@code url} is {@code "/learn/" + slug + "/questions/" + stem}, without making that string. */
    private static boolean isUrlOf(String url, String slug, String stem) {
        int questions = LEARN.length() + slug.length();
        return url.length() == questions + QUESTIONS.length() + stem.length() && url.startsWith(LEARN)
                && url.startsWith(slug, LEARN.length()) && url.startsWith(QUESTIONS, questions)
                && url.startsWith(stem, questions + QUESTIONS.length());
    }

    private void urlProblems(int i, Path rel, List<ArticleProblem> out) {
        ArticleFacts e = articles.get(i);
        if (refusals[i] != null) {
            out.add(new ArticleProblem(refusals[i].kind(), rel, 0, 0, refusals[i].message()));
            return;
        }
        List<ArticleFacts> samePage = byPage.getOrDefault(clashKeys[i], List.of());
        // Almost every page is its url's alone: the list of the others is made only where there are some.
        List<ArticleFacts> differing = List.of();
        for (ArticleFacts x : samePage) {
            if (!x.url().equals(e.url())) {
                differing = samePage.stream().filter(y -> !y.url().equals(e.url())).toList();
                break;
            }
        }
        if (!differing.isEmpty()) {
            out.add(new ArticleProblem(Kind.DUPLICATE_PAGE, rel, 0, 0, "url " + e.url()
                    + " differs only in letter case from the url of " + others(differing, e)
                    + ": one page on a case-insensitive file system"));
        }
    }

    static String others(List<ArticleFacts> all, ArticleFacts self) {
        return all.stream().filter(x -> !x.key().equals(self.key())).map(ArticleFacts::key).toList().toString();
    }

    /** The link report of one article: slot gaps, broken, duplicate, self and drifted links. */
    record LinkCheck(Map<Long, List<ArticleFacts>> byId, Map<String, List<ArticleFacts>> byUrl) {
        void problems(ArticleFacts self, Path rel, List<ArticleProblem> out) {
            LinkChecks.check(rel, self.key(), self.related(), this::resolve, out);
        }

        /** As the repository resolves a link: id and url, else the url, else the first with the id. */
        private ArticleFacts resolve(RelatedArticle r) {
            List<ArticleFacts> withId = byId.getOrDefault(r.id(), List.of());
            for (ArticleFacts e : withId) {
                if (e.url().equals(r.url())) {
                    return e;
                }
            }
            List<ArticleFacts> atUrl = byUrl.getOrDefault(r.url(), List.of());
            if (!atUrl.isEmpty()) {
                return atUrl.get(0);
            }
            return withId.isEmpty() ? null : withId.get(0);
        }
    }
}
