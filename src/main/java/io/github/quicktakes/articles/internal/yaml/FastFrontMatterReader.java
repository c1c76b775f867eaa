package io.github.quicktakes.articles.internal.yaml;

import io.github.quicktakes.articles.internal.lines.Frame;
import io.github.quicktakes.articles.internal.lines.FrontMatterLines;
import io.github.quicktakes.articles.internal.lines.ParseContext;
import io.github.quicktakes.articles.internal.schema.KeyRules;
import io.github.quicktakes.articles.internal.schema.KnownKeys;
import io.github.quicktakes.articles.internal.schema.SchemaCheck;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the block-style subset of YAML that real articles use, without a general YAML parser:
 * block mappings nested to any depth, one-line plain, single- and double-quoted scalars, and
 * {@code >-} folded blocks of one content line, separated by blank lines.
 *
 * <p>Anything else (comments, tabs, sequences, flow collections, anchors, multi-line scalars, other
 * block headers, text after a closing quote, mixed or bare carriage returns, a character YAML does
 * not allow...) makes {@link #read} return {@code null}, and the caller splits the file with
 * {@link Frame#close} and hands the front matter to the {@link GeneralFrontMatterReader general
 * reader}, which is the reference: for every input both accept they give the same tree and frame (a
 * differential test checks it). So this class never reports a syntax error; it only enforces the
 * limits, exactly as the general reader does.
 *
 * <p>It also checks each value against the format's rules as it reads it (by the key's
 * {@link KnownKeys id}, duplicates and required keys as bits) and says in {@link Result#schemaChecked}
 * whether all surely pass; only where it is not sure does {@link SchemaCheck} run over the tree, and
 * report what is wrong.
 *
 * <p>It works in two passes. The first, {@link FrontMatterLines}, finds the lines up to the closing
 * delimiter and checks every character; the second reads the mappings from that line table, so no
 * character is looked at twice except those of keys and of short plain values. Values are not
 * copied: scalars keep their span in the source and decode when asked.
 */
final class FastFrontMatterReader {
    /** What the fast reader found: where the parts of the file are, and the front matter's tree. */
    record Result(Frame frame, MapNode root, boolean schemaChecked) {}

    private final String s;
    /**
     * The text as ISO-8859-1 bytes at the same offsets (characters above U+00FF are {@code '?'}):
     * cheaper to read than the string, and exact for the ASCII characters that shape YAML.
     */
    private final byte[] b;
    private final ParseContext ctx;
    private final Frame opening;

    private final int[] starts;
    private final int[] ends;
    private final int[] indents;
    private final int lines;
    private final int fmEnd;

    /** The line the second pass is at, as an index into the line table. */
    private int li;
    private int keys;
    /**
     * Whether every value read so far surely passes the schema check and every mapping has its
     * required keys, none twice: then the check need not run again over the tree.
     */
    private boolean schemaChecked = true;
    /** Where keys, quoted and plain scalars end on a line. */
    private final LineSyntax syntax;

    private FastFrontMatterReader(ParseContext ctx, Frame opening, FrontMatterLines table) {
        this.s = ctx.text;
        this.b = table.bytes;
        this.ctx = ctx;
        this.opening = opening;
        this.starts = table.starts;
        this.ends = table.ends;
        this.indents = table.indents;
        this.lines = table.count;
        this.fmEnd = table.fmEnd;
        this.syntax = new LineSyntax(ctx.text, table.bytes);
    }

    /**
     * Reads the front matter after an {@link Frame#open opening}, or returns {@code null} when the
     * file is outside the subset.
     */
    static Result read(ParseContext ctx, Frame opening) {
        FrontMatterLines table = FrontMatterLines.scan(ctx, opening);
        if (table == null) {
            return null;
        }
        FastFrontMatterReader reader = new FastFrontMatterReader(ctx, opening, table);
        MapNode root = reader.readDocument();
        if (root == null) {
            return null;
        }
        Frame frame = new Frame(opening.fmStart(), table.fmEnd, table.bodyStart, opening.fmFirstLine(),
                opening.lineEnding());
        return new Result(frame, root, reader.schemaChecked);
    }

    private int lineNumber(int index) {
        return opening.fmFirstLine() + index;
    }

    /** The offset where line {@code index} starts; the closing delimiter's for the one after the last. */
    private int lineStart(int index) {
        return index < lines ? starts[index] : fmEnd;
    }

    private boolean blank(int index) {
        return starts[index] + indents[index] == ends[index];
    }

    private void skipBlankLines() {
        while (li < lines && blank(li)) {
            li++;
        }
    }

    private MapNode readDocument() {
        skipBlankLines();
        if (li >= lines) {
            schemaChecked = false; // no keys: the check reports the missing ones
            return new MapNode(List.of(), true, lineNumber(li), 1);
        }
        if (indents[li] != 0) {
            return null;
        }
        return readMapping(0, 1, KeyRules.ROOT);
    }

    /**
     * Reads a block mapping, checking its keys against {@code rules} on the way (none where
     * {@code null}: a block the schema does not look into).
     */
    private MapNode readMapping(int indent, int depth, KeyRules rules) {
        if (depth > ctx.limits.maxNestingDepth()) {
            throw ctx.limit("maxNestingDepth", "front matter nests deeper than "
                    + ctx.limits.maxNestingDepth() + " levels", lineNumber(li), indent + 1);
        }
        int firstLine = lineNumber(li);
        List<MapEntry> entries = new ArrayList<>(depth == 1 ? 24 : 6);
        long seen = 0;
        int present = 0;
        while (true) {
            skipBlankLines();
            if (li >= lines) {
                break;
            }
            int ind = indents[li];
            if (ind > indent) {
                return null;
            }
            if (ind < indent) {
                break;
            }
            int k = starts[li] + indent;
            int found = k + KnownKeys.FIND_READS <= b.length ? KnownKeys.find(b, k) : -1;
            MapEntry e = readEntry(indent, depth, found);
            if (e == null) {
                return null;
            }
            entries.add(e);
            // a key too near the end of the text for find() may still be a known one
            int keyId = found >= 0 ? found : KnownKeys.id(e.key());
            if (keyId < 0 || (seen & 1L << keyId) != 0) {
                schemaChecked = false; // an unknown or repeated key: the check looks at them
                continue;
            }
            seen |= 1L << keyId;
            KeyRules.Rule rule = rules == null ? null : rules.rule(keyId);
            if (rule != null) {
                if (rule.required() >= 0) {
                    present |= 1 << rule.required();
                }
                if (!SchemaCheck.fitsSilently(rule, e.value())) {
                    schemaChecked = false;
                }
            }
        }
        if (rules != null && present != rules.allRequired) {
            schemaChecked = false;
        }
        return new MapNode(entries, true, firstLine, indent + 1);
    }

    /**
     * Reads the entry at the current line, whose key is the known key {@code found} (or, where -1,
     * any other simple key); {@code null} where the entry is outside the subset.
     */
    private MapEntry readEntry(int indent, int depth, int found) {
        int ls = starts[li];
        int ce = ends[li];
        int k = ls + indent;
        int colon;
        String key;
        if (found >= 0) {
            colon = k + KnownKeys.length(found);
            if (colon + 1 < ce && b[colon + 1] != ' ') {
                return null;
            }
            key = KnownKeys.name(found);
        } else {
            colon = syntax.keyEnd(k, ce);
            if (colon < 0) {
                return null;
            }
            key = KnownKeys.key(s, k, colon, LineSyntax.hash(b, k, colon));
        }
        int keyLine = lineNumber(li);
        int keyCol = indent + 1;
        if (++keys > ctx.limits.maxKeys()) {
            throw ctx.limit("maxKeys", "front matter has more than " + ctx.limits.maxKeys() + " keys",
                    keyLine, keyCol);
        }
        int v = colon + 1;
        while (v < ce && b[v] == ' ') {
            v++;
        }
        li++;
        if (v >= ce) {
            // An empty value stands right after the colon, where SnakeYAML places it too.
            int keyId = found >= 0 ? found : KnownKeys.id(key);
            return readNestedOrEmpty(key, keyId, indent, depth, ls, keyLine, keyCol, colon + 1);
        }
        // The byte is exact for the ASCII indicators (a character above U+00FF is a '?' there).
        if (b[v] == '>') {
            return ce - v == 2 && b[v + 1] == '-' ? readFolded(key, indent, ls, keyLine, keyCol, v - ls + 1) : null;
        }
        ScalarNode node = readLineScalar(v, ce, indent, ls, keyLine);
        return node == null ? null : new MapEntry(key, node, keyLine, keyCol, ls, lineStart(li), -1);
    }

    /** A quoted or plain scalar that is all of the line from {@code v}, or {@code null}. */
    private ScalarNode readLineScalar(int v, int ce, int indent, int ls, int keyLine) {
        int c = b[v];
        int valueStart;
        int valueEnd;
        ScalarStyle style;
        if (c == '"' || c == '\'') {
            int close = c == '"' ? DoubleQuoted.findClose(s, v + 1, ce) : syntax.singleQuoteClose(v + 1, ce);
            if (close < 0 || !syntax.onlySpaces(close + 1, ce)) {
                return null;
            }
            style = c == '"' ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.SINGLE_QUOTED;
            valueStart = v + 1;
            valueEnd = close;
        } else {
            valueEnd = syntax.plainEnd(v, ce);
            if (valueEnd < 0) {
                return null;
            }
            style = ScalarStyle.PLAIN;
            valueStart = v;
        }
        checkLength(valueEnd - valueStart, keyLine, v - ls + 1);
        if (continues(indent)) {
            return null;
        }
        return new ScalarNode(style, s, valueStart, valueEnd, keyLine, v - ls + 1);
    }

    /** {@code key:} with nothing after it: a nested mapping on the next lines, or an empty value. */
    private MapEntry readNestedOrEmpty(String key, int keyId, int indent, int depth, int ls, int keyLine, int keyCol,
                                       int v) {
        int afterKey = li;
        skipBlankLines();
        if (li < lines && indents[li] > indent) {
            int first = b[starts[li] + indents[li]];
            if (first == '-' || first == '#' || afterKey != li) {
                return null;
            }
            MapNode child = readMapping(indents[li], depth + 1, depth == 1 && keyId >= 0 ? KeyRules.under(keyId) : null);
            if (child == null || child.entries().isEmpty()) {
                return null;
            }
            int childEnd = child.entries().get(child.entries().size() - 1).end();
            return new MapEntry(key, child, keyLine, keyCol, ls, childEnd, -1);
        }
        li = afterKey;
        ScalarNode empty = new ScalarNode(ScalarStyle.PLAIN, s, v, v, keyLine, v - ls + 1);
        return new MapEntry(key, empty, keyLine, keyCol, ls, lineStart(afterKey), -1);
    }

    /** A {@code >-} block: one content line, more indented than the key, or none at all. */
    private MapEntry readFolded(String key, int indent, int ls, int keyLine, int keyCol, int headerCol) {
        if (li >= lines) {
            return emptyFolded(key, ls, keyLine, keyCol, headerCol);
        }
        if (blank(li)) {
            return null; // a blank line first: leading line breaks, left to the general reader
        }
        int ci = indents[li];
        if (ci <= indent) {
            return emptyFolded(key, ls, keyLine, keyCol, headerCol);
        }
        int valueStart = starts[li] + ci;
        int ce = ends[li];
        checkLength(ce - valueStart, lineNumber(li), ci + 1);
        ScalarNode node = new ScalarNode(ScalarStyle.FOLDED, s, valueStart, ce, keyLine, headerCol);
        li++;
        if (continues(indent) || spaceOnlyContentFollows(indent)) {
            return null;
        }
        return new MapEntry(key, node, keyLine, keyCol, ls, lineStart(li), ci);
    }

    private MapEntry emptyFolded(String key, int ls, int keyLine, int keyCol, int headerCol) {
        int at = lineStart(li);
        ScalarNode node = new ScalarNode(ScalarStyle.FOLDED, s, at, at, keyLine, headerCol);
        return new MapEntry(key, node, keyLine, keyCol, ls, at, -1);
    }

    /**
     * Whether a more indented line follows (after blank lines): a multi-line value, left to the
     * general reader.
     */
    private boolean continues(int indent) {
        int i = li;
        while (i < lines && blank(i)) {
            i++;
        }
        return i < lines && indents[i] > indent;
    }

    /**
     * Whether a line of only spaces, more than the key's indentation, follows a block: YAML reads
     * the spaces beyond the indentation as content ({@code "text\n "}), which the general reader
     * handles.
     */
    private boolean spaceOnlyContentFollows(int indent) {
        for (int i = li; i < lines && blank(i); i++) {
            if (indents[i] > indent) {
                return true;
            }
        }
        return false;
    }

    private void checkLength(int length, int atLine, int atColumn) {
        if (length > ctx.limits.maxScalarLength()) {
            throw ctx.limit("maxScalarLength", "a value of " + length + " characters is over the limit of "
                    + ctx.limits.maxScalarLength(), atLine, atColumn);
        }
    }
}
