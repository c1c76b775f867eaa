package io.github.quicktakes.articles.internal.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quicktakes.articles.ArticleProblem.Kind;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PagePathsTest {

    @Test
    void aUrlOfPlainNamesHasItsPage() {
        assertThat(PagePaths.check("/learn/computer-science/questions/what-is-a-heap_2.0")).isNull();
        assertThat(PagePaths.pageOf("/learn/Math/questions/Why")).isEqualTo("learn/Math/questions/Why/index.html");
        assertThat(PagePaths.check("/learn/x/questions/" + "a".repeat(255))).isNull();
    }

    @Test
    void refusalsAreKeptWhereTheShortcutDoesNotApply() {
        assertThat(PagePaths.check("/learn/x/questions/..").kind()).isEqualTo(Kind.BAD_URL);
        assertThat(PagePaths.check("/learn/x/questions/a\\b").kind()).isEqualTo(Kind.BAD_URL);
        assertThat(PagePaths.check("/learn/x/questions/a\u0007b").message()).contains("U+0007");
        assertThat(PagePaths.check("/learn/x/questions/" + "a".repeat(256)).kind()).isEqualTo(Kind.NAME_TOO_LONG);
        assertThat(PagePaths.check("/learn/x/questions/" + "é".repeat(128)).kind()).isEqualTo(Kind.NAME_TOO_LONG);
        assertThat(PagePaths.check("/learn/caf\u00e9/questions/ok")).isNull();
        assertThat(PagePaths.check("learn/x/questions/y").kind()).isEqualTo(Kind.BAD_URL);
    }

    /** The shortcut only ever says yes where the full check (the file system asked) says yes too. */
    @Test
    void aSafeNameIsOneTheFullCheckAccepts() {
        String alphabet = "aZ09-_. /\\:*?\"<>|é\u0000\u001f\u00ad\ud800";
        Random random = new Random(15);
        int safe = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder name = new StringBuilder();
            int length = random.nextInt(4) == 0 ? 250 + random.nextInt(10) : random.nextInt(6);
            boolean plain = random.nextBoolean();
            for (int k = 0; k < length; k++) {
                name.append(alphabet.charAt(random.nextInt(plain ? 7 : alphabet.length())));
            }
            String s = name.toString();
            if (PagePaths.isSafeName(s)) {
                safe++;
                assertThat(PagePaths.plainNameProblem(s)).as(s).isNull();
                assertThat(PagePaths.tooLong(s)).as(s).isFalse();
            }
        }
        assertThat(safe).isGreaterThan(5_000);
    }
}
