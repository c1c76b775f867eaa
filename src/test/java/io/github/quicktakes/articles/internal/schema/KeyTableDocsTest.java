package io.github.quicktakes.articles.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/article.schema.json and section 2 of docs/format.md say what {@link Keys the key table}
 * says: the same keys, types and required keys.
 */
class KeyTableDocsTest {
    private static final Path SCHEMA = Path.of("docs", "article.schema.json");
    private static final Path FORMAT = Path.of("docs", "format.md");

    /** The JSON Schema type of each key type (a number key's value may also be text: infinity, NaN). */
    private static String jsonType(KeyType type) {
        return switch (type) {
            case TEXT, DATE -> "string";
            case INTEGER -> "integer";
            case FLOAT -> "number";
            case BOOLEAN -> "boolean";
            case MAPPING -> "object";
            case ANY -> throw new AssertionError("no key of the table is of any type");
        };
    }

    /** The words docs/format.md's key table uses for each key type. */
    private static String markdownType(KeyType type) {
        return switch (type) {
            case TEXT -> "text";
            case INTEGER -> "integer";
            case FLOAT -> "float";
            case BOOLEAN -> "boolean";
            case DATE -> "`YYYY-MM-DD`";
            case MAPPING -> "mapping";
            case ANY -> throw new AssertionError("no key of the table is of any type");
        };
    }

    @Test
    void theJsonSchemaHasTheKeysTypesAndRequiredKeysOfTheTable() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Files.readString(SCHEMA));
        JsonNode properties = schema.get("properties");
        List<String> frontMatterKeys = new ArrayList<>();
        properties.fieldNames().forEachRemaining(name -> {
            if (!name.startsWith("$")) {
                frontMatterKeys.add(name);
            }
        });
        assertThat(frontMatterKeys).containsExactlyElementsOf(Keys.ROOT.names());
        assertThat(strings(schema.get("required")).stream().filter(k -> !k.startsWith("$")).toList())
                .containsExactlyElementsOf(Keys.ROOT.required());
        assertTypes(properties, Keys.ROOT);
        JsonNode related = schema.get("patternProperties").get("^related_article[1-9][0-9]{0,5}$");
        assertThat(related).as("the pattern of related_articleN").isNotNull();
        assertThat(related.get("type").asText()).isEqualTo("object");
        assertBlock(related, Keys.RELATED);
        assertBlock(properties.get("seo"), Keys.SEO);
    }

    @Test
    void theJsonSchemasPatternForRelatedArticlesIsTheTables() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Files.readString(SCHEMA));
        List<String> patterns = new ArrayList<>();
        schema.get("patternProperties").fieldNames().forEachRemaining(patterns::add);
        Pattern related = Pattern.compile(patterns.stream().filter(p -> p.contains("related")).findFirst().orElseThrow());
        for (String key : List.of("related_article1", "related_article7", "related_article10", "related_article999999",
                "related_article1000000", "related_article0", "related_article01", "related_article", "related_article1x")) {
            assertThat(related.matcher(key).find()).as(key).isEqualTo(Keys.relatedSlot(key) > 0);
        }
    }

    private static void assertBlock(JsonNode block, KeyTable table) {
        List<String> names = new ArrayList<>();
        block.get("properties").fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyElementsOf(table.names());
        assertThat(strings(block.get("required"))).containsExactlyElementsOf(table.required());
        assertTypes(block.get("properties"), table);
    }

    private static void assertTypes(JsonNode properties, KeyTable table) {
        for (Key k : table.keys()) {
            JsonNode p = properties.get(k.name());
            List<String> types = new ArrayList<>();
            if (p.has("oneOf")) {
                p.get("oneOf").forEach(alt -> types.add(alt.get("type").asText()));
            } else {
                types.add(p.get("type").asText());
            }
            assertThat(types.get(0)).as(k.name()).isEqualTo(jsonType(k.type()));
            if (k.type() == KeyType.DATE) {
                assertThat(p.get("pattern").asText()).as(k.name()).isEqualTo("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
            }
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            out.add(it.next().asText());
        }
        return out;
    }

    @Test
    void theFormatsKeyTableHasTheKeysTypesAndRequiredKeysOfTheTable() throws IOException {
        Map<String, String[]> rows = markdownKeyRows(section2());
        List<String> expectedKeys = new ArrayList<>(Keys.ROOT.names());
        expectedKeys.add(Keys.RELATED_ARTICLE.name());
        assertThat(rows.keySet()).containsExactlyElementsOf(expectedKeys);
        for (String name : expectedKeys) {
            Key k = Keys.root(name.equals(Keys.RELATED_ARTICLE.name()) ? Keys.RELATED_PREFIX + 1 : name);
            String[] row = rows.get(name);
            assertThat(row[1]).as("type of " + name).isEqualTo(markdownType(k.type()));
            assertThat(row[3]).as("Req. of " + name).isEqualTo(k.required() ? "yes" : "no");
        }
    }

    @Test
    void theFormatsKeyOrderAndRequiredKeysAreTheTables() throws IOException {
        String section = section2();
        Matcher order = Pattern.compile("`(\\[?_schema\\]? id [^`]*)`").matcher(section);
        assertThat(order.find()).isTrue();
        List<String> written = new ArrayList<>();
        List<String> optional = new ArrayList<>();
        for (String word : order.group(1).split(" ")) {
            String name = word.replaceAll("[\\[\\]]", "");
            if (!name.startsWith(Keys.RELATED_PREFIX)) {
                written.add(name);
                if (word.startsWith("[")) {
                    optional.add(name);
                }
            }
        }
        assertThat(written).containsExactlyElementsOf(Keys.ROOT.names());
        assertThat(optional).containsExactlyElementsOf(Keys.ROOT.keys().stream().filter(k -> !k.required()).map(Key::name).toList());

        String required = section.substring(section.indexOf("**Required keys**"), section.indexOf("Strict mode"));
        List<String> groups = new ArrayList<>();
        Matcher m = Pattern.compile("`([^`]+)`").matcher(required);
        while (m.find()) {
            groups.add(m.group(1));
        }
        // `root keys...` (with `seo.title`, `...`, `...`) `more root keys` ... each related block `its keys`
        List<String> root = new ArrayList<>(Arrays.asList(groups.get(0).split(" ")));
        root.addAll(Arrays.asList(groups.get(groups.size() - 2).split(" ")));
        assertThat(root).containsExactlyElementsOf(Keys.ROOT.required());
        assertThat(groups.subList(1, groups.size() - 2)).containsExactlyElementsOf(Keys.SEO.required());
        assertThat(groups.get(groups.size() - 1).split(" ")).containsExactlyElementsOf(Keys.RELATED.required());
    }

    private static String section2() throws IOException {
        String format = Files.readString(FORMAT);
        return format.substring(format.indexOf("## 2. Keys"), format.indexOf("## 3. "));
    }

    /** The rows of the section's key table, by key: the cells after the key column. */
    private static Map<String, String[]> markdownKeyRows(String section) {
        Map<String, String[]> rows = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : section.split("\n")) {
            if (line.startsWith("| Key | YAML type |")) {
                inTable = true;
                assertThat(line).contains("| Req. |");
                continue;
            }
            if (!inTable || line.startsWith("|---")) {
                continue;
            }
            if (!line.startsWith("|")) {
                break;
            }
            String[] cells = line.substring(1).split(" \\| ");
            String key = cells[0].strip().replace("`", "");
            String[] rest = Arrays.stream(cells, 1, cells.length).map(String::strip).toArray(String[]::new);
            rows.put(key, new String[] {key, rest[0], rest[1], rest[2]});
        }
        return rows;
    }
}
