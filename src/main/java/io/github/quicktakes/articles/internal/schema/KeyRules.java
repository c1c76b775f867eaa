package io.github.quicktakes.articles.internal.schema;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of {@link Keys the key table} for the keys of one kind of mapping (the root, {@code seo},
 * a related article), by {@link KnownKeys known-key id}, so that finding a key's rule costs no map
 * lookup.
 */
public final class KeyRules {
    /**
     * A key's type and, when its mapping requires it, its index among the required keys (else -1).
     */
    public record Rule(KeyType type, int required) {}

    /** The rules of each block table, made when the class loads. */
    private static final Map<KeyTable, KeyRules> BY_TABLE = new IdentityHashMap<>();

    /** The rules of the front matter's own keys; every known key has one here. */
    public static final KeyRules ROOT = root();

    /** The rules of the blocks under root keys, by the root key's id: {@code seo} and the related articles. */
    private static final KeyRules[] BLOCKS = new KeyRules[KnownKeys.COUNT];

    static {
        for (int id = 0; id < KnownKeys.COUNT; id++) {
            Key k = Keys.root(KnownKeys.name(id));
            if (k != null && k.block() != null) {
                BLOCKS[id] = BY_TABLE.computeIfAbsent(k.block(), KeyRules::block);
            }
        }
        BY_TABLE.computeIfAbsent(Keys.RELATED_ARTICLE.block(), KeyRules::block);
    }

    private final Rule[] byId;
    private final List<String> required;
    /** A bit for each required key, set: what a mapping holding all of them has. */
    public final int allRequired;

    private KeyRules(Rule[] byId, List<String> required) {
        this.byId = byId;
        this.required = required;
        this.allRequired = (1 << required.size()) - 1;
    }

    private static KeyRules root() {
        Rule[] rules = new Rule[KnownKeys.COUNT];
        for (int id = 0; id < KnownKeys.COUNT; id++) {
            rules[id] = rootRule(KnownKeys.name(id), Keys.ROOT.required());
        }
        // A required key that had no id could never be counted present by the fast reader.
        Keys.ROOT.required().forEach(KeyRules::known);
        return new KeyRules(rules, Keys.ROOT.required());
    }

    private static Rule rootRule(String name, List<String> required) {
        Key k = Keys.root(name);
        return new Rule(k == null ? KeyType.ANY : k.type(), required.indexOf(name));
    }

    private static KeyRules block(KeyTable table) {
        Rule[] rules = new Rule[KnownKeys.COUNT];
        for (Key k : table.keys()) {
            rules[known(k.name())] = new Rule(k.type(), table.required().indexOf(k.name()));
        }
        return new KeyRules(rules, table.required());
    }

    /** The rules of the keys of a block table of {@link Keys}. */
    static KeyRules of(KeyTable table) {
        return BY_TABLE.get(table); // filled when the class loads, read-only after
    }

    private static int known(String key) {
        int id = KnownKeys.id(key);
        if (id < 0) {
            throw new AssertionError("'" + key + "' is a key of the format but not a known key");
        }
        return id;
    }

    /** The names of the mapping's required keys, by their index in {@link Rule#required()}. */
    List<String> required() {
        return required;
    }

    /**
     * The rule of the known key with this id, or {@code null} where this mapping does not know it
     * (any value). Every known key has a rule at the root.
     */
    public Rule rule(int id) {
        return byId[id];
    }

    /** The rule of a key in a block, or {@code null} for a key the block does not know (any value). */
    public Rule rule(String key) {
        int id = KnownKeys.id(key);
        return id >= 0 ? byId[id] : null;
    }

    /** The rule of a root key, known or not. */
    static Rule rootRule(String key) {
        int id = KnownKeys.id(key);
        return id >= 0 ? ROOT.byId[id] : rootRule(key, Keys.ROOT.required());
    }

    /** The rules for the block under the root key with this id, or {@code null} where the schema checks none. */
    public static KeyRules under(int rootKeyId) {
        return BLOCKS[rootKeyId];
    }
}
