package io.github.quicktakes.articles.internal.yaml;

/**
 * A node of the front matter's syntax tree. Positions are 1-based lines and columns in the whole
 * file, for error messages.
 */
public abstract sealed class YamlNode permits ScalarNode, MapNode, ListNode {
    private final int line;
    private final int column;

    YamlNode(int line, int column) {
        this.line = line;
        this.column = column;
    }

    /** The 1-based line where the node starts. */
    public int line() {
        return line;
    }

    /** The 1-based column where the node starts. */
    public int column() {
        return column;
    }

    /**
     * How many nodes and keys this one stands for, itself included, counting a node reached through
     * an alias again each time: bounds the work any walk over the tree can be made to do.
     */
    abstract long weight();

    /** Addition that stops at {@link Long#MAX_VALUE}: weights reached through aliases grow fast. */
    static long add(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }
}
