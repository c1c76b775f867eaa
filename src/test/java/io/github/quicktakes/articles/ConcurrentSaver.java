package io.github.quicktakes.articles;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Run in a separate JVM by {@link CrossProcessSaveTest}: opens the repository, says {@code ready},
 * waits for a line on standard input so that both savers start together, then either edits one
 * article many times or creates many new ones, and prints what happened.
 */
public final class ConcurrentSaver {
    private ConcurrentSaver() {}

    /**
     * Saves.
     *
     * @param args {@code edit} or {@code create}, the folder, this saver's name and how many saves
     * @throws Exception on any failure other than the refusals a saver expects (the test then sees
     *     a non-zero exit)
     */
    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path root = Path.of(args[1]);
        String name = args[2];
        int count = Integer.parseInt(args[3]);
        ArticleRepository repo = ArticleRepository.open(root);
        System.out.println("ready");
        System.out.flush();
        if (System.in.read() < 0) {
            throw new IllegalStateException("no start signal");
        }
        if (mode.equals("edit")) {
            edit(repo, root.resolve(CrossProcessSaveTest.SHARED), name, count);
        } else {
            create(repo, name, count);
        }
        System.out.flush();
    }

    /**
     * Appends a token per edit to the body; on a refusal reads the file again and reapplies the edit.
     *
     * @return how many saves were refused and retried
     */
    static int edit(ArticleRepository repo, Path file, String name, int count) throws Exception {
        Article current = repo.byPath(file).orElseThrow();
        int retries = 0;
        for (int i = 0; i < count; i++) {
            String token = name + "-" + i;
            while (true) {
                try {
                    current = repo.save(current.withBody(current.body() + token + "\n"));
                    break;
                } catch (ArticleException e) {
                    if (!e.getMessage().contains("changed on disk")) {
                        throw e;
                    }
                    retries++;
                    // The repository's index does not see the other process's saves: read the file itself.
                    current = ArticleParser.parse(file);
                }
            }
        }
        System.out.println("retries " + retries);
        return retries;
    }

    /** Tries to create the same new articles as the other saver, each titled by this saver's name. */
    private static void create(ArticleRepository repo, String name, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            Article fresh = ArticleRepositoryTest.article(100 + i, "Topic", "topic", "new" + i, "By " + name);
            try {
                repo.save(fresh);
                System.out.println("created " + i);
            } catch (ArticleException e) {
                if (!e.getMessage().contains("exists already")) {
                    throw e;
                }
                System.out.println("exists " + i);
            }
        }
    }
}
