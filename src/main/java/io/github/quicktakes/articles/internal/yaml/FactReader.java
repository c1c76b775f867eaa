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
    /** N of each known key {@code related_articleN}, 0 for the others: found once, not at every key. */
    private static final int[] SLOT_BY_KEY_ID = slotByKeyId();
    /**
     * A value of a type other than text (a number, a date, a boolean) this long or shorter is decoded
     * for its schema check; a longer one is left to the parser.
     */
    private static final int SHORT = 32;
    /** For the check of text: a node of each style with no text, empty and not empty. */
    private static final ScalarNode[][] SIZED = sizedNodes();
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
    /** Where the entry just read has a block on the next lines, the block's indentation; else 0. */
    private int blockIndent;

    private FactReader(byte[] b, int n, ParseLimits limits, FactLines table) {
        this.b = b;
        this.n = n;
        this.limits = limits;
        this.table = table;
        this.syntax = new LineSyntax(b);
    }

    private static ScalarNode[][] sizedNodes() {
        ScalarStyle[] styles = ScalarStyle.values();
        ScalarNode[][] nodes = new ScalarNode[styles.length][];
        for (ScalarStyle style : styles) {
            nodes[style.ordinal()] = new ScalarNode[] {new ScalarNode(style, null, 0, 0, 0, 0), new ScalarNode(style, null, 0, 1, 0, 0)};
        }
        return nodes;
    }

    private static int[] slotByKeyId() {
        int[] slots = new int[KnownKeys.count()];
        for (int id = 0; id < slots.length; id++) {
            slots[id] = Keys.relatedSlot(KnownKeys.name(id));
        }
        return slots;
    }

    private static int[] keptByKeyId() {
        int[] kept = new int[KnownKeys.count()];
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
        Object[] root = r.readRoot();
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

    /** One mapping being read: the keys seen, the required ones present, the values kept. */
    private static final class Mapping {
        final KeyRules rules;
        final boolean keep;
        final Object[] kept = new Object[5];
        long seen;
        int present;

        Mapping(KeyRules rules, boolean keep) {
            this.rules = rules;
            this.keep = keep;
        }

        /** The kept values, or {@code null} where a required key is missing (the schema check reports it). */
        Object[] done() {
            return rules != null && present != rules.allRequired ? null : kept;
        }
    }

    /*
     * The root and a block under it are read by two methods, not one calling itself: the JIT then
     * compiles each once, where a recursive reader was inlined into itself (a second of compiler
     * time in a run of the command line).
     */

    /** Reads the root mapping: the kept values, or {@code null} to leave the file to the parser. */
    private Object[] readRoot() {
        if (limits.maxNestingDepth() < 1) {
            return null;
        }
        Mapping m = new Mapping(KeyRules.ROOT, true);
        int next;
        for (next = nextEntry(0); next > 0; next = nextEntry(0)) {
            int keyId = readEntry(0, true);
            if (keyId >= 0 && blockIndent > 0) {
                boolean keep = SLOT_BY_KEY_ID[keyId] > 0;
                childValues = readBlock(blockIndent, KeyRules.under(keyId), keep);
                if (childValues == null) {
                    return null;
                }
            }
            if (!take(m, keyId, 1)) {
                return null;
            }
        }
        return next < 0 ? null : m.done();
    }

    /** Reads the block mapping under a root key, whose keys are at {@code indent}. */
    private Object[] readBlock(int indent, KeyRules rules, boolean keep) {
        if (limits.maxNestingDepth() < 2) {
            return null;
        }
        Mapping m = new Mapping(rules, keep);
        int next;
        for (next = nextEntry(indent); next > 0; next = nextEntry(indent)) {
            if (!take(m, readEntry(indent, false), 2)) {
                return null;
            }
        }
        return next < 0 ? null : m.done();
    }

    /**
     * Skips blank lines: 1 where an entry of the mapping at {@code indent} follows, 0 where the
     * mapping ends, -1 where a more indented line follows (outside the subset).
     */
    private int nextEntry(int indent) {
        skipBlankLines();
        if (li >= table.count || table.indents[li] < indent) {
            return 0;
        }
        return table.indents[li] == indent ? 1 : -1;
    }

    /**
     * Checks the entry just read into a mapping as {@link FastFrontMatterReader}'s readMapping
     * does, declining every case where that one would let the schema check run again (an unknown or
     * repeated key, a value not surely of its type), and keeps its value where the checks need it.
     */
    private boolean take(Mapping m, int keyId, int depth) {
        if (keyId < 0 || (m.seen & 1L << keyId) != 0) {
            return false;
        }
        m.seen |= 1L << keyId;
        KeyRules.Rule rule = m.rules == null ? null : m.rules.rule(keyId);
        if (rule != null) {
            if (rule.required() >= 0) {
                m.present |= 1 << rule.required();
            }
            if (!fits(rule.type())) {
                return false;
            }
        }
        return !m.keep || keepValue(keyId, depth, rule, m.kept);
    }

    /** Keeps the value just read where the checks need it; false where it must be left to the parser. */
    private boolean keepValue(int keyId, int depth, KeyRules.Rule rule, Object[] kept) {
        int slot = depth == 1 ? SLOT_BY_KEY_ID[keyId] : 0;
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
        String text = value(from, to);
        boolean plain = style == ScalarStyle.PLAIN;
        if (depth == 1 && k != ID) {
            // Article's text accessors: the scalar's value, unless it is an empty plain one.
            if (plain && text.isEmpty()) {
                return false;
            }
            kept[k] = text;
        } else {
            kept[k] = plain ? ValueCheck.plainValue(rule.type(), text) : text;
        }
        return true;
    }

    /** Whether the value just read surely passes the schema's check for the type. */
    private boolean fits(KeyType type) {
        if (childValues != null) {
            return ValueCheck.quick(type, A_MAPPING) == ValueCheck.Verdict.VALID;
        }
        ScalarNode node;
        if (type == KeyType.TEXT || type == KeyType.ANY) {
            // The check of text and of any value looks at the scalar's style and whether it is
            // empty only: a shared node of the style, empty or not, stands for it (most values are
            // text; no text or node made for them).
            node = SIZED[style.ordinal()][to > from ? 1 : 0];
        } else if (to - from > SHORT) {
            // The numbers, dates and booleans the quick check takes are short (a long decimal float
            // is left to the parser).
            return false;
        } else {
            node = node(from, to);
        }
        return ValueCheck.quick(type, node) == ValueCheck.Verdict.VALID;
    }

    /**
     * The value of the scalar just read, as {@link ScalarNode#value()} gives it: a plain, folded or
     * literal one is its text as it stands (the subset has them on one line), made without a node
     * (a million of them in a folder of 35,915 articles).
     */
    private String value(int start, int end) {
        return switch (style) {
            case PLAIN, FOLDED, LITERAL -> new String(b, start, end - start, StandardCharsets.UTF_8);
            case SINGLE_QUOTED, DOUBLE_QUOTED -> node(start, end).value();
        };
    }

    private ScalarNode node(int start, int end) {
        String source = new String(b, start, end - start, StandardCharsets.UTF_8);
        return new ScalarNode(style, source, 0, source.length(), 0, 0);
    }

    /**
     * Reads the entry at the current line: the key's id, with the value in {@link #style},
     * {@link #from}, {@link #to} or {@link #childValues}; -1 where it is outside the subset.
     */
    private int readEntry(int indent, boolean blockAllowed) {
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
        blockIndent = 0;
        boolean read;
        if (v >= ce) {
            read = readBlockStartOrEmpty(indent, blockAllowed, v);
        } else if (b[v] == '>') {
            read = ce - v == 2 && b[v + 1] == '-' && readFolded(indent);
        } else {
            read = readLineScalar(v, ce) && !continues(indent);
        }
        return read ? keyId : -1;
    }

    /**
     * {@code key:} with nothing after it: a block on the next lines (where allowed; the caller reads
     * it), or an empty plain value.
     */
    private boolean readBlockStartOrEmpty(int indent, boolean blockAllowed, int v) {
        int afterKey = li;
        skipBlankLines();
        if (li < table.count && table.indents[li] > indent) {
            int first = b[table.starts[li] + table.indents[li]];
            if (first == '-' || first == '#' || afterKey != li || !blockAllowed) {
                return false;
            }
            blockIndent = table.indents[li];
            return true;
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
