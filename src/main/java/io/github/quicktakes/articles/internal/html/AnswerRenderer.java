package io.github.quicktakes.articles.internal.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders an answer's Markdown to HTML with commonmark-java and its GFM extensions, math taken out
 * first ({@link MathParserFactory}). Raw HTML is escaped unless trusted; link and image URLs pass
 * {@link SafeUrls}. Immutable and thread-safe, as commonmark's parser and renderer are.
 */
public final class AnswerRenderer {
    /** Deeper documents (10,000 nested quotes...) are shown as text: rendering recurses per level. */
    static final int MAX_DEPTH = 100;

    private final Parser parser;
    private final HtmlRenderer renderer;

    public AnswerRenderer(boolean trustRawHtml) {
        List<Extension> extensions = List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), TaskListItemsExtension.create());
        this.parser = Parser.builder().extensions(extensions)
                .customInlineContentParserFactory(new MathParserFactory()).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions)
                .escapeHtml(!trustRawHtml)
                .sanitizeUrls(true)
                .urlSanitizer(SafeUrls.INSTANCE)
                .nodeRendererFactory(MathRenderer::new)
                .build();
    }

    /** The HTML of some Markdown. */
    public String render(String markdown) {
        if (sourceNesting(markdown) > MAX_DEPTH) {
            return asText(markdown);
        }
        try {
            Node document = parser.parse(markdown);
            if (depth(document) > MAX_DEPTH) {
                return asText(markdown);
            }
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(Heading heading) {
                    // The page's title is its one h1: headings in answers start at h2.
                    heading.setLevel(Math.min(6, Math.max(2, heading.getLevel())));
                    visitChildren(heading);
                }
            });
            return renderer.render(document);
        } catch (StackOverflowError tooDeep) {
            // commonmark and its extensions walk the tree recursively; nesting the checks above do not
            // see (thousands of nested emphasis markers) ends here, with the stack already unwound.
            return asText(markdown);
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

    /** The depth of a tree, counted without recursion. */
    static int depth(Node root) {
        int max = 0;
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(root);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node n = nodes.pop();
            int d = depths.pop();
            max = Math.max(max, d);
            if (max > MAX_DEPTH) {
                return max;
            }
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                nodes.push(c);
                depths.push(d + 1);
            }
        }
        return max;
    }

    /** Writes formulas for KaTeX's auto-render: {@code \(...\)} and {@code \[...\]}, escaped. */
    private static final class MathRenderer implements NodeRenderer {
        private final HtmlWriter html;

        MathRenderer(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(MathNode.class);
        }

        @Override
        public void render(Node node) {
            MathNode math = (MathNode) node;
            html.raw(math.display ? "<span class=\"math math-display\">\\[" : "<span class=\"math math-inline\">\\(");
            html.text(math.tex);
            html.raw(math.display ? "\\]</span>" : "\\)</span>");
        }
    }
}
