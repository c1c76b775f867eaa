package io.github.quicktakes.articles.internal.yaml;

import io.github.quicktakes.articles.ParseLimits;
import io.github.quicktakes.articles.RelatedArticle;
import io.github.quicktakes.articles.internal.schema.KeyRules;
import io.github.quicktakes.articles.internal.schema.KeyType;
import io.github.quicktakes.articles.internal.schema.Keys;
import io.github.quicktakes.articles.internal.schema.KnownKeys;
import io.github.quicktakes.articles.internal.schema.ValueCheck;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The few values a folder's checks need of an article (id, url, title, subject, file_name and the
 * related links), read straight from the file's UTF-8 bytes without making its text or its tree:
 * the fast path of {@code validate}. It takes only files that the parser reads with its fast
 * reader, with no warning and no problem, and answers {@code null} for any other (the caller then
 * parses the file, which reports what is wrong), so what it answers is what the parser would.
 *
 * <p>It is {@link FastFrontMatterReader}'s subset, narrowed where that keeps it simple and on the
 * safe side: LF line breaks, no byte order mark, a delimiter line of exactly
 * {@code ---}, no backslash in a double-quoted value, two levels of mappings. It checks what the
 * parser's first pass checks (every character printable, the file valid UTF-8, the limits, counted
 * in bytes, which are never fewer than characters) and each value with the schema's own quick check
 * ({@link ValueCheck#quick}), all keys known, none twice, the required ones present; the values it
 * keeps are decoded and typed as the parser's accessors do. Reading on bytes works because
 * everything that shapes YAML is ASCII, and no byte of a multi-byte UTF-8 character is.
 *
 * <p>A test holds it to the parser's answer on every file of the corpus and on hostile inputs.
 */
public final class FactReader {
    /**
     * An article's facts, as the parser's accessors give them.
     *
     * @param id the id, or {@link Long#MIN_VALUE} where there is none
     * @param hasId whether the front matter has {@code id}
     * @param url the url, or ""
     * @param hasUrl whether it has {@code url}
     * @param title the title, or ""
     * @param subject the subject, or ""
     * @param hasSubject whether it has {@code subject}
     * @param fileName the file_name, or null
     * @param hasFileName whether it has {@code file_name}
     * @param related the related links in slot order
     */
    public record Facts(long id, boolean hasId, String url, boolean hasUrl, String title, String subject,
            boolean hasSubject, String fileName, boolean hasFileName, List<RelatedArticle> related) {}

    /** The values kept, by their index here: the keys a root or a related block holds that the checks read. */
    private static final int ID = 0;
    private static final int TITLE = 1;
    private static final int SUBJECT = 2;
    private static final int URL = 3;
    private static final int FILE_NAME = 4;
    private static final int[] KEPT_BY_KEY_ID = keptByKeyId();
    /** A value this long or shorter is decoded for its schema check; a longer one can only be text. */
    private static final int SHORT = 32;
    /** What the schema's check of a mapping looks at: only that it is one. */
    private static final MapNode A_MAPPING = new MapNode(List.of(), true, 1, 1);

    private final byte[] b;
    private final int n;
    private final ParseLimits limits;
    private final FactLines table;
    /** The parser's own rules for where keys and scalars end on a line, on the bytes. */
    private final LineSyntax syntax;

    /** The line the reader is at, an index into the line table. */
    private int li;
    private int keys;
    private final List<RelatedArticle> related = new ArrayList<>(6);

    /** The value of the entry just read: its style and span, or a mapping. */
    private ScalarStyle style;
    private int from;
    private int to;
    private Object[] childValues;

    private FactReader(byte[] b, int n, ParseLimits limits, FactLines table) {
        this.b = b;
        this.n = n;
        this.limits = limits;
        this.table = table;
        this.syntax = new LineSyntax(b, n);
    }

    private static int[] keptByKeyId() {
        int[] kept = new int[64];
        Arrays.fill(kept, -1);
        String[] names = {"id", "title", "subject", "url", "file_name"};
        for (int i = 0; i < names.length; i++) {
            kept[KnownKeys.id(names[i])] = i;
        }
        return kept;
    }

    /**
     * The facts of an article file, or {@code null} where the parser must read it.
     *
     * @param bytes the file's bytes (the array may be longer)
     * @param length how many bytes the file has
     * @param limits the parser's limits
     * @return the facts, or {@code null}
     */
    public static Facts read(byte[] bytes, int length, ParseLimits limits) {
        if (length > limits.maxFileBytes()) {
            return null;
        }
        FactLines table = FactLines.scan(bytes, length, limits.maxFrontMatterBytes());
        if (table == null) {
            return null;
        }
        FactReader r = new FactReader(bytes, length, limits, table);
        r.skipBlankLines();
        if (r.li >= table.count || table.indents[r.li] != 0) {
            return null; // no keys (the schema check reports them missing), or an indented first one
        }
        Object[] root = r.readMapping(0, 1, KeyRules.ROOT, true);
        if (root == null) {
            return null;
        }
        return r.facts(root);
    }

    private Facts facts(Object[] root) {
        long id = root[ID] instanceof Long l ? l : Long.MIN_VALUE;
        String url = (String) root[URL];
        String title = (String) root[TITLE];
        String subject = (String) root[SUBJECT];
        related.sort(Comparator.comparingInt(RelatedArticle::slot));
        return new Facts(id, root[ID] != null, url == null ? "" : url, url != null, title == null ? "" : title,
                subject == null ? "" : subject, subject != null, (String) root[FILE_NAME], root[FILE_NAME] != null,
                List.copyOf(related));
    }

    /**
     * Reads a block mapping at {@code indent}: the kept values by their index, or {@code null} to
     * leave the file to the parser. As {@link FastFrontMatterReader}'s readMapping, with every
     * case where that one would let the schema check run again declined.
     */
    private Object[] readMapping(int indent, int depth, KeyRules rules, boolean keep) {
        if (depth > limits.maxNestingDepth()) {
            return null;
        }
        Object[] kept = new Object[5];
        long seen = 0;
        int present = 0;
        while (true) {
            skipBlankLines();
            if (li >= table.count) {
                break;
            }
            int ind = table.indents[li];
            if (ind > indent) {
                return null;
            }
            if (ind < indent) {
                break;
            }
            int keyId = readEntry(indent, depth);
            if (keyId < 0 || (seen & 1L << keyId) != 0) {
                return null; // outside the subset, an unknown or a repeated key
            }
            seen |= 1L << keyId;
            KeyRules.Rule rule = rules == null ? null : rules.rule(keyId);
            if (rule != null) {
                if (rule.required() >= 0) {
                    present |= 1 << rule.required();
                }
                if (!fits(rule.type())) {
                    return null;
                }
            }
            if (keep && !keepValue(keyId, depth, rule, kept)) {
                return null;
            }
        }
        return rules != null && present != rules.allRequired ? null : kept;
    }

    /** Keeps the value just read where the checks need it; false where it must be left to the parser. */
    private boolean keepValue(int keyId, int depth, KeyRules.Rule rule, Object[] kept) {
        int slot = depth == 1 ? Keys.relatedSlot(KnownKeys.name(keyId)) : 0;
        if (slot > 0 && childValues != null) {
            // Article.related(): a block with all four values of their types, else no link.
            Object[] c = childValues;
            if (c[ID] instanceof Long l && c[TITLE] instanceof String t && c[SUBJECT] instanceof String s
                    && c[URL] instanceof String u) {
                related.add(new RelatedArticle(slot, l, t, s, u));
            }
            return true;
        }
        int k = KEPT_BY_KEY_ID[keyId];
        if (k < 0 || k == FILE_NAME && depth != 1) {
            return true;
        }
        if (rule == null || childValues != null) {
            return false; // a key the block does not type, or a mapping where a value is kept: rare
        }
        ScalarNode node = node(from, to);
        if (depth == 1 && k != ID) {
            // Article's text accessors: the scalar's value, unless it is an empty plain one.
            String text = node.value();
            if (node.isPlain() && text.isEmpty()) {
                return false;
            }
            kept[k] = text;
        } else {
            kept[k] = node.isPlain() ? ValueCheck.plainValue(rule.type(), node.value()) : node.value();
        }
        return true;
    }

    /** Whether the value just read surely passes the schema's check for the type. */
    private boolean fits(KeyType type) {
        if (childValues != null) {
            return ValueCheck.quick(type, A_MAPPING) == ValueCheck.Verdict.VALID;
        }
        if (to - from > SHORT) {
            // ValueCheck.quick takes a long scalar only as text (or any value): the numbers, dates and
            // booleans it takes are short, and a long decimal float is left to the parser.
            return type == KeyType.TEXT || type == KeyType.ANY;
        }
        return ValueCheck.quick(type, node(from, to)) == ValueCheck.Verdict.VALID;
    }

    private ScalarNode node(int start, int end) {
        String source = new String(b, start, end - start, StandardCharsets.UTF_8);
        return new ScalarNode(style, source, 0, source.length(), 0, 0);
    }

    /**
     * Reads the entry at the current line: the key's id, with the value in {@link #style},
     * {@link #from}, {@link #to} or {@link #childValues}; -1 where it is outside the subset.
     */
    private int readEntry(int indent, int depth) {
        int k = table.starts[li] + indent;
        int ce = table.ends[li];
        int keyId = k + KnownKeys.FIND_READS <= n ? KnownKeys.find(b, k) : -1;
        int colon;
        if (keyId >= 0) {
            colon = k + KnownKeys.length(keyId);
            if (colon + 1 < ce && b[colon + 1] != ' ') {
                return -1;
            }
        } else {
            colon = syntax.keyEnd(k, ce);
            keyId = colon < 0 ? -1 : KnownKeys.id(new String(b, k, colon - k, StandardCharsets.ISO_8859_1));
            if (keyId < 0) {
                return -1;
            }
        }
        if (++keys > limits.maxKeys()) {
            return -1;
        }
        int v = colon + 1;
        while (v < ce && b[v] == ' ') {
            v++;
        }
        li++;
        childValues = null;
        boolean read;
        if (v >= ce) {
            read = readNestedOrEmpty(keyId, indent, depth, v);
        } else if (b[v] == '>') {
            read = ce - v == 2 && b[v + 1] == '-' && readFolded(indent);
        } else {
            read = readLineScalar(v, ce) && !continues(indent);
        }
        return read ? keyId : -1;
    }

    /** {@code key:} with nothing after it: a mapping on the next lines, or an empty plain value. */
    private boolean readNestedOrEmpty(int keyId, int indent, int depth, int v) {
        int afterKey = li;
        skipBlankLines();
        if (li < table.count && table.indents[li] > indent) {
            int first = b[table.starts[li] + table.indents[li]];
            if (first == '-' || first == '#' || afterKey != li || depth != 1) {
                return false;
            }
            boolean keep = Keys.relatedSlot(KnownKeys.name(keyId)) > 0;
            Object[] child = readMapping(table.indents[li], depth + 1, KeyRules.under(keyId), keep);
            childValues = child;
            return child != null;
        }
        li = afterKey;
        style = ScalarStyle.PLAIN;
        from = v;
        to = v;
        return true;
    }

    /** A {@code >-} block of one content line, more indented than the key, or none at all. */
    private boolean readFolded(int indent) {
        style = ScalarStyle.FOLDED;
        if (li < table.count && blank(li)) {
            return false; // a blank line first: leading line breaks, left to the parser
        }
        if (li >= table.count || table.indents[li] <= indent) {
            from = li < table.count ? table.starts[li] : table.fmEnd;
            to = from;
            return true;
        }
        from = table.starts[li] + table.indents[li];
        to = table.ends[li];
        li++;
        return to - from <= limits.maxScalarLength() && !continues(indent) && !spaceOnlyContentFollows(indent);
    }

    /** A quoted or plain scalar that is all of the rest of the line from {@code v}. */
    private boolean readLineScalar(int v, int ce) {
        int c = b[v];
        if (c == '"' || c == '\'') {
            int close = c == '"' ? FactLines.doubleQuoteClose(b, v + 1, ce) : syntax.singleQuoteClose(v + 1, ce);
            if (close < 0 || !syntax.onlySpaces(close + 1, ce)) {
                return false;
            }
            style = c == '"' ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.SINGLE_QUOTED;
            from = v + 1;
            to = close;
        } else {
            int end = syntax.plainEnd(v, ce);
            if (end < 0) {
                return false;
            }
            style = ScalarStyle.PLAIN;
            from = v;
            to = end;
        }
        return to - from <= limits.maxScalarLength();
    }

    private boolean blank(int index) {
        return table.starts[index] + table.indents[index] == table.ends[index];
    }

    private void skipBlankLines() {
        while (li < table.count && blank(li)) {
            li++;
        }
    }

    /** Whether a more indented line follows (after blank lines): a value of several lines, left to the parser. */
    private boolean continues(int indent) {
        int i = li;
        while (i < table.count && blank(i)) {
            i++;
        }
        return i < table.count && table.indents[i] > indent;
    }

    /** Whether a line of only spaces, more than the key's indentation, follows a block: content for YAML. */
    private boolean spaceOnlyContentFollows(int indent) {
        for (int i = li; i < table.count && blank(i); i++) {
            if (table.indents[i] > indent) {
                return true;
            }
        }
        return false;
    }
}
