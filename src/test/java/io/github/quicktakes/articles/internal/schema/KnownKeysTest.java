package io.github.quicktakes.articles.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnownKeysTest {
    private static final List<String> KEYS = List.of(
            "_schema", "id", "date", "title", "article_title", "date_format", "post_on_text", "seo", "author",
            "question", "no_index", "answer", "subject", "file_name", "url", "score", "page_description",
            "page_keywords", "related_article1", "related_article2", "related_article3", "related_article4",
            "related_article5");

    /** {@link KnownKeys#find} on {@code text} at {@code offset}, with the bytes it may read after it. */
    private static int find(String text, int offset) {
        byte[] b = (text + " ".repeat(KnownKeys.FIND_READS)).getBytes(StandardCharsets.ISO_8859_1);
        return KnownKeys.find(b, offset);
    }

    @Test
    void everyKnownKeyIsFoundByItsWordsAndItsName() {
        assertThat(KnownKeys.COUNT).isEqualTo(KEYS.size());
        for (int offset = 0; offset < 9; offset++) {
            for (String key : KEYS) {
                int id = find("x".repeat(offset) + key + ": v\n", offset);
                assertThat(id).as("%s at %d", key, offset).isGreaterThanOrEqualTo(0);
                assertThat(KnownKeys.name(id)).isEqualTo(key);
                assertThat(KnownKeys.length(id)).isEqualTo(key.length());
                assertThat(KnownKeys.id(new String(key))).isEqualTo(id);
            }
        }
    }

    @Test
    void nearMissesAreNotKnownKeys() {
        for (String key : KEYS) {
            List<String> misses = List.of(
                    key.substring(0, key.length() - 1), // shorter
                    key + "s", // longer
                    key + "_x1234567890", // much longer
                    "x" + key,
                    key.substring(0, key.length() - 1) + (char) (key.charAt(key.length() - 1) ^ 1),
                    key.toUpperCase(),
                    key + "\u00e9");
            for (String miss : misses) {
                if (KEYS.contains(miss)) {
                    continue;
                }
                assertThat(find(miss + ": v\n", 0)).as(miss).isEqualTo(-1);
                assertThat(KnownKeys.id(miss)).as(miss).isEqualTo(-1);
            }
            // The key must end at the first colon.
            assertThat(find(key + "x:y: v\n", 0)).as(key + "x:y").isEqualTo(-1);
            assertThat(find(key + "\n: v\n", 0)).as(key + " then a line break").isEqualTo(-1);
            assertThat(find(key, 0)).as(key + " without a colon").isEqualTo(-1);
        }
        assertThat(find(": v\n", 0)).isEqualTo(-1);
    }
}
