package io.github.quicktakes.articles.internal.writer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleException;
import io.github.quicktakes.articles.ArticleParser;
import io.github.quicktakes.articles.RelatedArticle;
import io.github.quicktakes.articles.internal.article.EditedValues;
import io.github.quicktakes.articles.internal.schema.ArticleSchema;
import io.github.quicktakes.articles.internal.schema.KeyType;
import io.github.quicktakes.articles.internal.yaml.Emitter;
import io.github.quicktakes.articles.internal.yaml.Scalars;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The mapping between articles and their JSON form (see {@link io.github.quicktakes.articles.ArticleJson}). */
public final class JsonArticles {
    private JsonArticles() {}

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The article as a JSON string. */
    public static String write(ObjectMapper mapper, Article article, boolean pretty, boolean includeSource) {
        ObjectNode root = NODES.objectNode();
        for (Map.Entry<String, Object> e : article.frontMatter().entrySet()) {
            root.set(e.getKey(), toJson(e.getValue()));
        }
        ArrayNode related = root.putArray("$related");
        for (RelatedArticle r : article.related()) {
            related.addObject().put("slot", r.slot()).put("id", r.id()).put("title", r.title())
                    .put("subject", r.subject()).put("url", r.url());
        }
        if (article.frontMatter().get("answer") instanceof String) {
            root.put("$answer_markdown", article.answer());
        }
        root.put("$body", article.body());
        if (includeSource) {
            root.put("$source", article.text());
        }
        try {
            return pretty ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) : mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new ArticleException("could not write JSON: " + e.getOriginalMessage(), e);
        }
    }

    static JsonNode toJson(Object v) {
        if (v == null) {
            return NODES.nullNode();
        }
        if (v instanceof String s) {
            return NODES.textNode(s);
        }
        if (v instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (v instanceof Double d) {
            // JSON has no NaN or infinities: YAML's spelling keeps them readable.
            return d.isNaN() || d.isInfinite() ? NODES.textNode(Emitter.plainText(d, false)) : NODES.numberNode(d);
        }
        if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (v instanceof LocalDate date) {
            return NODES.textNode(date.toString());
        }
        if (v instanceof Map<?, ?> map) {
            ObjectNode o = NODES.objectNode();
            map.forEach((k, val) -> o.set((String) k, toJson(val)));
            return o;
        }
        ArrayNode a = NODES.arrayNode();
        for (Object item : (List<?>) v) {
            a.add(toJson(item));
        }
        return a;
    }

    /** An article from its JSON object. */
    public static Article read(ObjectNode json, ArticleParser parser) {
        JsonNode source = json.get("$source");
        JsonNode body = json.get("$body");
        if (source != null && !source.isTextual() || body != null && !body.isTextual()) {
            throw new ArticleException("not an article: \"$source\" and \"$body\" must be strings");
        }
        if (source == null && !hasFrontMatterKey(json)) {
            throw new ArticleException("not an article: the JSON object has no front-matter key and no \"$source\"");
        }
        if (source != null) {
            Article a = parser.parseText(source.asText(), null);
            // The values read once, the edits applied in one build: key by key, each lookup and each
            // edit would cost a pass over the whole text, quadratic in an object of many keys.
            Map<String, Object> frontMatter = a.frontMatter();
            Article.Builder edits = a.toBuilder();
            boolean edited = false;
            for (String key : frontMatter.keySet()) {
                if (!json.has(key)) {
                    edits.without(key);
                    edited = true;
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (f.getKey().startsWith("$")) {
                    continue;
                }
                Object current = frontMatter.get(f.getKey());
                Object value = fromJson(null, f.getKey(), f.getValue(), current);
                if (!EditedValues.sameValue(current, value) || !frontMatter.containsKey(f.getKey())) {
                    if (value == null) {
                        throw new ArticleException("'" + f.getKey() + "' cannot be set to null from JSON");
                    }
                    edits.with(f.getKey(), value);
                    edited = true;
                }
            }
            if (edited) {
                a = edits.build();
            }
            if (body != null && body.isTextual() && !body.asText().equals(a.body())) {
                a = a.withBody(body.asText());
            }
            return a;
        }
        Article.Builder b = Article.builder();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            Object value = f.getKey().startsWith("$") ? null : fromJson(null, f.getKey(), f.getValue(), null);
            if (value != null) {
                b.with(f.getKey(), value);
            }
        }
        if (body != null) {
            b.body(body.asText());
        }
        // Read again with the configured parser: a strict one refuses what a file could not hold.
        return parser.parseText(b.build().text(), null);
    }

    private static boolean hasFrontMatterKey(ObjectNode json) {
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            if (!names.next().startsWith("$")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A JSON value at the YAML level, typed by the key table for known keys and by the value it
     * replaces for others (so a date stays a date). The editor then checks it with the readers' rule.
     * A JSON number or boolean stands for the plain scalar of its text; a string for text, except
     * where JSON has no literal for the value: a date, and infinity and NaN in the writer's spellings.
     */
    static Object fromJson(String parent, String key, JsonNode v, Object current) {
        KeyType type = parent == null ? ArticleSchema.typeOf(key) : parent.isEmpty() ? KeyType.ANY
                : ArticleSchema.typeOf(parent, key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            return fromJsonText(type, v.asText(), current);
        }
        if (v.isIntegralNumber()) {
            boolean number = type == KeyType.FLOAT || type == KeyType.ANY && current instanceof Double;
            if (number || v.canConvertToLong()) {
                return number ? (Object) v.asDouble() : (Object) v.asLong();
            }
            if (type == KeyType.INTEGER) {
                throw new ArticleException("'" + key + "' holds an integer too large for a Long: " + v);
            }
            return v.asDouble(); // as YAML's core schema reads a plain integer too large for a long
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            Map<?, ?> currentMap = current instanceof Map<?, ?> m ? m : Map.of();
            String childParent = parent == null ? key : "";
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                map.put(f.getKey(), fromJson(childParent, f.getKey(), f.getValue(), currentMap.get(f.getKey())));
            }
            return map;
        }
        List<Object> list = new ArrayList<>();
        List<?> currentList = current instanceof List<?> l ? l : List.of();
        int i = 0;
        for (JsonNode item : v) {
            list.add(fromJson("", "[]", item, i < currentList.size() ? currentList.get(i) : null));
            i++;
        }
        return list;
    }

    /**
     * JSON text under a key: a date where the key is a date, or where YAML would read one (a plain
     * scalar of an unknown key) unless the value it replaces says it was text; likewise infinity
     * and NaN, which the JSON form writes as text ({@code .inf}); anything else is text.
     */
    private static Object fromJsonText(KeyType type, String s, Object current) {
        if (type == KeyType.DATE || type == KeyType.ANY && (current instanceof LocalDate
                || current == null && Scalars.date(s) != null)) {
            LocalDate d = Scalars.date(s);
            return d != null ? d : s;
        }
        if (type == KeyType.FLOAT || type == KeyType.ANY && (current == null || current instanceof Double)) {
            Double d = Scalars.floating(s);
            return d != null && (d.isNaN() || d.isInfinite()) ? d : s;
        }
        return s;
    }
}
