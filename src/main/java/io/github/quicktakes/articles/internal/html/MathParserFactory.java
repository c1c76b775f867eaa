package io.github.quicktakes.articles.internal.html;

import io.github.quicktakes.articles.internal.math.MathScanner;
import java.util.Set;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Recognises math in answers as commonmark parses them: {@code $$...$$}, {@code \[...\]} (display)
 * and {@code \(...\)}, {@code $...$} (inline), where {@link MathScanner} (the rules the answer's
 * decoder uses too) says a formula opens and closes. Running inside the parser means code spans and
 * code blocks are never looked at, and a formula's {@code _}, {@code *} and backslashes never reach
 * the Markdown rules. Returning "none" hands the character back to commonmark (a plain backslash
 * escape, a lone dollar). Display blocks opened by a {@code $$} line are {@link DisplayMathBlockParser}'s.
 */
final class MathParserFactory implements InlineContentParserFactory {

    @Override
    public Set<Character> getTriggerCharacters() {
        return Set.of('$', '\\');
    }

    /**
     * A new parser for each block's inline content (commonmark asks for one per block), so its
     * scanner and what that remembers are about that block only.
     */
    @Override
    public InlineContentParser create() {
        return new MathInlineParser();
    }

    /**
     * Asks a {@link MathScanner} over the block's text, taken once from the first opener to the
     * block's end; later openers are placed in that text by the characters read since the
     * previous one, so the whole block is read a bounded number of times.
     */
    private static final class MathInlineParser implements InlineContentParser {
        private MathScanner scanner;
        private String text;
        private Position lastPosition;
        private int lastOffset;

        @Override
        public ParsedInline tryParse(InlineParserState state) {
            Scanner s = state.scanner();
            Position start = s.position();
            char first = s.peek();
            s.next();
            char second = s.peek();
            if (first == '\\' && second != '(' && second != '[') {
                s.setPosition(start);
                return ParsedInline.none();
            }
            int open = offsetOf(s, start);
            int end = scanner.end(open);
            if (end < 0) {
                s.setPosition(start);
                return ParsedInline.none();
            }
            for (int k = open + 1; k < end; k++) {
                s.next();
            }
            boolean display = first == '\\' ? second == '[' : second == '$';
            int delimiter = first == '$' && !display ? 1 : 2;
            String tex = text.substring(open + delimiter, end - delimiter);
            boolean padded = first == '$' && !display && Character.isWhitespace(second);
            return ParsedInline.of(new MathNode(padded ? tex.strip() : tex, display), s.position());
        }

        /** The offset of a position (at or after the previous one) in the block's text. */
        private int offsetOf(Scanner s, Position at) {
            if (scanner == null) {
                Position resume = s.position();
                s.setPosition(at);
                while (s.hasNext()) {
                    s.next();
                }
                text = s.getSource(at, s.position()).getContent();
                s.setPosition(resume);
                scanner = MathScanner.ofMarkdown(text);
                lastPosition = at;
                lastOffset = 0;
                return 0;
            }
            lastOffset += s.getSource(lastPosition, at).getContent().length();
            lastPosition = at;
            return lastOffset;
        }
    }
}
