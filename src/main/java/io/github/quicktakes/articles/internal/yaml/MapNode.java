package io.github.quicktakes.articles.internal.yaml;

import java.util.Collections;
import java.util.List;

/** A mapping. Block mappings have line spans for their entries, which edits replace one by one. */
public final class MapNode extends YamlNode {
    private final List<MapEntry> entries;
    private final boolean block;
    private final long weight;

    /** A mapping of {@code entries}, which the caller hands over: it must not change them afterwards. */
    public MapNode(List<MapEntry> entries, boolean block, int line, int column) {
        super(line, column);
        // A view, not a copy: the readers build each list once and keep no reference to it.
        this.entries = Collections.unmodifiableList(entries);
        this.block = block;
        long w = 1;
        for (MapEntry e : entries) {
            w = add(add(w, 1), e.value().weight());
        }
        this.weight = w;
    }

    /** The entries, in file order. */
    public List<MapEntry> entries() {
        return entries;
    }

    /** True for a block mapping, whose entries each own whole lines. */
    public boolean isBlock() {
        return block;
    }

    /** The entry with the given key, or {@code null}. */
    public MapEntry entry(String key) {
        for (MapEntry e : entries) {
            if (e.key().equals(key)) {
                return e;
            }
        }
        return null;
    }

    @Override
    long weight() {
        return weight;
    }
}
