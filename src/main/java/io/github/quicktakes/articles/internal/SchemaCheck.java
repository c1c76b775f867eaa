package io.github.quicktakes.articles.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a front matter tree against the format: no duplicate keys anywhere, known keys of the right
 * type, required keys present and not empty. Type errors and duplicates are errors in every mode;
 * missing or empty required keys only in strict mode (lenient mode records warnings).
 */
final class SchemaCheck {
    private static final int SMALL_MAP = 32;
    private final ParseContext ctx;
    private final Frame frame;

    private SchemaCheck(ParseContext ctx, Frame frame) {
        this.ctx = ctx;
        this.frame = frame;
    }

    static void check(MapNode root, ParseContext ctx, Frame frame) {
        new SchemaCheck(ctx, frame).checkRoot(root);
    }

    private void checkRoot(MapNode root) {
        noDuplicates(root, 0);
        for (MapEntry e : root.entries()) {
            KeyType type = ArticleSchema.typeOf(e.key());
            checkValue(null, e.key(), e.value(), type, ArticleSchema.REQUIRED.contains(e.key()));
            if (type == KeyType.MAPPING && e.value() instanceof MapNode block) {
                checkBlock(e.key(), block);
            }
        }
        for (String key : ArticleSchema.REQUIRED) {
            if (root.entry(key) == null) {
                ctx.problem("missing required key '" + key + "'", frame.fmFirstLine() - 1, 1);
            }
        }
    }

    private void checkBlock(String parent, MapNode block) {
        boolean related = !parent.equals("seo");
        List<String> required = related ? ArticleSchema.RELATED_KEYS : ArticleSchema.SEO_KEYS;
        for (MapEntry e : block.entries()) {
            KeyType type = ArticleSchema.typeOf(parent, e.key());
            checkValue(parent, e.key(), e.value(), type, required.contains(e.key()));
        }
        for (String key : required) {
            if (block.entry(key) == null) {
                ctx.problem("'" + parent + "' has no '" + key + "'", block.line(), block.column());
            }
        }
    }

    /** Checks one value; its key's path ({@code parent.key}) is only built for a message. */
    private void checkValue(String parent, String key, YamlNode node, KeyType type, boolean required) {
        if (type == KeyType.ANY) {
            return;
        }
        if (type == KeyType.MAPPING) {
            if (!(node instanceof MapNode)) {
                if (node instanceof ScalarNode sn && sn.isPlain() && sn.sourceLength() == 0) {
                    ctx.problem("'" + path(parent, key) + "' is empty", node.line(), node.column());
                } else {
                    throw typeError(path(parent, key), type, node);
                }
            }
            return;
        }
        if (!(node instanceof ScalarNode sn)) {
            throw typeError(path(parent, key), type, node);
        }
        if (sn.isPlain() && sn.sourceLength() == 0) {
            if (required) {
                ctx.problem("'" + path(parent, key) + "' is empty", node.line(), node.column());
            } else if (type != KeyType.TEXT) {
                throw typeError(path(parent, key), type, node);
            }
            return;
        }
        if (type == KeyType.TEXT) {
            return;
        }
        if (!sn.isPlain() || Values.scalar(sn, type) == null) {
            throw typeError(path(parent, key), type, node);
        }
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
        return ctx.error("'" + path + "' must be " + type.description + ", found " + found, node.line(), node.column());
    }

    private void noDuplicates(YamlNode node, int depth) {
        if (node instanceof MapNode map) {
            List<MapEntry> entries = map.entries();
            if (entries.size() <= SMALL_MAP) {
                // Real mappings hold a few dozen keys at most: comparing pairs beats building a set.
                for (int i = 1; i < entries.size(); i++) {
                    String key = entries.get(i).key();
                    for (int j = 0; j < i; j++) {
                        if (entries.get(j).key().equals(key)) {
                            throw duplicate(entries.get(i), entries.get(j));
                        }
                    }
                }
            } else {
                Map<String, MapEntry> seen = new HashMap<>();
                for (MapEntry e : entries) {
                    MapEntry first = seen.putIfAbsent(e.key(), e);
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

    private RuntimeException duplicate(MapEntry again, MapEntry first) {
        return ctx.error("duplicate key '" + again.key() + "' (first at line " + first.line() + ")",
                again.line(), again.column());
    }
}
