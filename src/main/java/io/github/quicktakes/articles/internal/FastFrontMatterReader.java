package io.github.quicktakes.articles.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the block-style subset of YAML that real articles use, without a general YAML parser:
 * block mappings nested to any depth, one-line plain, single- and double-quoted scalars, and
 * {@code >-} folded blocks of one content line, separated by blank lines.
 *
 * <p>Anything else (comments, tabs, sequences, flow collections, anchors, multi-line scalars, other
 * block headers, text after a closing quote...) makes {@link #read} return {@code null}, and the
 * caller hands the front matter to the {@link GeneralFrontMatterReader general reader}, which is
 * the reference: for every input both accept they give the same tree (a differential test checks
 * it). So this class never reports a syntax error; it only enforces the limits, exactly as the
 * general reader does.
 *
 * <p>Values are not copied: scalars keep their span in the source and decode when asked.
 */
final class FastFrontMatterReader {
    private final String s;
    private final int end;
    private final ParseContext ctx;
    private int pos;
    private int line;
    private int keys;
    /** Reused by the printable checks of this one read (a reader is never shared). */
    private final char[] buf = new char[512];

    private FastFrontMatterReader(ParseContext ctx, Frame frame) {
        this.s = ctx.text;
        this.end = frame.fmEnd();
        this.ctx = ctx;
        this.pos = frame.fmStart();
        this.line = frame.fmFirstLine();
    }

    /** The front matter's root mapping, or {@code null} when it is outside the subset. */
    static MapNode read(ParseContext ctx, Frame frame) {
        return new FastFrontMatterReader(ctx, frame).readDocument();
    }

    private MapNode readDocument() {
        skipBlankLines();
        if (pos >= end) {
            return new MapNode(List.of(), true, line, 1);
        }
        if (indentAt(pos) != 0) {
            return null;
        }
        return readMapping(0, 1);
    }

    private MapNode readMapping(int indent, int depth) {
        if (depth > ctx.limits.maxNestingDepth()) {
            throw ctx.limit("maxNestingDepth", "front matter nests deeper than "
                    + ctx.limits.maxNestingDepth() + " levels", line, indent + 1);
        }
        int firstLine = line;
        List<MapEntry> entries = new ArrayList<>(depth == 1 ? 24 : 6);
        while (true) {
            skipBlankLines();
            if (pos >= end) {
                break;
            }
            int ind = indentAt(pos);
            if (ind < 0 || ind > indent) {
                return null;
            }
            if (ind < indent) {
                break;
            }
            MapEntry e = readEntry(indent, depth);
            if (e == null) {
                return null;
            }
            entries.add(e);
        }
        return new MapNode(entries, true, firstLine, indent + 1);
    }

    private MapEntry readEntry(int indent, int depth) {
        int ls = pos;
        int eol = Frame.lineEnd(s, pos);
        int ce = eol > ls && s.charAt(eol - 1) == '\r' ? eol - 1 : eol;
        int k = ls + indent;
        int colon = keyEnd(k, ce);
        if (colon < 0) {
            return null;
        }
        if (++keys > ctx.limits.maxKeys()) {
            throw ctx.limit("maxKeys", "front matter has more than " + ctx.limits.maxKeys() + " keys",
                    line, indent + 1);
        }
        String key = KnownKeys.key(s, k, colon);
        int keyLine = line;
        int keyCol = indent + 1;
        int v = colon + 1;
        while (v < ce && s.charAt(v) == ' ') {
            v++;
        }
        if (v < ce && s.charAt(v) == '\t') {
            return null;
        }
        nextLine(eol);
        if (v >= ce) {
            // An empty value stands right after the colon, where SnakeYAML places it too.
            return readNestedOrEmpty(key, indent, depth, ls, keyLine, keyCol, colon + 1);
        }
        char c = s.charAt(v);
        if (c == '>') {
            return ce - v == 2 && s.charAt(v + 1) == '-' ? readFolded(key, indent, ls, keyLine, keyCol, v - ls + 1) : null;
        }
        int valueStart;
        int valueEnd;
        ScalarStyle style;
        if (c == '"' || c == '\'') {
            int close = c == '"' ? DoubleQuoted.findClose(s, v + 1, ce) : singleQuoteClose(v + 1, ce);
            if (close < 0 || !onlySpaces(close + 1, ce) || !Chars.allPrintable(s, v + 1, close, buf)) {
                return null;
            }
            style = c == '"' ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.SINGLE_QUOTED;
            valueStart = v + 1;
            valueEnd = close;
        } else {
            valueEnd = plainEnd(v, ce);
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
        ScalarNode node = new ScalarNode(style, s, valueStart, valueEnd, keyLine, v - ls + 1);
        return new MapEntry(key, node, keyLine, keyCol, ls, eol + 1, -1);
    }

    /** {@code key:} with nothing after it: a nested mapping on the next lines, or an empty value. */
    private MapEntry readNestedOrEmpty(String key, int indent, int depth, int ls, int keyLine, int keyCol, int v) {
        int afterKey = pos;
        int afterKeyLine = line;
        skipBlankLines();
        if (pos < end && indentAt(pos) != 0 && indentAt(pos) > indent) {
            int childIndent = indentAt(pos);
            char first = s.charAt(pos + childIndent);
            if (first == '-' || first == '#' || afterKey != pos) {
                return null;
            }
            MapNode child = readMapping(childIndent, depth + 1);
            if (child == null || child.entries().isEmpty()) {
                return null;
            }
            int childEnd = child.entries().get(child.entries().size() - 1).end();
            return new MapEntry(key, child, keyLine, keyCol, ls, childEnd, -1);
        }
        if (pos < end && indentAt(pos) < 0) {
            return null;
        }
        pos = afterKey;
        line = afterKeyLine;
        ScalarNode empty = new ScalarNode(ScalarStyle.PLAIN, s, v, v, keyLine, v - ls + 1);
        return new MapEntry(key, empty, keyLine, keyCol, ls, afterKey, -1);
    }

    /** A {@code >-} block: one content line, more indented than the key, or none at all. */
    private MapEntry readFolded(String key, int indent, int ls, int keyLine, int keyCol, int headerCol) {
        if (pos >= end) {
            return emptyFolded(key, ls, keyLine, keyCol, headerCol);
        }
        int ci = indentAt(pos);
        int eol = Frame.lineEnd(s, pos);
        int ce = eol > pos && s.charAt(eol - 1) == '\r' ? eol - 1 : eol;
        if (ci < 0) {
            return null;
        }
        if (pos + ci >= ce) {
            return null; // a blank line first: leading line breaks, left to the general reader
        }
        if (ci <= indent) {
            return emptyFolded(key, ls, keyLine, keyCol, headerCol);
        }
        int valueStart = pos + ci;
        if (!Chars.allPrintable(s, valueStart, ce, buf)) {
            return null;
        }
        checkLength(ce - valueStart, line, ci + 1);
        ScalarNode node = new ScalarNode(ScalarStyle.FOLDED, s, valueStart, ce, keyLine, headerCol);
        nextLine(eol);
        if (continues(indent) || spaceOnlyContentFollows(indent)) {
            return null;
        }
        return new MapEntry(key, node, keyLine, keyCol, ls, eol + 1, ci);
    }

    private MapEntry emptyFolded(String key, int ls, int keyLine, int keyCol, int headerCol) {
        ScalarNode node = new ScalarNode(ScalarStyle.FOLDED, s, pos, pos, keyLine, headerCol);
        return new MapEntry(key, node, keyLine, keyCol, ls, pos, -1);
    }

    /**
     * Whether a more indented line follows (after blank lines): a multi-line value, left to the
     * general reader. The position is left where it was.
     */
    private boolean continues(int indent) {
        int savedPos = pos;
        int savedLine = line;
        skipBlankLines();
        boolean more = pos < end && indentAt(pos) != 0 && (indentAt(pos) < 0 || indentAt(pos) > indent);
        pos = savedPos;
        line = savedLine;
        return more;
    }

    /**
     * Whether a line of only spaces, more than the key's indentation, follows a block: YAML reads
     * the spaces beyond the indentation as content ({@code "text\n "}), which the general reader
     * handles.
     */
    private boolean spaceOnlyContentFollows(int indent) {
        for (int p = pos; p < end; p = Frame.lineEnd(s, p) + 1) {
            int i = p;
            while (s.charAt(i) == ' ') {
                i++;
            }
            char c = s.charAt(i);
            if (c != '\n' && c != '\r') {
                return false;
            }
            if (i - p > indent) {
                return true;
            }
        }
        return false;
    }

    /** The offset of the colon ending a simple key at {@code k}, or -1. */
    private int keyEnd(int k, int ce) {
        if (k >= ce) {
            return -1;
        }
        char c = s.charAt(k);
        if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_')) {
            return -1;
        }
        int i = k + 1;
        while (i < ce) {
            c = s.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
                i++;
            } else {
                break;
            }
        }
        if (i >= ce || s.charAt(i) != ':') {
            return -1;
        }
        return i + 1 == ce || s.charAt(i + 1) == ' ' ? i : -1;
    }

    /**
     * The end of a one-line plain scalar starting at {@code v} (trailing spaces dropped), or -1
     * when it is not one this reader takes: an indicator first, a tab, {@code ": "} or {@code " #"}
     * inside, a colon last, or a character that is not printable.
     */
    private int plainEnd(int v, int ce) {
        char first = s.charAt(v);
        if ("[]{}|>!&*%@`#,\"'".indexOf(first) >= 0) {
            return -1;
        }
        if ((first == '-' || first == '?' || first == ':') && (v + 1 == ce || s.charAt(v + 1) == ' ')) {
            return -1;
        }
        int e = ce;
        while (e > v && s.charAt(e - 1) == ' ') {
            e--;
        }
        for (int i = v; i < e; i++) {
            char c = s.charAt(i);
            if (c == ':' && (i + 1 == e || s.charAt(i + 1) == ' ')) {
                return -1;
            }
            if (c == '#' && s.charAt(i - 1) == ' ') {
                return -1;
            }
        }
        return Chars.allPrintable(s, v, e, buf) ? e : -1;
    }

    private int singleQuoteClose(int from, int ce) {
        int i = from;
        while (i < ce) {
            if (s.charAt(i) == '\'') {
                if (i + 1 < ce && s.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return -1;
    }

    private boolean onlySpaces(int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    private void checkLength(int length, int atLine, int atColumn) {
        if (length > ctx.limits.maxScalarLength()) {
            throw ctx.limit("maxScalarLength", "a value of " + length + " characters is over the limit of "
                    + ctx.limits.maxScalarLength(), atLine, atColumn);
        }
    }

    /** Spaces at the start of the line at {@code p}; -1 when a tab follows them. */
    private int indentAt(int p) {
        int i = p;
        while (i < end && s.charAt(i) == ' ') {
            i++;
        }
        return i < end && s.charAt(i) == '\t' ? -1 : i - p;
    }

    private void skipBlankLines() {
        while (pos < end) {
            int i = pos;
            while (s.charAt(i) == ' ') {
                i++;
            }
            char c = s.charAt(i);
            if (c == '\n') {
                nextLine(i);
            } else if (c == '\r' && s.charAt(i + 1) == '\n') {
                nextLine(i + 1);
            } else {
                return;
            }
        }
    }

    private void nextLine(int eol) {
        pos = eol + 1;
        line++;
    }
}
