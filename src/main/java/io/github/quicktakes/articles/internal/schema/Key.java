package io.github.quicktakes.articles.internal.schema;

import io.github.quicktakes.articles.internal.yaml.ScalarStyle;

/**
 * One key of the format, as {@link Keys the key table} states it.
 *
 * @param name the key as written
 * @param type the type of its value
 * @param style how the generator writes a scalar value of it (for a mapping: unused, {@code PLAIN});
 *     a boolean key's words are written capitalized ({@code True}), as the generator does
 * @param required whether the mapping holding it must have it, not empty
 * @param block the keys of its block, for a mapping key the format looks into; otherwise {@code null}
 */
public record Key(String name, KeyType type, ScalarStyle style, boolean required, KeyTable block) {
    /** A key without a block of its own. */
    static Key scalar(String name, KeyType type, ScalarStyle style, boolean required) {
        return new Key(name, type, style, required, null);
    }
}
