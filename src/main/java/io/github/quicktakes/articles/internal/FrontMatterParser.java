package io.github.quicktakes.articles.internal;

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
        Frame frame = Frame.split(ctx);
        MapNode root = allowFast ? FastFrontMatterReader.read(ctx, frame) : null;
        boolean fast = root != null;
        if (root == null) {
            root = GeneralFrontMatterReader.read(ctx, frame);
        }
        SchemaCheck.check(root, ctx, frame);
        return new ArticleDocument(ctx.text, frame, root, ctx.warnings(), fast);
    }
}
