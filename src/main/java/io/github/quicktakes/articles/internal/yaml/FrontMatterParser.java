package io.github.quicktakes.articles.internal.yaml;

import io.github.quicktakes.articles.internal.lines.Frame;
import io.github.quicktakes.articles.internal.lines.ParseContext;
import io.github.quicktakes.articles.internal.schema.SchemaCheck;
import java.util.ArrayList;
import java.util.List;

/** Reads an article's front matter into a checked tree: the fast reader first, the general one where it declines. */
public final class FrontMatterParser {
    private FrontMatterParser() {}

    /**
     * The front matter as read and checked.
     *
     * @param frame where the delimiters, front matter and body are
     * @param root the front matter's root mapping
     * @param fastPath whether the fast reader read it
     * @param aliasUses the YAML aliases it uses, with where their anchors stand
     */
    public record Parsed(Frame frame, MapNode root, boolean fastPath, List<AliasUse> aliasUses) {}

    /** Reads with the fast reader where it can, the general one elsewhere. */
    public static Parsed parse(ParseContext ctx) {
        return parse(ctx, true);
    }

    /**
     * Parses, with the fast reader allowed or not (the differential test and the benchmarks compare
     * the two).
     */
    public static Parsed parse(ParseContext ctx, boolean allowFast) {
        if (ctx.text.length() > ctx.limits.maxFileBytes()) {
            throw ctx.limit("maxFileBytes", "article of " + ctx.text.length()
                    + " characters is over the limit of " + ctx.limits.maxFileBytes() + " bytes", 0, 0);
        }
        Frame opening = Frame.open(ctx);
        FastFrontMatterReader.Result fastRead = allowFast ? FastFrontMatterReader.read(ctx, opening) : null;
        boolean fast = fastRead != null;
        Frame frame;
        MapNode root;
        // only the general reader reads anchors: the fast path, every real article, allocates nothing here
        List<AliasUse> aliasUses = List.of();
        if (fast) {
            frame = fastRead.frame();
            root = fastRead.root();
        } else {
            frame = Frame.close(ctx, opening);
            List<AliasUse> used = new ArrayList<>(0);
            root = GeneralFrontMatterReader.read(ctx, frame, used);
            aliasUses = List.copyOf(used);
        }
        if (!fast || !fastRead.schemaChecked()) {
            SchemaCheck.check(root, ctx, frame);
        }
        return new Parsed(frame, root, fast, aliasUses);
    }
}
