package io.github.quicktakes.articles.internal.repository;

import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleProblem;
import io.github.quicktakes.articles.ArticleProblem.Kind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The repository's checks of each article against the others and the site: warnings, duplicate ids
 * and urls, {@code file_name} and {@code url} that do not match the file, urls that cannot be a page,
 * pages that clash, names too long to convert, and the {@link LinkChecks link rules}.
 */
public final class RepositoryChecks {
    /** The longest suffix a built-in conversion gives a file ({@code .html}, {@code .json}) in place of {@code .md}. */
    private static final String CONVERTED_SUFFIX = ".html";

    private final ArticleIndex index;
    private final Function<IndexEntry, Article> articles;
    /** Entries by the page their url maps to, compared as a case-insensitive file system would. */
    private final Map<String, List<IndexEntry>> byPage = new HashMap<>();

    /**
     * Checks over an index.
     *
     * @param index the index
     * @param articles parses an entry's article
     */
    public RepositoryChecks(ArticleIndex index, Function<IndexEntry, Article> articles) {
        this.index = index;
        this.articles = articles;
        for (IndexEntry e : index.all()) {
            String page = PagePaths.pageOf(e.url());
            if (page != null) {
                byPage.computeIfAbsent(PagePaths.clashKey(page), k -> new ArrayList<>(1)).add(e);
            }
        }
    }

    /**
     * Every problem, sorted by path, line and kind.
     *
     * @param loadProblems the files that could not be loaded
     * @return the problems
     */
    public List<ArticleProblem> problems(List<ArticleProblem> loadProblems) {
        List<ArticleProblem> out = new ArrayList<>(loadProblems);
        for (IndexEntry e : index.all()) {
            check(e, articles.apply(e), out);
        }
        out.sort(Comparator.comparing((ArticleProblem p) -> p.path().toString().replace('\\', '/'))
                .thenComparingInt(ArticleProblem::line).thenComparing(ArticleProblem::kind));
        return out;
    }

    private void check(IndexEntry e, Article a, List<ArticleProblem> out) {
        Path rel = Path.of(e.key());
        a.warnings().forEach(w -> out.add(new ArticleProblem(Kind.WARNING, rel, w.line(), w.column(), w.message())));
        List<IndexEntry> sameId = index.withId(e.id());
        if (sameId.size() > 1 && a.has("id")) {
            out.add(new ArticleProblem(Kind.DUPLICATE_ID, rel, 0, 0, "id " + e.id() + " is also the id of " + others(sameId, e)));
        }
        List<IndexEntry> sameUrl = index.atUrl(e.url());
        if (sameUrl.size() > 1 && a.has("url")) {
            out.add(new ArticleProblem(Kind.DUPLICATE_URL, rel, 0, 0, "url " + e.url() + " is also the url of " + others(sameUrl, e)));
        }
        String fileName = rel.getFileName().toString();
        if (a.has("file_name") && !fileName.equals(a.frontMatter().get("file_name"))) {
            out.add(new ArticleProblem(Kind.FILE_NAME_MISMATCH, rel, 0, 0, "file_name '" + a.frontMatter().get("file_name")
                    + "' is not the file's name '" + fileName + "'"));
        }
        if (a.has("url")) {
            checkPage(e, rel, out);
        }
        String stem = fileName.substring(0, fileName.length() - 3);
        if (PagePaths.tooLong(stem + CONVERTED_SUFFIX)) {
            out.add(new ArticleProblem(Kind.NAME_TOO_LONG, rel, 0, 0, "file name is " + PagePaths.utf8Length(fileName)
                    + " bytes: converted (" + CONVERTED_SUFFIX + ") it would be longer than a file name may be ("
                    + PagePaths.MAX_NAME_BYTES + ")"));
        }
        if (a.has("url") && a.has("subject")) {
            String expected = "/learn/" + Slugs.of(e.subject()) + "/questions/" + stem;
            if (!e.url().equals(expected)) {
                out.add(new ArticleProblem(Kind.URL_MISMATCH, rel, 0, 0, "url " + e.url() + " does not match subject and slug: "
                        + expected));
            }
        }
        LinkChecks.check(index, e, a, out);
    }

    /** A url that cannot be a page, or whose page another url also maps to. */
    private void checkPage(IndexEntry e, Path rel, List<ArticleProblem> out) {
        PagePaths.Refusal refusal = PagePaths.check(e.url());
        if (refusal != null) {
            out.add(new ArticleProblem(refusal.kind(), rel, 0, 0, refusal.message()));
            return;
        }
        List<IndexEntry> samePage = byPage.getOrDefault(PagePaths.clashKey(PagePaths.pageOf(e.url())), List.of());
        List<IndexEntry> differing = samePage.stream().filter(x -> !x.url().equals(e.url())).toList();
        if (!differing.isEmpty()) {
            out.add(new ArticleProblem(Kind.DUPLICATE_PAGE, rel, 0, 0, "url " + e.url()
                    + " differs only in letter case from the url of " + others(differing, e)
                    + ": one page on a case-insensitive file system"));
        }
    }

    /**
     * The paths of the entries other than {@code self}, for messages.
     *
     * @param all entries
     * @param self the one left out
     * @return such as {@code [physics/a.md, physics/b.md]}
     */
    public static String others(List<IndexEntry> all, IndexEntry self) {
        return all.stream().filter(x -> !x.key().equals(self.key())).map(IndexEntry::key).toList().toString();
    }
}
