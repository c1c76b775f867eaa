package io.github.quicktakes.articles.internal.article;

import io.github.quicktakes.articles.internal.schema.ArticleSchema;
import io.github.quicktakes.articles.internal.schema.KeyType;
import io.github.quicktakes.articles.internal.schema.ValueCheck;
import io.github.quicktakes.articles.internal.yaml.ListNode;
import io.github.quicktakes.articles.internal.yaml.MapEntry;
import io.github.quicktakes.articles.internal.yaml.MapNode;
import io.github.quicktakes.articles.internal.yaml.ScalarNode;
import io.github.quicktakes.articles.internal.yaml.YamlNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns syntax nodes into plain Java values at the YAML level ({@code String}, {@code Long},
 * {@code Double}, {@code Boolean}, {@code LocalDate}, {@code List}, ordered {@code Map}), typing
 * known keys by the {@link ArticleSchema} and the others by YAML's core schema, both through
 * {@link ValueCheck#plainValue}, the rule the schema check applies.
 */
public final class Values {
    private Values() {}

    /** The whole front matter as an unmodifiable ordered map. */
    public static Map<String, Object> of(MapNode root) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (MapEntry e : root.entries()) {
            map.put(e.key(), topLevel(e.key(), e.value()));
        }
        return Collections.unmodifiableMap(map);
    }

    /** The value of a top-level key. */
    public static Object topLevel(String key, YamlNode node) {
        if (node instanceof MapNode map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (MapEntry e : map.entries()) {
                out.put(e.key(), node(e.value(), ArticleSchema.typeOf(key, e.key())));
            }
            return Collections.unmodifiableMap(out);
        }
        return node(node, ArticleSchema.typeOf(key));
    }

    /** The value of a key inside the block of a top-level key. */
    public static Object child(String parent, MapEntry entry) {
        return node(entry.value(), ArticleSchema.typeOf(parent, entry.key()));
    }

    static Object node(YamlNode node, KeyType type) {
        if (node instanceof ScalarNode sn) {
            return scalar(sn, type);
        }
        if (node instanceof MapNode map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (MapEntry e : map.entries()) {
                out.put(e.key(), node(e.value(), KeyType.ANY));
            }
            return Collections.unmodifiableMap(out);
        }
        List<Object> out = new ArrayList<>();
        for (YamlNode item : ((ListNode) node).items()) {
            out.add(node(item, KeyType.ANY));
        }
        return Collections.unmodifiableList(out);
    }

    /** A scalar as the given type; the schema check has made sure it is one. */
    public static Object scalar(ScalarNode sn, KeyType type) {
        if (!sn.isPlain()) {
            return sn.value();
        }
        return ValueCheck.plainValue(type, sn.value());
    }
}
