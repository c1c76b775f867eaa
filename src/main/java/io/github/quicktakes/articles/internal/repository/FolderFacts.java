package io.github.quicktakes.articles.internal.repository;

import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleParser;
import io.github.quicktakes.articles.ArticleProblem;
import io.github.quicktakes.articles.internal.yaml.FactReader;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Every {@code *.md} below a folder read and parsed once, keeping only each article's {@link
 * ArticleFacts} or the problem that kept it from loading: what {@link FolderCheck} checks.
 */
public final class FolderFacts {
    private final FolderReader<ArticleFacts> reader;

    private FolderFacts(FolderReader<ArticleFacts> reader) {
        this.reader = reader;
    }

    /**
     * Reads a folder.
     *
     * @param root the folder
     * @param parser the parser (lenient, as the repository's default, so that warnings are reported)
     * @param threads how many threads walk and read
     * @return each file's facts or problem
     * @throws IOException if the root is not a folder or cannot be listed
     */
    public static FolderFacts read(Path root, ArticleParser parser, int threads) throws IOException {
        return read(root, parser, threads, true);
    }

    /**
     * Reads a folder, with the facts taken from the bytes where {@link FactReader} can, or from
     * every file parsed (what the fast path is compared with).
     *
     * @param root the folder
     * @param parser the parser
     * @param threads how many threads walk and read
     * @param fromBytes whether facts may be taken from the bytes
     * @return each file's facts or problem
     * @throws IOException if the root is not a folder or cannot be listed
     */
    public static FolderFacts read(Path root, ArticleParser parser, int threads, boolean fromBytes) throws IOException {
        return new FolderFacts(FolderReader.read(root, parser, threads, new FolderReader.Extractor<>() {
            @Override
            public ArticleFacts fromBytes(String key, BasicFileAttributes attrs, byte[] bytes, int length, ArticleParser p) {
                if (!fromBytes) {
                    return null;
                }
                FactReader.Facts f = FactReader.read(bytes, length, p.limits());
                return f == null ? null : ArticleFacts.of(key, f);
            }

            @Override
            public ArticleFacts extract(String key, BasicFileAttributes attrs, Article article) {
                return ArticleFacts.of(key, article);
            }
        }));
    }

    /**
     * The facts of every loaded article, in key order.
     *
     * @return the facts
     */
    public List<ArticleFacts> articles() {
        return reader.articles();
    }

    /**
     * The files that could not be loaded, in key order.
     *
     * @return the problems
     */
    public List<ArticleProblem> loadProblems() {
        return reader.loadProblems();
    }
}
