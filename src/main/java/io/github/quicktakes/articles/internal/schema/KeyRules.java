package io.github.quicktakes.articles.internal.schema;

import java.util.List;

/**
 * The schema's rules for the keys of one kind of mapping (the root, {@code seo}, a related
 * article), by {@link KnownKeys known-key id}, so that finding a key's rule costs no map lookup.
 */
public final class KeyRules {
    /**
     * A key's type and, when its mapping requires it, its index among the required keys (else -1).
     */
    public record Rule(KeyType type, int required) {}

    public static final KeyRules ROOT = root();
    static final KeyRules SEO = block("seo", ArticleSchema.SEO_KEYS);
    static final KeyRules RELATED = block("related_article1", ArticleSchema.RELATED_KEYS);

    /** The rules of the blocks under root keys, by the root key's id: {@code seo} and the related articles. */
    private static final KeyRules[] BLOCKS = new KeyRules[KnownKeys.COUNT];

    static {
        BLOCKS[KnownKeys.id("seo")] = SEO;
        for (int n = 1; n <= 5; n++) {
            BLOCKS[KnownKeys.id(ArticleSchema.RELATED_PREFIX + n)] = RELATED;
        }
    }

    private final Rule[] byId;
    /** A bit for each required key, set: what a mapping holding all of them has. */
    public final int allRequired;

    private KeyRules(Rule[] byId, int requiredCount) {
        this.byId = byId;
        this.allRequired = (1 << requiredCount) - 1;
    }

    private static KeyRules root() {
        Rule[] rules = new Rule[KnownKeys.COUNT];
        for (int id = 0; id < KnownKeys.COUNT; id++) {
            String key = KnownKeys.name(id);
            rules[id] = new Rule(ArticleSchema.typeOf(key), ArticleSchema.REQUIRED.indexOf(key));
        }
        // A required key that had no id could never be counted present by the fast reader.
        for (String key : ArticleSchema.REQUIRED) {
            known(key);
        }
        return new KeyRules(rules, ArticleSchema.REQUIRED.size());
    }

    private static KeyRules block(String parent, List<String> required) {
        Rule[] rules = new Rule[KnownKeys.COUNT];
        for (int i = 0; i < required.size(); i++) {
            rules[known(required.get(i))] = new Rule(ArticleSchema.typeOf(parent, required.get(i)), i);
        }
        return new KeyRules(rules, required.size());
    }

    private static int known(String key) {
        int id = KnownKeys.id(key);
        if (id < 0) {
            throw new AssertionError("'" + key + "' is a key of the format but not a known key");
        }
        return id;
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
        return id >= 0 ? ROOT.byId[id] : new Rule(ArticleSchema.typeOf(key), -1);
    }

    /** The rules for the block under the root key with this id, or {@code null} where the schema checks none. */
    public static KeyRules under(int rootKeyId) {
        return BLOCKS[rootKeyId];
    }
}
