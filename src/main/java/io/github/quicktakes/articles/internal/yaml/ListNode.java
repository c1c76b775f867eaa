package io.github.quicktakes.articles.internal.yaml;

import java.util.List;

/** A sequence (only the general reader produces them; real articles hold none). */
public final class ListNode extends YamlNode {
    private final List<YamlNode> items;
    private final long weight;

    ListNode(List<YamlNode> items, int line, int column) {
        super(line, column);
        this.items = List.copyOf(items);
        long w = 1;
        for (YamlNode n : items) {
            w = add(w, n.weight());
        }
        this.weight = w;
    }

    /** The items, in order. */
    public List<YamlNode> items() {
        return items;
    }

    @Override
    long weight() {
        return weight;
    }
}
