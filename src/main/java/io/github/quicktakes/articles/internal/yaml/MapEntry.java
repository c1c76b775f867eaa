package io.github.quicktakes.articles.internal.yaml;

/**
 * A key and its value in a mapping, with the span of whole source lines the pair occupies:
 * {@code [start, end)} runs from the start of the key's line to just after the line break of the
 * value's last line. Lines between entries (blank lines, comments) belong to no entry.
 *
 * @param key the key
 * @param value the value
 * @param line the 1-based line of the key
 * @param column the 1-based column of the key
 * @param start offset of the start of the key's line in the file text
 * @param end offset just after the entry's last line break (or the end of the front matter)
 * @param contentIndent for a block scalar value, the indentation of its content; otherwise -1
 */
public record MapEntry(String key, YamlNode value, int line, int column, int start, int end, int contentIndent) {

    /** The key's indentation: its column, 0-based. */
    public int indent() {
        return column - 1;
    }
}
