package io.github.quicktakes.articles.internal.html;

import org.commonmark.node.CustomNode;

/** A formula taken out of the Markdown before any Markdown rule could touch it. */
final class MathNode extends CustomNode {
    final String tex;
    final boolean display;

    MathNode(String tex, boolean display) {
        this.tex = tex;
        this.display = display;
    }
}
