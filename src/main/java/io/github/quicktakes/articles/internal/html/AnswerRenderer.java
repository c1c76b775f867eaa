package io.github.quicktakes.articles.internal.html;

import java.util.List;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders an answer's Markdown to HTML with commonmark-java and its GFM extensions, math taken out
 * first ({@link DisplayMathBlockParser} for {@code $$} blocks, {@link MathParserFactory} inline). Raw HTML is escaped unless trusted; link and image URLs pass
 * {@link SafeUrls}. Immutable and thread-safe, as commonmark's parser and renderer are.
 */
public final class AnswerRenderer {
    /** Deeper documents (10,000 nested quotes...) are shown as text: rendering recurses per level. */
    static final int MAX_DEPTH = 100;

    private final Parser parser;
    /** The same parser without the autolink extension, for text in which it cannot find a link. */
    private final Parser parserWithoutAutolinks;
    private final HtmlRenderer renderer;

    public AnswerRenderer(boolean trustRawHtml) {
        Extension tables = TablesExtension.create();
        Extension strikethrough = StrikethroughExtension.create();
        Extension taskLists = TaskListItemsExtension.create();
        List<Extension> extensions = List.of(tables, strikethrough, AutolinkExtension.create(), taskLists);
        List<Extension> withoutAutolinks = List.of(tables, strikethrough, taskLists);
        this.parser = parser(extensions);
        this.parserWithoutAutolinks = parser(withoutAutolinks);
        this.renderer = HtmlRenderer.builder().extensions(extensions)
                .escapeHtml(!trustRawHtml)
                .sanitizeUrls(true)
                .urlSanitizer(SafeUrls.INSTANCE)
                .nodeRendererFactory(MathRenderer::new)
                .build();
    }

    private static Parser parser(List<Extension> extensions) {
        return Parser.builder().extensions(extensions)
                .customBlockParserFactory(new DisplayMathBlockParser.Factory())
                .customInlineContentParserFactory(new MathParserFactory())
                .build();
    }

    /** The HTML of some Markdown. */
    public String render(String markdown) {
        StringBuilder sb = new StringBuilder(markdown.length() + markdown.length() / 4);
        render(markdown, sb);
        return sb.toString();
    }

    /** Appends the HTML of some Markdown to {@code out}. */
    public void render(String markdown, StringBuilder out) {
        render(markdown, out, mayHoldAutolink(markdown) ? parser : parserWithoutAutolinks);
    }

    /** The HTML as the parser with the autolink extension makes it, whatever the text holds (for tests). */
    String renderWithAutolinkScan(String markdown) {
        StringBuilder sb = new StringBuilder();
        render(markdown, sb, parser);
        return sb.toString();
    }

    private void render(String markdown, StringBuilder out, Parser chosen) {
        if (sourceNesting(markdown) > MAX_DEPTH) {
            out.append(asText(markdown));
            return;
        }
        int mark = out.length();
        try {
            Node document = chosen.parse(markdown);
            if (checkDepthAndLevelHeadings(document) > MAX_DEPTH) {
                out.append(asText(markdown));
                return;
            }
            renderer.render(document, out);
        } catch (StackOverflowError tooDeep) {
            // commonmark and its extensions walk the tree recursively; nesting the checks above do not
            // see (thousands of nested emphasis markers) ends here, with the stack already unwound.
            out.setLength(mark);
            out.append(asText(markdown));
        }
    }

    /**
     * Whether the autolink extension could find anything in this Markdown. It links text holding
     * {@code ://}, {@code www.} or {@code @} (autolink-java's triggers); in a text node these come
     * from the source as written, from backslash escapes ({@code http:\/\/}) or from character
     * references ({@code &#64;}), so the source is searched with its backslashes left out, and any
     * {@code &} counts. Most answers have none, and skipping the extension's scan of every text node
     * saves about a quarter of the rendering.
     */
    static boolean mayHoldAutolink(String markdown) {
        // One pass (it was five searches and a copy without backslashes): the last three
        // characters that are not backslashes are kept to spot "://" and "www." as they end.
        char last = 0;
        char second = 0;
        char third = 0;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '@' || c == '&') {
                return true;
            }
            if (c == '\\') {
                continue;
            }
            if (c == '/' && last == '/' && second == ':' || c == '.' && isW(last) && isW(second) && isW(third)) {
                return true;
            }
            third = second;
            second = last;
            last = c;
        }
        return false;
    }

    private static boolean isW(char c) {
        return c == 'w' || c == 'W';
    }

    /**
     * Walks the tree once, without recursion: returns its depth (stopping early past
     * {@link #MAX_DEPTH}) and moves headings to levels 2 to 6, as the page's title is its one h1.
     */
    static int checkDepthAndLevelHeadings(Node root) {
        int depth = 0;
        int max = 0;
        Node n = root;
        while (true) {
            if (n instanceof Heading heading) {
                heading.setLevel(Math.min(6, Math.max(2, heading.getLevel())));
            }
            Node child = n.getFirstChild();
            if (child != null) {
                n = child;
                depth++;
                if (depth > max) {
                    max = depth;
                    if (max > MAX_DEPTH) {
                        return max;
                    }
                }
                continue;
            }
            while (n != root && n.getNext() == null) {
                n = n.getParent();
                depth--;
            }
            if (n == root) {
                return max;
            }
            n = n.getNext();
        }
    }

    private static String asText(String markdown) {
        return "<pre class=\"too-deep\">" + Html.escape(markdown) + "</pre>\n";
    }

    /**
     * An upper bound of the block nesting a line can open: its block-quote markers plus its
     * indentation (each list level indents at least two columns). Checked before parsing, because
     * commonmark's own post-processing recurses over the tree.
     */
    static int sourceNesting(String markdown) {
        int max = 0;
        int i = 0;
        int n = markdown.length();
        while (i < n) {
            int depth = 0;
            int indent = 0;
            while (i < n) {
                char c = markdown.charAt(i);
                if (c == '>') {
                    depth++;
                } else if (c == ' ') {
                    indent++;
                } else if (c == '\t') {
                    indent += 4;
                } else {
                    break;
                }
                i++;
            }
            max = Math.max(max, depth + indent / 2);
            int nl = markdown.indexOf('\n', i);
            i = nl < 0 ? n : nl + 1;
        }
        return max;
    }

    /** Writes formulas for KaTeX's auto-render: {@code \(...\)} and {@code \[...\]}, escaped. */
    private static final class MathRenderer implements NodeRenderer {
        private static final Set<Class<? extends Node>> NODE_TYPES =
                Set.of(MathNode.class, DisplayMathBlockParser.DisplayMathBlock.class);
        private final HtmlWriter html;

        MathRenderer(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return NODE_TYPES;
        }

        @Override
        public void render(Node node) {
            if (node instanceof DisplayMathBlockParser.DisplayMathBlock block) {
                html.line();
                html.raw("<div class=\"math math-display\">\\[");
                html.text(block.tex);
                html.raw("\\]</div>");
                html.line();
                return;
            }
            MathNode math = (MathNode) node;
            html.raw(math.display ? "<span class=\"math math-display\">\\[" : "<span class=\"math math-inline\">\\(");
            html.text(math.tex);
            html.raw(math.display ? "\\]</span>" : "\\)</span>");
        }
    }
}
