package io.github.quicktakes.articles;

import java.nio.file.Path;
import java.util.List;

/**
 * Run in a separate JVM by {@link CrashSafetyTest}: saves the articles of a folder in a loop, each
 * with a new title, until it is killed.
 */
public final class CrashSaver {
    private CrashSaver() {}

    /**
     * Saves forever.
     *
     * @param args the folder, and a number that makes this run's titles unique
     * @throws Exception on any failure (the test then sees the process end by itself)
     */
    public static void main(String[] args) throws Exception {
        ArticleRepository repo = ArticleRepository.open(Path.of(args[0]));
        List<Article> articles = new java.util.ArrayList<>(repo.all());
        System.out.println("ready");
        System.out.flush();
        for (long i = 0; ; i++) {
            int k = (int) (i % articles.size());
            articles.set(k, repo.save(articles.get(k).with("title", "Run " + args[1] + " save " + i)));
        }
    }
}
