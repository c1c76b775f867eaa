package io.github.quicktakes.articles.internal.html;

import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * A display formula between {@code $$} lines, as remark-math, Pandoc and MathJax read it: a line
 * holding only {@code $$} (up to three spaces of indentation inside its container) opens a block
 * whose lines are TeX that Markdown never touches, so a line of {@code =} between two matrices is no
 * setext heading. The block ends at a line holding only {@code $$} or ending with {@code $$}, or
 * with its container (a list item, a quote, the answer). Written at a list item's indentation, it
 * belongs to that item. {@code MathScanner#mask} applies the same rule to stored answers.
 */
final class DisplayMathBlockParser extends AbstractBlockParser {
    private final DisplayMathBlock block = new DisplayMathBlock();
    private final StringBuilder tex = new StringBuilder();
    private boolean closed;

    /** The block node; its TeX is set when the block closes. */
    static final class DisplayMathBlock extends CustomBlock {
        String tex = "";
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (closed) {
            return BlockContinue.none();
        }
        CharSequence line = state.getLine().getContent();
        String rest = line.subSequence(state.getIndex(), line.length()).toString();
        String trimmed = rest.stripTrailing();
        if (state.getIndent() < 4 && trimmed.strip().equals("$$")) {
            closed = true;
            return BlockContinue.finished();
        }
        if (trimmed.endsWith("$$") && !trimmed.endsWith("\\$$")) {
            append(trimmed.substring(0, trimmed.length() - 2));
            closed = true;
            return BlockContinue.finished();
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(SourceLine line) {
        append(line.getContent().toString());
    }

    private void append(String line) {
        if (tex.length() > 0) {
            tex.append('\n');
        }
        tex.append(line);
    }

    @Override
    public void closeBlock() {
        block.tex = tex.toString().strip();
    }

    /** Starts a block at a line holding only {@code $$}. */
    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            // Asked at nearly every line of every answer: decided on the characters, with no copy.
            int i = state.getNextNonSpaceIndex();
            if (i + 1 >= line.length() || line.charAt(i) != '$' || line.charAt(i + 1) != '$') {
                return BlockStart.none();
            }
            for (int k = i + 2; k < line.length(); k++) {
                if (!Character.isWhitespace(line.charAt(k))) {
                    return BlockStart.none();
                }
            }
            return BlockStart.of(new DisplayMathBlockParser()).atIndex(line.length());
        }
    }
}
