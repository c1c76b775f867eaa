package io.github.quicktakes.articles.internal.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Slugs#folderOfUrl} against the rule it was first written as: split at '/', five parts. */
class SlugsTest {
    private static String bySplitting(String url) {
        String[] parts = url.split("/", -1);
        return parts.length == 5 && parts[0].isEmpty() && parts[1].equals("learn") && parts[3].equals("questions")
                && !parts[2].isEmpty() ? parts[2] : null;
    }

    @Test
    void folderOfUrlIsWhatSplittingSays() {
        List<String> urls = List.of("/learn/physics/questions/what-is-a-vector", "/learn/physics/questions/",
                "/learn//questions/x", "/learn/physics/questions", "/learn/physics/questions/a/b", "learn/physics/questions/x",
                "/learn/physics/question/x", "/learn/a/b/questions/x", "/learn/physics/questionsx/y", "/learnx/p/questions/x",
                "/learn/", "/learn", "", "/", "//learn/p/questions/x", "/learn/p/questions//", "/LEARN/p/questions/x",
                "/learn/questions/questions/x", "/learn/p/questions/x/", "/learn/é/questions/ü", "/learn/p /questions/ x");
        for (String url : urls) {
            assertThat(Slugs.folderOfUrl(url)).as(url).isEqualTo(bySplitting(url));
        }
    }
}
