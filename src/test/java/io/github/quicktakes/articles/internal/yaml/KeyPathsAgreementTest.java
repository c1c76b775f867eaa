package io.github.quicktakes.articles.internal.yaml;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleException;
import io.github.quicktakes.articles.ArticleJson;
import io.github.quicktakes.articles.ArticleParseException;
import io.github.quicktakes.articles.ArticleParser;
import io.github.quicktakes.articles.Fixtures;
import io.github.quicktakes.articles.ParseLimits;
import io.github.quicktakes.articles.ParseMode;
import io.github.quicktakes.articles.internal.article.ArticleDocument;
import io.github.quicktakes.articles.internal.article.FrontMatterEditor;
import io.github.quicktakes.articles.internal.lines.Frame;
import io.github.quicktakes.articles.internal.lines.ParseContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every path that applies a key's rules gives the same answer for the same value: the fast reader's
 * shortcut, the fast and the general reader with the full schema check, the typed values, the
 * editor and the JSON reader. Values under each key are written every way YAML's core schema knows.
 */
class KeyPathsAgreementTest {
    private static final List<String> SPELLINGS = List.of(
            "42", "-1", "+7", "010", "0o17", "0x1F", "0X1F", "0x", "1e3", "1E3", ".5", "+1.0", "1.", "-1.0", "2.E-1",
            "1e", ".", "+.inf", ".inf", "-.Inf", ".NaN", "-.nan", "1_000", "True", "false", "yes", "2024-02-29",
            "2024-02-30", "+2024-02-29", "abc", "1234567890123456789", "12345678901234567890", "0x7FFFFFFFFFFFFFFF",
            "0x8000000000000000", "~", "null");

    /** Keys of every type; a dot separates a block's key from its child's. */
    private static final List<String> KEYS = List.of("id", "score", "no_index", "date", "related_article1.id",
            "title", "seo.title", "extra");

    private static final String RELATED = """
            related_article1:
                id: 7
                title: Another question
                subject: Testing
                url: /learn/testing/questions/another
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyPathGivesTheSameAnswerForTheSameSpelling() {
        SoftAssertions soft = new SoftAssertions();
        for (String key : KEYS) {
            for (String spelling : SPELLINGS) {
                String text = articleWith(key, spelling);
                String what = key + ": " + spelling;
                Answer fast = read(text, key, true);
                Answer general = read(text, key, false);
                soft.assertThat(general).as("general reader, " + what).isEqualTo(fast);
                FastFrontMatterReader.Result shortcut = fastRead(text);
                if (shortcut != null && shortcut.schemaChecked()) {
                    soft.assertThat(fast.accepted()).as("fast reader's shortcut, " + what).isTrue();
                }
                // with(key, null) is refused by design (without(key) removes a key), so null is not compared
                boolean nullAtTop = fast.accepted() && fast.value() == null && key.indexOf('.') < 0;
                if (!isText(key) && !nullAtTop) {
                    Object coreValue = Scalars.resolvePlain(spelling);
                    soft.assertThat(edit(key, coreValue).accepted()).as("editor given " + describe(coreValue) + ", " + what)
                            .isEqualTo(fast.accepted());
                }
                if (fast.accepted() && !nullAtTop) {
                    soft.assertThat(edit(key, fast.value())).as("editor given the value read, " + what).isEqualTo(fast);
                }
                if (fast.accepted()) {
                    soft.assertThat(jsonRoundTrip(text, key)).as("JSON round trip, " + what).isEqualTo(fast);
                }
                Answer json = fromJson(key, spelling);
                if (json != null) {
                    soft.assertThat(json).as("JSON reader, " + what).isEqualTo(jsonExpectation(key, spelling, fast));
                }
            }
        }
        soft.assertAll();
    }

    @Test
    void theEditorNeverWritesAValueTheReadersRefuse() {
        SoftAssertions soft = new SoftAssertions();
        Object[] values = {LocalDate.of(10000, 1, 1), LocalDate.of(-1, 1, 1), LocalDate.of(999, 12, 31), 31L,
            Long.MIN_VALUE, 1e300, Double.NaN, Double.NEGATIVE_INFINITY, -0.0, true, "text"};
        for (String key : KEYS) {
            for (Object value : values) {
                try {
                    Answer edited = edit(key, value);
                    if (edited.accepted() && !isText(key)) {
                        soft.assertThat(edited.value()).as(key + " = " + describe(value)).isEqualTo(expectedRead(key, value));
                    }
                } catch (ArticleParseException e) {
                    soft.fail(key + " = " + describe(value) + ": the editor wrote what the reader refuses: " + e.getMessage());
                }
            }
        }
        soft.assertAll();
    }

    /** A value as read back: integers under a number key become numbers; the rest stays. */
    private static Object expectedRead(String key, Object value) {
        return key.equals("score") && value instanceof Long l ? (Object) l.doubleValue() : value;
    }

    /** What the reader answers: a value (with its class) or a refusal. */
    record Answer(boolean accepted, Object value) {
        static final Answer REFUSED = new Answer(false, null);

        @Override
        public String toString() {
            return accepted ? describe(value) : "refused";
        }
    }

    private static String describe(Object v) {
        return v == null ? "null" : v.getClass().getSimpleName() + " " + v;
    }

    private static boolean isText(String key) {
        return key.equals("title") || key.equals("seo.title");
    }

    private static String articleWith(String key, String spelling) {
        String base = Fixtures.MINIMAL.replace("---\n\n&nbsp;", RELATED + "---\n\n&nbsp;");
        return switch (key) {
            case "id" -> base.replace("id: 42\n", "id: " + spelling + "\n");
            case "date" -> base.replace("date: 2024-11-27\n", "date: " + spelling + "\n");
            case "title" -> base.replace("title: A small question\narticle", "title: " + spelling + "\narticle");
            case "seo.title" -> base.replace("  title: QuickTakes | Testing", "  title: " + spelling);
            case "related_article1.id" -> base.replace("    id: 7\n", "    id: " + spelling + "\n");
            case "no_index" -> base.replace("answer: >-", "no_index: " + spelling + "\nanswer: >-");
            default -> base.replace("related_article1:", key + ": " + spelling + "\nrelated_article1:");
        };
    }

    private static FastFrontMatterReader.Result fastRead(String text) {
        ParseContext ctx = new ParseContext(text, "t", ParseMode.STRICT, ParseLimits.defaults());
        return FastFrontMatterReader.read(ctx, Frame.open(ctx));
    }

    private static Answer read(String text, String key, boolean fast) {
        try {
            ParseContext ctx = new ParseContext(text, "t", ParseMode.STRICT, ParseLimits.defaults());
            ArticleDocument.parse(ctx, fast);
            return new Answer(true, valueOf(ArticleParser.parse(text), key));
        } catch (ArticleException e) {
            return Answer.REFUSED;
        }
    }

    private static Object valueOf(Article a, String key) {
        int dot = key.indexOf('.');
        if (dot < 0) {
            return a.frontMatter().get(key);
        }
        return ((Map<?, ?>) a.frontMatter().get(key.substring(0, dot))).get(key.substring(dot + 1));
    }

    /** Sets the key on the base article through the editor; an error of its own check is a refusal. */
    @SuppressWarnings("unchecked") // a block of the front matter is a Map of String keys
    private static Answer edit(String key, Object value) {
        Article base = ArticleParser.parse(articleWith("title", "A small question"));
        int dot = key.indexOf('.');
        Article edited;
        try {
            if (dot < 0) {
                edited = base.with(key, value);
            } else {
                String parent = key.substring(0, dot);
                Map<String, Object> block = new LinkedHashMap<>((Map<String, Object>) base.frontMatter().get(parent));
                block.put(key.substring(dot + 1), value);
                edited = base.with(parent, block);
            }
        } catch (ArticleParseException e) {
            throw e;
        } catch (ArticleException e) {
            return Answer.REFUSED;
        }
        return new Answer(true, valueOf(edited, key));
    }

    private static Answer jsonRoundTrip(String text, String key) {
        ArticleJson json = ArticleJson.builder().includeSource(false).build();
        try {
            return new Answer(true, valueOf(json.parse(json.write(ArticleParser.parse(text))), key));
        } catch (ArticleException e) {
            return Answer.REFUSED;
        }
    }

    /**
     * The JSON reader given the spelling as a JSON literal where JSON has one (a number, a boolean),
     * else as a JSON string; {@code null} for a text key, where JSON strings are simply text.
     */
    private static Answer fromJson(String key, String spelling) {
        if (isText(key) || spelling.equals("null")) {
            return null; // JSON's null leaves a key out: no value to compare
        }
        ArticleJson json = ArticleJson.builder().includeSource(false).build();
        try {
            ObjectNode written = (ObjectNode) JSON.readTree(json.write(ArticleParser.parse(articleWith("title", "x"))));
            String literal = isJsonLiteral(spelling) ? spelling : JSON.writeValueAsString(spelling);
            int dot = key.indexOf('.');
            ObjectNode holder = dot < 0 ? written : (ObjectNode) written.get(key.substring(0, dot));
            holder.set(dot < 0 ? key : key.substring(dot + 1), JSON.readTree(literal));
            written.remove("$related");
            return new Answer(true, valueOf(json.parse(JSON.writeValueAsString(written)), key));
        } catch (ArticleException e) {
            return Answer.REFUSED;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean isJsonLiteral(String spelling) {
        return spelling.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?|true|false");
    }

    /**
     * What the JSON reader must answer: a JSON number or boolean means what the same plain scalar
     * means; a JSON string means text (as a quoted scalar would), except under {@code date}, as
     * JSON has no dates, and under a number key for infinity and NaN, which JSON numbers cannot hold.
     */
    private static Answer jsonExpectation(String key, String spelling, Answer yaml) {
        if (isJsonLiteral(spelling)) {
            return yaml;
        }
        return switch (key) {
            case "date" -> yaml;
            case "score" -> yaml.accepted() && yaml.value() instanceof Double d && (d.isNaN() || d.isInfinite())
                    ? yaml : Answer.REFUSED;
            case "extra" -> yaml.accepted() && (yaml.value() instanceof LocalDate
                    || yaml.value() instanceof Double d && (d.isNaN() || d.isInfinite())) ? yaml : new Answer(true, spelling);
            default -> Answer.REFUSED;
        };
    }
}
