package io.github.quicktakes.articles.internal.yaml;

import io.github.quicktakes.articles.internal.lines.Frame;
import io.github.quicktakes.articles.internal.lines.ParseContext;
import io.github.quicktakes.articles.internal.text.Chars;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads any YAML front matter through SnakeYAML's event parser, into the same tree the fast reader
 * builds. Only events are used: SnakeYAML constructs no objects and resolves no types here, so no
 * tag can run code and {@code No} stays text; aliases share the node they point to, and their
 * number and reach are bounded by the limits.
 */
final class GeneralFrontMatterReader {
    private static final String STD = "tag:yaml.org,2002:";

    private final ParseContext ctx;
    private final String s;
    private final int fmStart;
    private final int fmEnd;
    private final int firstLine;
    /**
     * File offsets of the start of each physical front-matter line (lines end at LF), and a last
     * entry for the end of the front matter. SnakeYAML's own line numbers cannot index it: YAML 1.1
     * also breaks lines at NEL, U+2028 and U+2029. Marks are placed by their character index instead.
     */
    private final int[] lineStarts;
    /** Char offset (from fmStart) of each code point index, or null when the two are the same. */
    private final int[] charOfCodePoint;
    private final Map<String, YamlNode> anchors = new HashMap<>();
    /** Where each anchor's node starts, as a file offset. */
    private final Map<String, Integer> anchorOffsets = new HashMap<>();
    private int aliases;

    private GeneralFrontMatterReader(ParseContext ctx, Frame frame) {
        this.ctx = ctx;
        this.s = ctx.text;
        this.fmStart = frame.fmStart();
        this.fmEnd = frame.fmEnd();
        this.firstLine = frame.fmFirstLine();
        List<Integer> starts = new ArrayList<>();
        for (int p = fmStart; p < fmEnd; p = Frame.lineEnd(s, p) + 1) {
            starts.add(p);
        }
        starts.add(fmEnd);
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        this.charOfCodePoint = codePointMap(s, fmStart, fmEnd);
    }

    /** Null when the front matter has no surrogate pair (code point index = char index). */
    private static int[] codePointMap(String s, int from, int to) {
        boolean pairs = false;
        for (int i = from; i < to && !pairs; i++) {
            pairs = Character.isSurrogate(s.charAt(i));
        }
        if (!pairs) {
            return null;
        }
        int[] map = new int[s.codePointCount(from, to) + 1];
        int cp = 0;
        for (int i = from; i < to; i += Character.charCount(s.codePointAt(i))) {
            map[cp++] = i - from;
        }
        map[cp] = to - from;
        return map;
    }

    /** The file offset of a mark. */
    private int offset(Mark m) {
        int index = Math.max(0, m.getIndex());
        int off = charOfCodePoint == null ? index : charOfCodePoint[Math.min(index, charOfCodePoint.length - 1)];
        return Math.min(fmStart + off, fmEnd);
    }

    /** The 0-based physical front-matter line of a mark (the last entry for the very end). */
    private int line(Mark m) {
        int off = offset(m);
        int i = java.util.Arrays.binarySearch(lineStarts, off);
        return i >= 0 ? i : -i - 2;
    }

    static MapNode read(ParseContext ctx, Frame frame) {
        return new GeneralFrontMatterReader(ctx, frame).readDocument();
    }

    /** A collection being built: its start event, and its children so far. */
    private static final class Open {
        final CollectionStartEvent start;
        final boolean map;
        final List<MapEntry> entries = new ArrayList<>();
        final List<YamlNode> items = new ArrayList<>();
        final List<Integer> endLines = new ArrayList<>();
        ScalarNode pendingKey;
        boolean keysStartLines = true;
        long size;

        Open(CollectionStartEvent start, boolean map) {
            this.start = start;
            this.map = map;
        }
    }

    private MapNode readDocument() {
        rejectSpecialCharacters();
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Math.max(ctx.limits.maxFrontMatterBytes(), 1) + 16);
        options.setNestingDepthLimit(Integer.MAX_VALUE);
        options.setProcessComments(false);
        options.setAllowDuplicateKeys(true); // reported by our own check, with both positions
        Parser parser = new ParserImpl(new StreamReader(s.substring(fmStart, fmEnd)), options);
        Deque<Open> stack = new ArrayDeque<>();
        YamlNode root = null;
        int documents = 0;
        try {
            while (true) {
                Event ev = parser.getEvent();
                switch (ev.getEventId()) {
                    case StreamStart, DocumentEnd, Comment -> { }
                    case StreamEnd -> {
                        return root(root);
                    }
                    case DocumentStart -> {
                        if (++documents > 1) {
                            throw error("front matter holds more than one YAML document", ev.getStartMark());
                        }
                    }
                    case MappingStart, SequenceStart -> {
                        CollectionStartEvent cs = (CollectionStartEvent) ev;
                        checkTag(cs.getTag(), ev.getStartMark(), ev.getEventId() == Event.ID.MappingStart ? "map" : "seq");
                        if (stack.size() >= ctx.limits.maxNestingDepth()) {
                            throw limit("maxNestingDepth", "front matter nests deeper than "
                                    + ctx.limits.maxNestingDepth() + " levels", ev.getStartMark());
                        }
                        stack.push(new Open(cs, ev.getEventId() == Event.ID.MappingStart));
                    }
                    case MappingEnd, SequenceEnd -> {
                        Open open = stack.pop();
                        YamlNode node = close(open);
                        int endLine = open.start.isFlow() || open.endLines.isEmpty()
                                ? endLine(open.start.getStartMark(), ev.getEndMark())
                                : open.endLines.get(open.endLines.size() - 1);
                        register(open.start.getAnchor(), node, open.start.getStartMark());
                        root = deliver(stack, node, endLine, -1, root);
                    }
                    case Scalar -> {
                        ScalarEvent se = (ScalarEvent) ev;
                        ScalarNode node = scalar(se);
                        register(se.getAnchor(), node, se.getStartMark());
                        int endLine = endLine(ev.getStartMark(), ev.getEndMark());
                        int contentIndent = -1;
                        if (se.isFolded() || se.isLiteral()) {
                            endLine = blockScalarEnd(se, endLine);
                            contentIndent = contentIndent(line(ev.getStartMark()), endLine);
                        }
                        root = deliver(stack, node, endLine, contentIndent, root);
                    }
                    case Alias -> {
                        AliasEvent ae = (AliasEvent) ev;
                        if (++aliases > ctx.limits.maxAliases()) {
                            throw limit("maxAliases", ctx.limits.maxAliases() == 0
                                    ? "YAML aliases are not allowed"
                                    : "more than " + ctx.limits.maxAliases() + " YAML aliases", ev.getStartMark());
                        }
                        YamlNode target = anchors.get(ae.getAnchor());
                        if (target == null) {
                            throw error("alias *" + ae.getAnchor() + " refers to no anchor defined before it",
                                    ev.getStartMark());
                        }
                        ctx.aliasUsed(new AliasUse(ae.getAnchor(), anchorOffsets.get(ae.getAnchor()),
                                offset(ev.getStartMark()), firstLine + line(ev.getStartMark())));
                        root = deliver(stack, target, endLine(ev.getStartMark(), ev.getEndMark()), -1, root);
                    }
                    default -> throw error("unexpected YAML event " + ev.getEventId(), ev.getStartMark());
                }
            }
        } catch (MarkedYAMLException e) {
            // A key without its colon is noticed lines later; the key's own line is the useful place.
            // So is an unterminated quote, noticed only at the end of the front matter.
            boolean keyProblem = e.getContext() != null && e.getContext().contains("simple key")
                    || e.getProblem() != null && e.getProblem().contains("end of stream");
            Mark m = e.getProblemMark() != null && !(keyProblem && e.getContextMark() != null)
                    ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : String.valueOf(e.getContext());
            String context = e.getContext() != null && e.getProblem() != null ? " (" + e.getContext() + ")" : "";
            throw error("invalid YAML: " + oneLine(problem + context), m, e);
        } catch (io.github.quicktakes.articles.ArticleException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw ctx.error("invalid YAML: " + oneLine(String.valueOf(e.getMessage())), firstLine, 1, e);
        }
    }

    /**
     * YAML allows tab, line breaks and printable characters only. SnakeYAML checks that too, but
     * reports the start of its buffer, not the character, so the check is made here first.
     */
    private void rejectSpecialCharacters() {
        int line = firstLine;
        int lineStart = fmStart;
        for (int i = fmStart; i < fmEnd; i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c != '\t' && c != '\r' && c != '\u0085' && !Chars.isPrintable(c)
                    && !(Character.isSurrogate(c) && validPair(i)) && c != '\u2028' && c != '\u2029' && c != '\uFEFF') {
                throw ctx.error(String.format("invalid YAML: special character U+%04X is not allowed", (int) c),
                        line, i - lineStart + 1);
            }
        }
    }

    private boolean validPair(int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < fmEnd && Character.isLowSurrogate(s.charAt(i + 1))
                : i > fmStart && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private MapNode root(YamlNode root) {
        if (root == null || root instanceof ScalarNode sn && sn.isPlain() && sn.value().isEmpty()) {
            return new MapNode(List.of(), true, firstLine, 1);
        }
        if (!(root instanceof MapNode map)) {
            throw ctx.error("front matter must be a mapping of keys to values", root.line(), root.column());
        }
        return map;
    }

    private YamlNode deliver(Deque<Open> stack, YamlNode node, int endLine, int contentIndent, YamlNode root) {
        Open top = stack.peek();
        if (top == null) {
            if (root != null) {
                throw ctx.error("front matter holds more than one value", node.line(), node.column());
            }
            return node;
        }
        if (!top.map) {
            top.items.add(node);
            top.endLines.add(endLine);
            checkSize(top, node);
            return root;
        }
        if (top.pendingKey == null) {
            if (!(node instanceof ScalarNode key)) {
                throw ctx.error("keys must be text, not a mapping or a sequence", node.line(), node.column());
            }
            if (key.isPlain() && key.value().equals("<<")) {
                throw ctx.error("YAML merge keys ('<<') are not supported", node.line(), node.column());
            }
            top.pendingKey = key;
            return root;
        }
        ScalarNode key = top.pendingKey;
        top.pendingKey = null;
        int keyLine0 = key.line() - firstLine;
        int start = lineStarts[keyLine0];
        if (!onlySpacesBefore(start, key.column())) {
            top.keysStartLines = false;
        }
        int end = lineStarts[Math.min(endLine + 1, lineStarts.length - 1)];
        top.entries.add(new MapEntry(key.value(), node, key.line(), key.column(), start, end, contentIndent));
        top.endLines.add(endLine);
        checkSize(top, node);
        return root;
    }

    private void checkSize(Open open, YamlNode added) {
        open.size = YamlNode.add(YamlNode.add(open.size, added.weight()), open.map ? 1 : 0);
        if (open.size > ctx.limits.maxKeys()) {
            throw limit("maxKeys", "front matter has more than " + ctx.limits.maxKeys()
                    + " keys and items (aliases counted where they are used)", open.start.getStartMark());
        }
    }

    private YamlNode close(Open open) {
        Mark m = open.start.getStartMark();
        int line = firstLine + line(m);
        int column = column(m);
        if (open.map) {
            return new MapNode(open.entries, !open.start.isFlow() && open.keysStartLines, line, column);
        }
        return new ListNode(open.items, line, column);
    }

    private ScalarNode scalar(ScalarEvent se) {
        Mark m = se.getStartMark();
        String tag = se.getTag();
        boolean explicitString = false;
        if (tag != null) {
            checkTag(tag, m, "str");
            explicitString = true;
        }
        String value = se.getValue();
        if (value.length() > ctx.limits.maxScalarLength()) {
            throw limit("maxScalarLength", "a value of " + value.length()
                    + " characters is over the limit of " + ctx.limits.maxScalarLength(), m);
        }
        if (se.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED && Chars.unpairedSurrogate(value) >= 0) {
            // only an escape can make one: the text itself was checked as UTF-8
            throw error(String.format("invalid YAML: an escape makes the unpaired surrogate U+%04X, which is not"
                    + " valid Unicode", (int) value.charAt(Chars.unpairedSurrogate(value))), m);
        }
        ScalarStyle style = switch (se.getScalarStyle()) {
            case SINGLE_QUOTED -> ScalarStyle.SINGLE_QUOTED;
            case DOUBLE_QUOTED -> ScalarStyle.DOUBLE_QUOTED;
            case FOLDED -> ScalarStyle.FOLDED;
            case LITERAL -> ScalarStyle.LITERAL;
            default -> ScalarStyle.PLAIN;
        };
        return new ScalarNode(style, value, explicitString, firstLine + line(m), column(m));
    }

    /** Only the standard tags of the kind of node, and {@code !}, are allowed: none constructs anything. */
    private void checkTag(String tag, Mark m, String allowed) {
        if (tag == null || tag.equals("!") || tag.equals(STD + allowed)) {
            return;
        }
        String shown = tag.startsWith(STD) ? "!!" + tag.substring(STD.length()) : tag;
        throw error("YAML tag '" + shown + "' is not allowed: tags that choose a type are refused", m);
    }

    private void register(String anchor, YamlNode node, Mark start) {
        if (anchor != null) {
            anchors.put(anchor, node);
            anchorOffsets.put(anchor, offset(start));
        }
    }

    /**
     * The 0-based front-matter line a node ends on: the end mark's line, or the line before it when
     * the mark stands in that line's indentation (a block scalar's end mark lies on the next line).
     */
    private int endLine(Mark startMark, Mark endMark) {
        int line = line(endMark);
        int startLine = line(startMark);
        if (line > startLine && line < lineStarts.length - 1) {
            int ls = lineStarts[line];
            if (onlySpacesBefore(ls, column(endMark))) {
                line--;
            }
        } else if (line >= lineStarts.length - 1) {
            line = lineStarts.length - 2;
        }
        return Math.max(line, startLine);
    }

    /** Trailing blank lines belong to a block scalar only when it keeps them ({@code |+}, {@code >+}). */
    private int blockScalarEnd(ScalarEvent se, int endLine) {
        int header = line(se.getStartMark());
        int hs = offset(se.getStartMark());
        int he = Frame.lineEnd(s, hs);
        boolean keep = s.substring(hs, Math.min(he, hs + 4)).indexOf('+') >= 0;
        int line = endLine;
        while (!keep && line > header && isBlankLine(line)) {
            line--;
        }
        return line;
    }

    private int contentIndent(int header, int endLine) {
        for (int l = header + 1; l <= endLine; l++) {
            if (!isBlankLine(l)) {
                int p = lineStarts[l];
                int i = p;
                while (s.charAt(i) == ' ') {
                    i++;
                }
                return i - p;
            }
        }
        return -1;
    }

    /** Only spaces: a tab beyond a block scalar's indentation is content, so it makes a line not blank. */
    private boolean isBlankLine(int line) {
        for (int i = lineStarts[line]; i < lineStarts[line + 1]; i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\r' && c != '\n') {
                return false;
            }
        }
        return true;
    }

    /** Whether only spaces stand before the 1-based column on the line starting at {@code ls}. */
    private boolean onlySpacesBefore(int ls, int column) {
        for (int i = ls; i < ls + column - 1 && i < fmEnd; i++) {
            if (s.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** The 1-based column of a mark on its physical line, in chars. */
    private int column(Mark m) {
        int line = line(m);
        return offset(m) - lineStarts[Math.min(line, lineStarts.length - 1)] + 1;
    }

    private io.github.quicktakes.articles.ArticleParseException error(String message, Mark m) {
        return error(message, m, null);
    }

    private io.github.quicktakes.articles.ArticleParseException error(String message, Mark m, Throwable cause) {
        if (m == null) {
            return ctx.error(message, firstLine, 1, cause);
        }
        return ctx.error(message, firstLine + line(m), column(m), cause);
    }

    private io.github.quicktakes.articles.ArticleParseException limit(String name, String message, Mark m) {
        return ctx.limit(name, message, firstLine + line(m), column(m));
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
