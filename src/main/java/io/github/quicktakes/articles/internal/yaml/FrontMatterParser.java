package io.github.quicktakes.articles.internal.yaml;

import io.github.quicktakes.articles.internal.article.ArticleDocument;
import io.github.quicktakes.articles.internal.lines.Frame;
import io.github.quicktakes.articles.internal.lines.ParseContext;
import io.github.quicktakes.articles.internal.schema.SchemaCheck;
/** Parses article text into an {@link ArticleDocument}: the fast reader first, the general one where it declines. */
public final class FrontMatterParser {
    private FrontMatterParser() {}

    /** Parses with the fast reader where it can, the general one elsewhere. */
    public static ArticleDocument parse(ParseContext ctx) {
        return parse(ctx, true);
    }

    /**
     * Parses, with the fast reader allowed or not (the differential test and the benchmarks compare
     * the two).
     */
    public static ArticleDocument parse(ParseContext ctx, boolean allowFast) {
        if (ctx.text.length() > ctx.limits.maxFileBytes()) {
            throw ctx.limit("maxFileBytes", "article of " + ctx.text.length()
                    + " characters is over the limit of " + ctx.limits.maxFileBytes() + " bytes", 0, 0);
        }
        Frame opening = Frame.open(ctx);
        FastFrontMatterReader.Result fastRead = allowFast ? FastFrontMatterReader.read(ctx, opening) : null;
        boolean fast = fastRead != null;
        Frame frame;
        MapNode root;
        if (fast) {
            frame = fastRead.frame();
            root = fastRead.root();
        } else {
            frame = Frame.close(ctx, opening);
            root = GeneralFrontMatterReader.read(ctx, frame);
        }
        if (!fast || !fastRead.schemaChecked()) {
            SchemaCheck.check(root, ctx, frame);
        }
        return new ArticleDocument(ctx.text, frame, root, ctx.warnings(), fast, ctx.aliasUses());
    }
}
