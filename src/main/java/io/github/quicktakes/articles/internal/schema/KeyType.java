package io.github.quicktakes.articles.internal.schema;

/** The type the format gives a key's value. */
public enum KeyType {
    TEXT("text"),
    INTEGER("an integer"),
    FLOAT("a number"),
    BOOLEAN("a boolean (true or false)"),
    DATE("a date YYYY-MM-DD"),
    MAPPING("a mapping of keys to values"),
    /** A key the format does not know: YAML 1.2 core schema, plus dates. */
    ANY("any value");

    /** The type in words, as messages name it ("an integer"). */
    public final String description;

    KeyType(String description) {
        this.description = description;
    }
}
