package io.github.quicktakes.articles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An independent reading of an article's front matter, by Jackson's YAML module (its own parser and
 * its own typing), to check our reader and writer against something they do not share code with.
 * Both sides are brought to one comparable form: mappings as ordered maps, sequences as lists, and
 * scalars as their canonical text (dates ISO, numbers as Java prints them, booleans lowercase).
 */
public final class YamlOracle {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private YamlOracle() {}

    /** The front matter of an article's text, as Jackson reads it, in comparable form. */
    public static Map<String, Object> frontMatter(String articleText) {
        String text = articleText.startsWith("\uFEFF") ? articleText.substring(1) : articleText;
        int start = text.indexOf('\n') + 1;
        int end = text.indexOf("\n---", start - 1);
        String yaml = text.substring(start, end + 1).replace("\r\n", "\n");
        try {
            JsonNode tree = YAML.readTree(yaml.isBlank() ? "{}" : yaml);
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) comparable(tree);
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Our front-matter values in the same comparable form. */
    public static Map<String, Object> ours(Map<String, Object> frontMatter) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) comparable(frontMatter);
        return map;
    }

    private static Object comparable(Object v) {
        if (v instanceof JsonNode n) {
            if (n.isObject()) {
                Map<String, Object> m = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = n.properties().iterator(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    m.put(e.getKey(), comparable(e.getValue()));
                }
                return m;
            }
            if (n.isArray()) {
                List<Object> l = new ArrayList<>();
                n.forEach(x -> l.add(comparable(x)));
                return l;
            }
            if (n.isNull()) {
                return "";
            }
            if (n.isIntegralNumber()) {
                return Long.toString(n.asLong());
            }
            if (n.isNumber()) {
                return Double.toString(n.asDouble());
            }
            return n.asText();
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), comparable(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            return l.stream().map(YamlOracle::comparable).toList();
        }
        if (v instanceof LocalDate || v instanceof Long || v instanceof Boolean || v instanceof String) {
            return String.valueOf(v);
        }
        if (v instanceof Double d) {
            return Double.toString(d);
        }
        return String.valueOf(v);
    }
}
