package io.github.quicktakes.articles.internal.html;

import java.util.Set;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
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

    @Override
    public InlineContentParser create() {
        return state -> {
            Scanner s = state.scanner();
            Position start = s.position();
            char first = s.peek();
            s.next();
            if (first == '\\') {
                char open = s.peek();
                if (open != '(' && open != '[') {
                    s.setPosition(start);
                    return ParsedInline.none();
                }
                s.next();
                return closeWith(s, start, open == '(' ? ')' : ']', open == '[');
            }
            if (s.peek() == '$') {
                s.next();
                return closeDisplayDollar(s, start);
            }
            return closeInlineDollar(s, start);
        };
    }

    /** Finds a backslash followed by {@code close}; backslash pairs inside are skipped. */
    private static ParsedInline closeWith(Scanner s, Position start, char close, boolean display) {
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
        s.setPosition(start);
        return ParsedInline.none();
    }

    private static ParsedInline closeDisplayDollar(Scanner s, Position start) {
        Position content = s.position();
        while (s.hasNext()) {
            char c = s.peek();
            if (c == '\\') {
                s.next();
                if (s.hasNext()) {
                    s.next();
                }
            } else if (c == '$') {
                Position end = s.position();
                s.next();
                if (s.peek() == '$') {
                    String tex = text(s, content, end);
                    s.next();
                    if (!tex.isBlank()) {
                        return ParsedInline.of(new MathNode(tex, true), s.position());
                    }
                    break;
                }
            } else {
                s.next();
            }
        }
        s.setPosition(start);
        return ParsedInline.none();
    }

    private static ParsedInline closeInlineDollar(Scanner s, Position start) {
        int next = s.peekCodePoint();
        if (next == Scanner.END || next == '\n' || next == '$') {
            s.setPosition(start);
            return ParsedInline.none();
        }
        // "$ x $" is math too (remark-math reads it so): a space after the opening dollar asks for
        // one before the closing dollar, which keeps "$5 and $10" text.
        boolean padded = Character.isWhitespace(next);
        Position content = s.position();
        while (s.hasNext()) {
            char c = s.peek();
            if (c == '\\') {
                s.next();
                if (s.hasNext()) {
                    s.next();
                }
                continue;
            }
            if (c == '\n') {
                // a formula on one line only; a paragraph can still hold a formula per line
                Position saved = s.position();
                s.next();
                if (s.peek() == '\n') {
                    break;
                }
                s.setPosition(saved);
                s.next();
                continue;
            }
            if (c == '$') {
                int before = s.peekPreviousCodePoint();
                Position end = s.position();
                s.next();
                int after = s.peekCodePoint();
                String tex = text(s, content, end);
                if (Character.isWhitespace(before) == padded && !(after >= '0' && after <= '9') && !tex.isBlank()) {
                    return ParsedInline.of(new MathNode(padded ? tex.strip() : tex, false), s.position());
                }
                continue;
            }
            s.next();
        }
        s.setPosition(start);
        return ParsedInline.none();
    }

    private static String text(Scanner s, Position from, Position to) {
        SourceLines lines = s.getSource(from, to);
        return lines.getContent();
    }
}
