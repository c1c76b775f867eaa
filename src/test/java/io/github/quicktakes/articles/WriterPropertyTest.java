package io.github.quicktakes.articles;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For arbitrary text set as a title, question, answer, SEO description and related title, the
 * written file read by an independent YAML reader (Jackson) gives back the same values, and only
 * those keys' lines changed.
 */
class WriterPropertyTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String ICE = Fixtures.text("physics-ice.md");
    private static final Article BASE = ArticleParser.parse(ICE);

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(40)
                .filter(s -> !hasUnpairedSurrogate(s));
        Arbitrary<String> yamlish = Arbitraries.strings()
                .withChars(" :#-?'\"\\|>{}[],&*!%@`~\t\n\r\u0085\u2028\u00A0\uFEFFabcYN01.")
                .ofMaxLength(20);
        Arbitrary<String> words = Arbitraries.of("yes", "No", "true", "null", "~", "1.0", "0x1F", "2024-01-01", "-", "---",
                "...", "#", "a: b", "a #b", " lead", "trail ", "'q'", "\"q\"", "$x \\neq y$", "é ü ß — 中文 😀");
        return Arbitraries.oneOf(anyChars, yamlish, words, words.list().ofMaxSize(3).map(l -> String.join(" ", l)));
    }

    private static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    @Property(tries = 400)
    void arbitraryTextRoundTripsThroughAnIndependentReader(
            @ForAll("texts") String title, @ForAll("texts") String question, @ForAll("texts") String answer,
            @ForAll("texts") String description, @ForAll("texts") String relatedTitle) throws Exception {
        Article edited = BASE.toBuilder()
                .title(title).question(question).with("answer", answer)
                .seo(BASE.seo().withPageDescription(description))
                .relatedArticle(BASE.related().get(0).withTitle(relatedTitle))
                .build();
        String written = ArticleWriter.markdown().write(edited);

        JsonNode fm = YAML.readTree(frontMatter(written));
        assertThat(fm.get("title").asText()).isEqualTo(title);
        assertThat(fm.get("question").asText()).isEqualTo(question);
        assertThat(fm.get("answer").asText()).isEqualTo(answer);
        assertThat(fm.get("seo").get("page_description").asText()).isEqualTo(description);
        assertThat(fm.get("related_article1").get("title").asText()).isEqualTo(relatedTitle);
        assertThat(fm.get("article_title").asText()).isEqualTo(BASE.articleTitle());

        Article reread = ArticleParser.parse(written);
        assertThat(reread).isEqualTo(edited);
        assertThat(reread.title()).isEqualTo(title);
        assertThat(reread.frontMatter().get("answer")).isEqualTo(answer);

        assertThat(changedLinesOutside(written, List.of("title", "question", "answer", "seo", "related_article1")))
                .as("lines of other keys are untouched").isEmpty();
    }

    /** The front matter's lines, between the delimiters. */
    static String frontMatter(String text) {
        int start = text.indexOf('\n') + 1;
        int end = text.indexOf("\n---\n", start - 1);
        return text.substring(start, end + 1);
    }

    /** Lines of keys other than the given ones that differ from the original file. */
    private static List<String> changedLinesOutside(String written, List<String> edited) {
        Map<String, String> before = blocks(ICE);
        Map<String, String> after = blocks(written);
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> e : before.entrySet()) {
            if (!edited.contains(e.getKey()) && !e.getValue().equals(after.get(e.getKey()))) {
                changed.add(e.getKey());
            }
        }
        if (!after.keySet().equals(before.keySet())) {
            changed.add("key set " + after.keySet());
        }
        String beforeSeo = before.get("seo");
        String afterSeo = after.get("seo");
        String seoTitle = "  title: QuickTakes | Physics\n";
        if (!afterSeo.contains(seoTitle) || !afterSeo.contains(beforeSeo.substring(beforeSeo.indexOf("  page_keywords")))) {
            changed.add("seo children other than page_description");
        }
        return changed;
    }

    /** Each top-level key's text, from its line to the next top-level key. */
    private static Map<String, String> blocks(String text) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        String key = null;
        StringBuilder sb = new StringBuilder();
        for (String line : frontMatter(text).split("\n")) {
            if (!line.isEmpty() && !line.startsWith(" ") && line.indexOf(':') > 0) {
                if (key != null) {
                    out.put(key, sb.toString());
                }
                key = line.substring(0, line.indexOf(':'));
                sb.setLength(0);
            }
            sb.append(line).append('\n');
        }
        out.put(key, sb.toString());
        return out;
    }
}
