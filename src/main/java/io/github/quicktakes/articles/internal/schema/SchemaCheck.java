package io.github.quicktakes.articles.internal.schema;

import io.github.quicktakes.articles.internal.lines.Frame;
import io.github.quicktakes.articles.internal.lines.ParseContext;
import io.github.quicktakes.articles.internal.schema.KeyRules.Rule;
import io.github.quicktakes.articles.internal.yaml.ListNode;
import io.github.quicktakes.articles.internal.yaml.MapEntry;
import io.github.quicktakes.articles.internal.yaml.MapNode;
import io.github.quicktakes.articles.internal.yaml.ScalarNode;
import io.github.quicktakes.articles.internal.yaml.YamlNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a front matter tree against the format: no duplicate keys anywhere, known keys of the right
 * type, required keys present and not empty. Type errors and duplicates are errors in every mode;
 * missing or empty required keys only in strict mode (lenient mode records warnings).
 */
public final class SchemaCheck {
    private final ParseContext ctx;
    private final Frame frame;

    private SchemaCheck(ParseContext ctx, Frame frame) {
        this.ctx = ctx;
        this.frame = frame;
    }

    /**
     * Checks a front matter tree: throws the context's error for a duplicate key or a value of the
     * wrong type, and records missing or empty required keys as problems (errors in strict mode).
     */
    public static void check(MapNode root, ParseContext ctx, Frame frame) {
        new SchemaCheck(ctx, frame).checkRoot(root);
    }

    private void checkRoot(MapNode root) {
        noDuplicates(root, 0);
        // One pass marks the required keys present (a bit per key), instead of a lookup per key.
        int present = 0;
        for (MapEntry e : root.entries()) {
            Rule rule = KeyRules.rootRule(e.key());
            if (rule.required() >= 0) {
                present |= 1 << rule.required();
            }
            checkValue(null, e.key(), e.value(), rule.type(), rule.required() >= 0);
            if (rule.type() == KeyType.MAPPING && e.value() instanceof MapNode block) {
                checkBlock(e.key(), block);
            }
        }
        List<String> required = KeyRules.ROOT.required();
        for (int i = 0; i < required.size(); i++) {
            if ((present & (1 << i)) == 0) {
                ctx.problem("missing required key '" + required.get(i) + "'", frame.fmFirstLine() - 1, 1);
            }
        }
    }

    /** Checks the block of a key the table gives one: {@code seo} or a {@code related_articleN}. */
    private void checkBlock(String parent, MapNode block) {
        KeyRules rules = KeyRules.of(Keys.root(parent).block());
        List<String> required = rules.required();
        int present = 0;
        for (MapEntry e : block.entries()) {
            Rule rule = rules.rule(e.key());
            if (rule == null) {
                continue; // a key the format does not know: any value
            }
            present |= 1 << rule.required();
            checkValue(parent, e.key(), e.value(), rule.type(), true);
        }
        for (int i = 0; i < required.size(); i++) {
            if ((present & (1 << i)) == 0) {
                ctx.problem("'" + parent + "' has no '" + required.get(i) + "'", block.line(), block.column());
            }
        }
    }

    /** Checks one value; its key's path ({@code parent.key}) is only built for a message. */
    private void checkValue(String parent, String key, YamlNode node, KeyType type, boolean required) {
        switch (ValueCheck.check(type, required, node)) {
            case VALID, NOT_SURE -> { }
            case EMPTY -> ctx.problem("'" + path(parent, key) + "' is empty", node.line(), node.column());
            case INVALID -> throw typeError(path(parent, key), type, node);
        }
    }

    /**
     * Whether {@link #checkValue} surely accepts a value without a word: {@link ValueCheck#quick},
     * which the full check starts with. It answers {@code false} where it is not sure (an empty
     * value, a float that is not written in decimals...), and the full check decides: the fast
     * reader checks each value with this as it reads it.
     */
    public static boolean fitsSilently(Rule rule, YamlNode node) {
        return ValueCheck.quick(rule.type(), node) == ValueCheck.Verdict.VALID;
    }

    private static String path(String parent, String key) {
        return parent == null ? key : parent + "." + key;
    }

    private RuntimeException typeError(String path, KeyType type, YamlNode node) {
        String found;
        if (node instanceof ScalarNode sn) {
            String v = sn.value();
            found = (sn.isPlain() ? "" : "the quoted text ") + "'" + (v.length() > 40 ? v.substring(0, 40) + "..." : v) + "'";
        } else {
            found = node instanceof MapNode ? "a mapping" : "a sequence";
        }
        return ctx.error("'" + path + "' " + ValueCheck.reason(type) + ", found " + found, node.line(), node.column());
    }

    private void noDuplicates(YamlNode node, int depth) {
        if (node instanceof MapNode map) {
            List<MapEntry> entries = map.entries();
            // Known keys are told apart by a bit per id; the others, rare, by a map.
            long known = 0;
            Map<String, MapEntry> others = null;
            for (int i = 0; i < entries.size(); i++) {
                MapEntry e = entries.get(i);
                int id = KnownKeys.id(e.key());
                if (id >= 0) {
                    long bit = 1L << id;
                    if ((known & bit) != 0) {
                        throw duplicate(e, first(entries, e.key()));
                    }
                    known |= bit;
                } else {
                    if (others == null) {
                        others = new HashMap<>();
                    }
                    MapEntry first = others.putIfAbsent(e.key(), e);
                    if (first != null) {
                        throw duplicate(e, first);
                    }
                }
            }
            if (depth < ctx.limits.maxNestingDepth()) {
                for (MapEntry e : entries) {
                    noDuplicates(e.value(), depth + 1);
                }
            }
        } else if (node instanceof ListNode list && depth < ctx.limits.maxNestingDepth()) {
            for (YamlNode item : list.items()) {
                noDuplicates(item, depth + 1);
            }
        }
    }

    private static MapEntry first(List<MapEntry> entries, String key) {
        for (MapEntry e : entries) {
            if (e.key().equals(key)) {
                return e;
            }
        }
        throw new IllegalStateException("no entry for " + key);
    }

    private RuntimeException duplicate(MapEntry again, MapEntry first) {
        return ctx.error("duplicate key '" + again.key() + "' (first at line " + first.line() + ")",
                again.line(), again.column());
    }
}
