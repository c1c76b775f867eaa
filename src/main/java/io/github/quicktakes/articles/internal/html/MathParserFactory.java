package io.github.quicktakes.articles.internal.html;

import java.util.Set;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Recognises math in answers as commonmark parses them: {@code $$...$$}, {@code \[...\]} (display)
 * and {@code \(...\)}, {@code $...$} (inline). Running inside the parser means code spans and code
 * blocks are never looked at, and a formula's {@code _}, {@code *} and backslashes never reach the
 * Markdown rules. Inline {@code $} follows Pandoc: an opening one followed by a non-space character
 * closes at one preceded by a non-space character and not followed by a digit, so
 * {@code $5 and $10} stays text; {@code $ x $}, padded on both sides, is math as remark-math reads it. Returning "none" hands the character back to commonmark (a plain
 * backslash escape, a lone dollar).
 */
final class MathParserFactory implements InlineContentParserFactory {

    @Override
    public Set<Character> getTriggerCharacters() {
        return Set.of('$', '\\');
    }

    /**
     * A new parser for each block's inline content (commonmark asks for one per block), so what it
     * remembers of failed searches is about that block only.
     */
    @Override
    public InlineContentParser create() {
        return new MathInlineParser();
    }

    /**
     * Finds the closing delimiter of the math opened at the scanner's position. A search that runs
     * to the end of the block without finding a closer fails for every later opener of the same kind
     * too (the later one sees a suffix of the same text with the same escapes), so it is remembered
     * and not repeated: hostile text full of unclosed {@code $}, {@code $$}, {@code \(} or
     * {@code \[} costs one pass per kind, not one per opener. Closers are tested without copying
     * the formula's text, which is copied once, on success.
     */
    private static final class MathInlineParser implements InlineContentParser {
        private boolean noParenClose;
        private boolean noBracketClose;
        private boolean noDisplayClose;
        /** By kind: [0] for {@code $x}, [1] for padded {@code $ x}. */
        private final boolean[] noInlineClose = new boolean[2];

        @Override
        public ParsedInline tryParse(InlineParserState state) {
            Scanner s = state.scanner();
            Position start = s.position();
            char first = s.peek();
            s.next();
            if (first == '\\') {
                char open = s.peek();
                boolean paren = open == '(';
                if (!(paren && !noParenClose) && !(open == '[' && !noBracketClose)) {
                    s.setPosition(start);
                    return ParsedInline.none();
                }
                s.next();
                return closeWith(s, start, paren ? ')' : ']', !paren);
            }
            if (s.peek() == '$') {
                s.next();
                return noDisplayClose ? none(s, start) : closeDisplayDollar(s, start);
            }
            return closeInlineDollar(s, start);
        }

        /** Finds a backslash followed by {@code close}; backslash pairs inside are skipped. */
        private ParsedInline closeWith(Scanner s, Position start, char close, boolean display) {
            Position content = s.position();
            while (s.hasNext()) {
                if (s.peek() == '\\') {
                    Position backslash = s.position();
                    s.next();
                    if (s.peek() == close) {
                        String tex = text(s, content, backslash);
                        s.next();
                        return ParsedInline.of(new MathNode(tex, display), s.position());
                    }
                    if (s.hasNext()) {
                        s.next();
                    }
                } else {
                    s.next();
                }
            }
            if (display) {
                noBracketClose = true;
            } else {
                noParenClose = true;
            }
            return none(s, start);
        }

        private ParsedInline closeDisplayDollar(Scanner s, Position start) {
            Position content = s.position();
            boolean blank = true;
            while (s.hasNext()) {
                char c = s.peek();
                if (c == '\\') {
                    blank = false;
                    s.next();
                    if (s.hasNext()) {
                        s.next();
                    }
                } else if (c == '$') {
                    Position end = s.position();
                    s.next();
                    if (s.peek() == '$') {
                        if (blank) {
                            return none(s, start); // "$$ $$" is no formula
                        }
                        String tex = text(s, content, end);
                        s.next();
                        return ParsedInline.of(new MathNode(tex, true), s.position());
                    }
                    blank = false;
                } else {
                    blank &= Character.isWhitespace(c);
                    s.next();
                }
            }
            noDisplayClose = true;
            return none(s, start);
        }

        private ParsedInline closeInlineDollar(Scanner s, Position start) {
            int next = s.peekCodePoint();
            if (next == Scanner.END || next == '\n' || next == '$') {
                return none(s, start);
            }
            // "$ x $" is math too (remark-math reads it so): a space after the opening dollar asks for
            // one before the closing dollar, which keeps "$5 and $10" text.
            boolean padded = Character.isWhitespace(next);
            int kind = padded ? 1 : 0;
            if (noInlineClose[kind]) {
                return none(s, start);
            }
            Position content = s.position();
            boolean blank = true;
            while (s.hasNext()) {
                char c = s.peek();
                if (c == '\\') {
                    blank = false;
                    s.next();
                    if (s.hasNext()) {
                        s.next();
                    }
                    continue;
                }
                if (c == '\n') {
                    // a formula on one line only; a paragraph can still hold a formula per line
                    s.next();
                    if (s.peek() == '\n') {
                        return none(s, start);
                    }
                    continue;
                }
                if (c == '$') {
                    int before = s.peekPreviousCodePoint();
                    Position end = s.position();
                    s.next();
                    int after = s.peekCodePoint();
                    if (!blank && Character.isWhitespace(before) == padded && !(after >= '0' && after <= '9')) {
                        String tex = text(s, content, end);
                        return ParsedInline.of(new MathNode(padded ? tex.strip() : tex, false), s.position());
                    }
                    blank = false;
                    continue;
                }
                blank &= Character.isWhitespace(c);
                s.next();
            }
            noInlineClose[kind] = true;
            return none(s, start);
        }

        private static ParsedInline none(Scanner s, Position start) {
            s.setPosition(start);
            return ParsedInline.none();
        }
    }

    private static String text(Scanner s, Position from, Position to) {
        SourceLines lines = s.getSource(from, to);
        return lines.getContent();
    }
}
