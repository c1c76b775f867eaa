package io.github.quicktakes.articles.internal.article;

import io.github.quicktakes.articles.ArticleException;
import io.github.quicktakes.articles.internal.lines.Frame;
import io.github.quicktakes.articles.internal.schema.ArticleSchema;
import io.github.quicktakes.articles.internal.schema.Key;
import io.github.quicktakes.articles.internal.schema.KeyTable;
import io.github.quicktakes.articles.internal.schema.KeyType;
import io.github.quicktakes.articles.internal.schema.Keys;
import io.github.quicktakes.articles.internal.yaml.AliasUse;
import io.github.quicktakes.articles.internal.yaml.Emitter;
import io.github.quicktakes.articles.internal.yaml.MapEntry;
import io.github.quicktakes.articles.internal.yaml.MapNode;
import io.github.quicktakes.articles.internal.yaml.ScalarNode;
import io.github.quicktakes.articles.internal.yaml.ScalarStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Makes the text of an edited article from the text of the original: the lines of the edited key
 * are replaced, everything else is copied. The caller parses the result again, so an article's
 * text and its values can never disagree.
 */
public final class FrontMatterEditor {
    private FrontMatterEditor() {}

    /**
     * The text with a top-level key set to a YAML-level value ({@code String}, {@code Long},
     * {@code Double}, {@code Boolean}, {@code LocalDate}, {@code List}, ordered {@code Map}); the
     * same text when the key already has that value.
     */
    public static String set(ArticleDocument doc, String key, Object value) {
        EditedValues.checkKey(key);
        Object normal = EditedValues.normalize(key, value);
        EditedValues.checkType(key, null, normal);
        MapNode root = doc.root();
        MapEntry old = root.entry(key);
        if (old != null && EditedValues.sameValue(Values.topLevel(key, old.value()), normal)) {
            return doc.text();
        }
        checkNoAnchorUsedElsewhere(doc, key, old);
        String text = doc.text();
        String eol = doc.frame().lineEnding();
        if (!root.isBlock()) {
            return rewriteAll(doc, key, normal);
        }
        int indent = root.entries().isEmpty() ? 0 : root.entries().get(0).indent();
        int from = old != null ? old.start() : insertionPoint(doc, key);
        int to = old != null ? old.end() : from;
        boolean blocksAllowed = !spaceOnlyLineFollows(text, to, doc.frame().fmEnd(), indent);
        String lines = entry(doc, null, key, normal, old, indent, eol, blocksAllowed);
        return splice(text, from, to, lines);
    }

    /**
     * Whether a line of only spaces and tabs, wider than {@code indent}, follows {@code offset}
     * (after other such lines): YAML would read it as part of a block scalar written just before
     * it, so no block scalar may be written there.
     */
    private static boolean spaceOnlyLineFollows(String text, int offset, int fmEnd, int indent) {
        for (int p = offset; p < fmEnd; p = Frame.lineEnd(text, p) + 1) {
            int i = p;
            while (i < fmEnd && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            if (i >= fmEnd || text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                return false;
            }
            if (i - p > indent) {
                return true;
            }
        }
        return false;
    }

    /** The text without a top-level key; the same text when there is no such key. */
    public static String remove(ArticleDocument doc, String key) {
        MapEntry old = doc.root().entry(key);
        if (old == null) {
            return doc.text();
        }
        if (!doc.root().isBlock()) {
            return rewriteAll(doc, key, null);
        }
        checkNoAnchorUsedElsewhere(doc, key, old);
        return splice(doc.text(), old.start(), old.end(), "");
    }

    /**
     * Refuses to rewrite a key's lines that hold an anchor an alias elsewhere uses: the alias would
     * be left pointing at nothing. (A front matter that is not a block mapping is written anew with
     * every alias replaced by its value, so it needs no such check.)
     */
    private static void checkNoAnchorUsedElsewhere(ArticleDocument doc, String key, MapEntry old) {
        if (old == null || !doc.root().isBlock()) {
            return;
        }
        for (AliasUse use : doc.aliasUses()) {
            boolean anchorInside = use.anchorOffset() >= old.start() && use.anchorOffset() < old.end();
            boolean aliasInside = use.aliasOffset() >= old.start() && use.aliasOffset() < old.end();
            if (anchorInside && !aliasInside) {
                throw new ArticleException("'" + key + "' cannot be edited: its value holds the anchor &"
                        + use.anchor() + ", which the alias *" + use.anchor() + " at line " + use.aliasLine()
                        + " uses; replace that alias with a value first");
            }
        }
    }

    /** The text with another body. */
    public static String setBody(ArticleDocument doc, String body) {
        Objects.requireNonNull(body, "body");
        String text = doc.text();
        int bodyStart = doc.frame().bodyStart();
        String head = text.substring(0, bodyStart);
        if (bodyStart == text.length() && !head.endsWith("\n") && !body.isEmpty()) {
            head += doc.frame().lineEnding();
        }
        return head + body;
    }

    private static String splice(String text, int from, int to, String replacement) {
        return new StringBuilder(text.length() + replacement.length())
                .append(text, 0, from).append(replacement).append(text, to, text.length()).toString();
    }

    /**
     * Where a new key goes: right after the last key that comes before it in the generator's order
     * (keys the order does not know are passed over); with none, before the first known key that
     * comes after it; keys the order does not know always go last.
     */
    private static int insertionPoint(ArticleDocument doc, String key) {
        int rank = ArticleSchema.rank(key);
        List<MapEntry> entries = doc.root().entries();
        if (entries.isEmpty()) {
            return doc.frame().fmStart();
        }
        if (rank != Integer.MAX_VALUE) {
            MapEntry before = null;
            MapEntry firstAfter = null;
            for (MapEntry e : entries) {
                int r = ArticleSchema.rank(e.key());
                if (r == Integer.MAX_VALUE) {
                    continue;
                }
                if (r < rank) {
                    before = e;
                } else if (firstAfter == null) {
                    firstAfter = e;
                }
            }
            if (before != null) {
                return before.end();
            }
            if (firstAfter != null) {
                return firstAfter.start();
            }
        }
        return entries.get(entries.size() - 1).end();
    }

    /** The lines of one entry: a scalar, a block mapping or a sequence. */
    private static String entry(ArticleDocument doc, String parent, String key, Object value, MapEntry old,
                                int indent, String eol, boolean blocksAllowed) {
        if (value instanceof Map<?, ?> map) {
            return block(doc, key, map, old, indent, eol, blocksAllowed);
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return Emitter.pad(indent) + key + ": []" + eol;
            }
            StringBuilder sb = new StringBuilder(Emitter.pad(indent)).append(key).append(':').append(eol);
            for (Object item : list) {
                sb.append(Emitter.pad(indent + 2)).append("- ").append(Emitter.flow(item)).append(eol);
            }
            return sb.toString();
        }
        Emitter.Style style = scalarStyle(doc, parent, key, old, indent, blocksAllowed);
        Key known = parent == null ? Keys.root(key) : Keys.child(parent, key);
        boolean capital = known != null && known.type() == KeyType.BOOLEAN
                || old != null && old.value() instanceof ScalarNode sn && sn.value().matches("True|False|TRUE|FALSE");
        return Emitter.scalarEntry(indent, key, value, style, capital, eol);
    }

    /**
     * A block mapping: unchanged children copied line for line, changed ones written in their old
     * style. When the block keeps its keys in their order, its header line and the lines between
     * its children (comments, blank lines) are kept too.
     */
    private static String block(ArticleDocument doc, String key, Map<?, ?> map, MapEntry old, int indent, String eol,
                                boolean blocksAllowed) {
        if (map.isEmpty()) {
            return Emitter.pad(indent) + key + ": {}" + eol;
        }
        MapNode oldBlock = old != null && old.value() instanceof MapNode m && m.isBlock() && !m.entries().isEmpty() ? m : null;
        MapNode model = oldBlock != null ? oldBlock : siblingBlock(doc, key);
        int childIndent = model != null ? indent + model.entries().get(0).indent() - modelIndent(doc, model)
                : indent + blockTable(key).childIndent();
        boolean sameKeys = oldBlock != null && sameKeyOrder(oldBlock, map);
        StringBuilder sb = new StringBuilder();
        if (sameKeys) {
            sb.append(doc.text(), old.start(), oldBlock.entries().get(0).start());
        } else {
            sb.append(Emitter.pad(indent)).append(key).append(':').append(eol);
        }
        int i = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String childKey = (String) e.getKey();
            MapEntry oldChild = oldBlock != null ? oldBlock.entry(childKey) : null;
            if (sameKeys && i > 0) {
                sb.append(doc.text(), oldBlock.entries().get(i - 1).end(), oldChild.start());
            }
            i++;
            if (oldChild != null && EditedValues.sameValue(Values.node(oldChild.value(), ArticleSchema.typeOf(key, childKey)), e.getValue())) {
                sb.append(doc.text(), oldChild.start(), oldChild.end());
                continue;
            }
            MapEntry styleModel = oldChild != null ? oldChild : model != null ? model.entry(childKey) : null;
            boolean lastChild = i == map.size();
            sb.append(entry(doc, key, childKey, e.getValue(), styleModel, childIndent, eol,
                    blocksAllowed && (!sameKeys || lastChild || !spaceOnlyLineFollows(doc.text(), oldChild.end(),
                            doc.frame().fmEnd(), childIndent))));
        }
        return sb.toString();
    }

    private static boolean sameKeyOrder(MapNode oldBlock, Map<?, ?> map) {
        if (oldBlock.entries().size() != map.size()) {
            return false;
        }
        int i = 0;
        for (Object k : map.keySet()) {
            if (!oldBlock.entries().get(i++).key().equals(k)) {
                return false;
            }
        }
        return true;
    }

    /** The indentation of the top-level key a model block belongs to. */
    private static int modelIndent(ArticleDocument doc, MapNode model) {
        for (MapEntry e : doc.root().entries()) {
            if (e.value() == model) {
                return e.indent();
            }
        }
        return 0;
    }

    /** For a new {@code related_articleN}: another related block of the file, whose conventions it follows. */
    private static MapNode siblingBlock(ArticleDocument doc, String key) {
        if (ArticleSchema.relatedSlot(key) == 0) {
            return null;
        }
        for (MapEntry e : doc.root().entries()) {
            if (ArticleSchema.relatedSlot(e.key()) > 0 && e.value() instanceof MapNode m && m.isBlock()
                    && !m.entries().isEmpty()) {
                return m;
            }
        }
        return null;
    }

    /**
     * The style of a scalar: the one its key had (or its model's, in a sibling block), otherwise the
     * corpus's convention for the key. Block content keeps the indentation it had.
     */
    private static Emitter.Style scalarStyle(ArticleDocument doc, String parent, String key, MapEntry old, int indent,
                                             boolean blocksAllowed) {
        if (old != null && old.value() instanceof ScalarNode sn) {
            int offset = old.contentIndent() > 0 ? old.contentIndent() - old.indent() : defaultOffset(parent);
            return new Emitter.Style(sn.style(), indent + offset, blocksAllowed);
        }
        return new Emitter.Style(conventionalStyle(parent, key), indent + defaultOffset(parent), blocksAllowed);
    }

    /** The {@code >-} content offset the generator uses for the children of {@code parent} (null: the root). */
    private static int defaultOffset(String parent) {
        return (parent == null ? Keys.ROOT : blockTable(parent)).contentOffset();
    }

    /**
     * The table of a block's keys: the key table's for {@code seo} and the related articles, else
     * {@code seo}'s conventions, which a block the format does not know follows.
     */
    private static KeyTable blockTable(String key) {
        Key k = Keys.root(key);
        return k != null && k.block() != null ? k.block() : Keys.SEO;
    }

    /** How the corpus's generator writes a key that is new to the file (the key table's style). */
    private static ScalarStyle conventionalStyle(String parent, String key) {
        Key k = parent == null ? Keys.root(key) : Keys.child(parent, key);
        return k != null ? k.style() : ScalarStyle.PLAIN;
    }

    /** Writes the whole front matter again: for the rare front matter that is not a block mapping. */
    private static String rewriteAll(ArticleDocument doc, String key, Object value) {
        Map<String, Object> values = new LinkedHashMap<>(Values.of(doc.root()));
        if (value == null) {
            values.remove(key);
        } else {
            values.put(key, value);
        }
        return writeAll(doc, values);
    }

    /**
     * Many edits in one pass: every key written again in the generator's layout, the changed ones
     * with their new values ({@code remove} marks a key to leave out). The file's own layout of the
     * unchanged keys is not kept; it is for a batch of edits that one at a time would each cost a
     * parse of the whole text (a JSON object of thousands of keys).
     *
     * @param doc the document
     * @param changes new values by key, in order
     * @param remove the marker of a key to remove
     * @return the new text
     * @throws io.github.quicktakes.articles.ArticleException if a key or value cannot be written
     */
    public static String rewriteWith(ArticleDocument doc, Map<String, Object> changes, Object remove) {
        Map<String, Object> values = new LinkedHashMap<>(Values.of(doc.root()));
        for (Map.Entry<String, Object> e : changes.entrySet()) {
            if (e.getValue() == remove) {
                values.remove(e.getKey());
                continue;
            }
            EditedValues.checkKey(e.getKey());
            Object normal = EditedValues.normalize(e.getKey(), e.getValue());
            EditedValues.checkType(e.getKey(), null, normal);
            values.put(e.getKey(), normal);
        }
        return writeAll(doc, values);
    }

    private static String writeAll(ArticleDocument doc, Map<String, Object> values) {
        String eol = doc.frame().lineEnding();
        String empty = doc.text().substring(0, doc.frame().fmStart()) + doc.text().substring(doc.frame().fmEnd());
        ArticleDocument blank = new ArticleDocument(empty, new Frame(doc.frame().fmStart(), doc.frame().fmStart(),
                doc.frame().bodyStart() - (doc.frame().fmEnd() - doc.frame().fmStart()), doc.frame().fmFirstLine(), eol),
                new MapNode(List.of(), true, doc.frame().fmFirstLine(), 1), List.of(), false, List.of());
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            sb.append(entry(blank, null, e.getKey(), e.getValue(), null, 0, eol, true));
        }
        return splice(doc.text(), doc.frame().fmStart(), doc.frame().fmEnd(), sb.toString());
    }
}
