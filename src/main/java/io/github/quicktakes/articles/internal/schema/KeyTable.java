package io.github.quicktakes.articles.internal.schema;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys of one kind of mapping (the front matter, {@code seo}, a related article) in the
 * generator's order, with the indentation the generator gives the mapping's children and the
 * content of their {@code >-} blocks.
 */
public final class KeyTable {
    private final List<Key> keys;
    private final Map<String, Key> byName = new HashMap<>();
    private final List<String> names;
    private final List<String> required;
    private final int childIndent;
    private final int contentOffset;

    KeyTable(int childIndent, int contentOffset, List<Key> keys) {
        this.keys = List.copyOf(keys);
        for (Key k : keys) {
            if (byName.put(k.name(), k) != null) {
                throw new AssertionError("key '" + k.name() + "' is twice in one table");
            }
        }
        this.names = keys.stream().map(Key::name).toList();
        this.required = keys.stream().filter(Key::required).map(Key::name).toList();
        this.childIndent = childIndent;
        this.contentOffset = contentOffset;
    }

    /** The keys, in the generator's order. */
    public List<Key> keys() {
        return keys;
    }

    /** The names of the keys, in the generator's order. */
    public List<String> names() {
        return names;
    }

    /** The names of the required keys, in the generator's order. */
    public List<String> required() {
        return required;
    }

    /** The key of this name, or {@code null} where the table does not know it. */
    public Key key(String name) {
        return byName.get(name);
    }

    /** The key's place in the generator's order, or -1. */
    public int position(String name) {
        Key k = byName.get(name);
        return k == null ? -1 : keys.indexOf(k);
    }

    /** Spaces before the mapping's keys, relative to the key that holds it (0 for the front matter). */
    public int childIndent() {
        return childIndent;
    }

    /** Spaces before the content of a {@code >-} block of one of its keys, relative to that key. */
    public int contentOffset() {
        return contentOffset;
    }
}
