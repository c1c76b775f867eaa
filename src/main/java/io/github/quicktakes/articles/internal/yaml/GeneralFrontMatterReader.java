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
    /** Where SnakeYAML's marks are in the file. */
    private final SourceLines lines;
    private final Map<String, YamlNode> anchors = new HashMap<>();
    /** Where each anchor's node starts, as a file offset. */
    private final Map<String, Integer> anchorOffsets = new HashMap<>();
    /** The aliases used, for the editor: an edit must not leave one pointing at nothing. */
    private final List<AliasUse> aliasUses;
    private int aliases;

    private GeneralFrontMatterReader(ParseContext ctx, Frame frame, List<AliasUse> aliasUses) {
        this.ctx = ctx;
        this.aliasUses = aliasUses;
        this.s = ctx.text;
        this.fmStart = frame.fmStart();
        this.fmEnd = frame.fmEnd();
        this.firstLine = frame.fmFirstLine();
        this.lines = new SourceLines(s, fmStart, fmEnd);
    }

    /** Reads the front matter; each alias used is added to {@code aliasUses}. */
    static MapNode read(ParseContext ctx, Frame frame, List<AliasUse> aliasUses) {
        return new GeneralFrontMatterReader(ctx, frame, aliasUses).readDocument();
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
        try {
            return readEvents(parser);
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

    /** Builds the tree from SnakeYAML's events, up to the end of the stream. */
    private MapNode readEvents(Parser parser) {
        Deque<Open> stack = new ArrayDeque<>();
        YamlNode root = null;
        int documents = 0;
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
                case MappingStart, SequenceStart -> stack.push(open((CollectionStartEvent) ev, stack.size()));
                case MappingEnd, SequenceEnd -> {
                    Open open = stack.pop();
                    YamlNode node = close(open);
                    int endLine = open.start.isFlow() || open.endLines.isEmpty()
                            ? lines.endLine(open.start.getStartMark(), ev.getEndMark())
                            : open.endLines.get(open.endLines.size() - 1);
                    register(open.start.getAnchor(), node, open.start.getStartMark());
                    root = deliver(stack, node, endLine, -1, root);
                }
                case Scalar -> root = deliverScalar(stack, (ScalarEvent) ev, root);
                case Alias -> root = deliver(stack, alias((AliasEvent) ev),
                        lines.endLine(ev.getStartMark(), ev.getEndMark()), -1, root);
                default -> throw error("unexpected YAML event " + ev.getEventId(), ev.getStartMark());
            }
        }
    }

    /** A collection that starts at {@code depth}: its tag and the nesting limit are checked first. */
    private Open open(CollectionStartEvent cs, int depth) {
        boolean map = cs.getEventId() == Event.ID.MappingStart;
        checkTag(cs.getTag(), cs.getStartMark(), map ? "map" : "seq");
        if (depth >= ctx.limits.maxNestingDepth()) {
            throw limit("maxNestingDepth", "front matter nests deeper than "
                    + ctx.limits.maxNestingDepth() + " levels", cs.getStartMark());
        }
        return new Open(cs, map);
    }

    /** A scalar, handed to the collection it is in; a block scalar's lines and indentation found first. */
    private YamlNode deliverScalar(Deque<Open> stack, ScalarEvent se, YamlNode root) {
        ScalarNode node = scalar(se);
        register(se.getAnchor(), node, se.getStartMark());
        int endLine = lines.endLine(se.getStartMark(), se.getEndMark());
        int contentIndent = -1;
        if (se.isFolded() || se.isLiteral()) {
            endLine = lines.blockScalarEnd(se, endLine);
            contentIndent = lines.contentIndent(lines.line(se.getStartMark()), endLine);
        }
        return deliver(stack, node, endLine, contentIndent, root);
    }

    /** The node an alias shares, within the limit on aliases; its use is recorded for the editor. */
    private YamlNode alias(AliasEvent ae) {
        if (++aliases > ctx.limits.maxAliases()) {
            throw limit("maxAliases", ctx.limits.maxAliases() == 0
                    ? "YAML aliases are not allowed"
                    : "more than " + ctx.limits.maxAliases() + " YAML aliases", ae.getStartMark());
        }
        YamlNode target = anchors.get(ae.getAnchor());
        if (target == null) {
            throw error("alias *" + ae.getAnchor() + " refers to no anchor defined before it", ae.getStartMark());
        }
        aliasUses.add(new AliasUse(ae.getAnchor(), anchorOffsets.get(ae.getAnchor()),
                lines.offset(ae.getStartMark()), firstLine + lines.line(ae.getStartMark())));
        return target;
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
        int start = lines.start(keyLine0);
        if (!lines.onlySpacesBefore(start, key.column())) {
            top.keysStartLines = false;
        }
        int end = lines.start(Math.min(endLine + 1, lines.count()));
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
        int line = firstLine + lines.line(m);
        int column = lines.column(m);
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
        return new ScalarNode(style, value, explicitString, firstLine + lines.line(m), lines.column(m));
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
            anchorOffsets.put(anchor, lines.offset(start));
        }
    }

    private io.github.quicktakes.articles.ArticleParseException error(String message, Mark m) {
        return error(message, m, null);
    }

    private io.github.quicktakes.articles.ArticleParseException error(String message, Mark m, Throwable cause) {
        if (m == null) {
            return ctx.error(message, firstLine, 1, cause);
        }
        return ctx.error(message, firstLine + lines.line(m), lines.column(m), cause);
    }

    private io.github.quicktakes.articles.ArticleParseException limit(String name, String message, Mark m) {
        return ctx.limit(name, message, firstLine + lines.line(m), lines.column(m));
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
