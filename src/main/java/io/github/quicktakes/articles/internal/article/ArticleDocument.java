package io.github.quicktakes.articles.internal.article;

import io.github.quicktakes.articles.ArticleWarning;
import io.github.quicktakes.articles.internal.lines.Frame;
import io.github.quicktakes.articles.internal.lines.ParseContext;
import io.github.quicktakes.articles.internal.yaml.AliasUse;
import io.github.quicktakes.articles.internal.yaml.FrontMatterParser;
import io.github.quicktakes.articles.internal.yaml.MapEntry;
import io.github.quicktakes.articles.internal.yaml.MapNode;
import io.github.quicktakes.articles.internal.yaml.YamlNode;
import java.util.List;

/**
 * A parsed article: its whole text, where its parts are, and the front matter's syntax tree, whose
 * spans point into the text. Immutable; an edit makes a new text and parses it again.
 *
 * @param text the article's text, exactly as read (byte order mark included)
 * @param frame where the delimiters, front matter and body are
 * @param root the front matter's root mapping
 * @param warnings what a lenient parse accepted
 * @param fastPath whether the fast reader read the front matter (for tests and benchmarks)
 * @param aliasUses the YAML aliases the front matter uses, with where their anchors stand
 */
public record ArticleDocument(String text, Frame frame, MapNode root, List<ArticleWarning> warnings, boolean fastPath,
        List<AliasUse> aliasUses) {

    /**
     * Parses an article's text: its front matter read and checked, with the fast reader where it can.
     *
     * @param ctx the text, its name, the mode and the limits
     * @return the document
     */
    public static ArticleDocument parse(ParseContext ctx) {
        return parse(ctx, true);
    }

    /**
     * Parses, with the fast reader allowed or not (the differential tests and the benchmarks
     * compare the two).
     *
     * @param ctx the text, its name, the mode and the limits
     * @param allowFast whether the fast reader may read it
     * @return the document
     */
    public static ArticleDocument parse(ParseContext ctx, boolean allowFast) {
        FrontMatterParser.Parsed read = FrontMatterParser.parse(ctx, allowFast);
        return new ArticleDocument(ctx.text, read.frame(), read.root(), ctx.warnings(), read.fastPath(), read.aliasUses());
    }

    /** The body: everything after the closing delimiter's line break. */
    public String body() {
        return text.substring(frame.bodyStart());
    }

    /** The node of a top-level key, or {@code null}. */
    public YamlNode node(String key) {
        MapEntry e = root.entry(key);
        return e == null ? null : e.value();
    }
}
