package io.github.quicktakes.articles.internal.yaml;

import io.github.quicktakes.articles.internal.lines.Frame;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * The front matter's physical lines, and where SnakeYAML's marks fall on them: the general reader
 * places nodes and entries by these, as the fast reader does.
 */
final class SourceLines {
    private final String s;
    private final int fmStart;
    private final int fmEnd;
    /**
     * File offsets of the start of each physical front-matter line (lines end at LF), and a last
     * entry for the end of the front matter. SnakeYAML's own line numbers cannot index it: YAML 1.1
     * also breaks lines at NEL, U+2028 and U+2029. Marks are placed by their character index instead.
     */
    private final int[] lineStarts;
    /** Char offset (from fmStart) of each code point index, or null when the two are the same. */
    private final int[] charOfCodePoint;

    SourceLines(String s, int fmStart, int fmEnd) {
        this.s = s;
        this.fmStart = fmStart;
        this.fmEnd = fmEnd;
        List<Integer> starts = new ArrayList<>();
        for (int p = fmStart; p < fmEnd; p = Frame.lineEnd(s, p) + 1) {
            starts.add(p);
        }
        starts.add(fmEnd);
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        this.charOfCodePoint = codePointMap(s, fmStart, fmEnd);
    }

    /** The file offset where 0-based line {@code i} starts; {@link #count()} gives the end of the front matter. */
    int start(int i) {
        return lineStarts[i];
    }

    /** The number of lines. */
    int count() {
        return lineStarts.length - 1;
    }

    /** Null when the front matter has no surrogate pair (code point index = char index). */
    private static int[] codePointMap(String s, int from, int to) {
        boolean pairs = false;
        for (int i = from; i < to && !pairs; i++) {
            pairs = Character.isSurrogate(s.charAt(i));
        }
        if (!pairs) {
            return null;
        }
        int[] map = new int[s.codePointCount(from, to) + 1];
        int cp = 0;
        for (int i = from; i < to; i += Character.charCount(s.codePointAt(i))) {
            map[cp++] = i - from;
        }
        map[cp] = to - from;
        return map;
    }

    /** The file offset of a mark. */
    int offset(Mark m) {
        int index = Math.max(0, m.getIndex());
        int off = charOfCodePoint == null ? index : charOfCodePoint[Math.min(index, charOfCodePoint.length - 1)];
        return Math.min(fmStart + off, fmEnd);
    }

    /** The 0-based physical front-matter line of a mark (the last entry for the very end). */
    int line(Mark m) {
        int off = offset(m);
        int i = Arrays.binarySearch(lineStarts, off);
        return i >= 0 ? i : -i - 2;
    }

    /**
     * The 0-based front-matter line a node ends on: the end mark's line, or the line before it when
     * the mark stands in that line's indentation (a block scalar's end mark lies on the next line).
     */
    int endLine(Mark startMark, Mark endMark) {
        int line = line(endMark);
        int startLine = line(startMark);
        if (line > startLine && line < count()) {
            int ls = lineStarts[line];
            if (onlySpacesBefore(ls, column(endMark))) {
                line--;
            }
        } else if (line >= count()) {
            line = count() - 1;
        }
        return Math.max(line, startLine);
    }

    /** Trailing blank lines belong to a block scalar only when it keeps them ({@code |+}, {@code >+}). */
    int blockScalarEnd(ScalarEvent se, int endLine) {
        int header = line(se.getStartMark());
        int hs = offset(se.getStartMark());
        int he = Frame.lineEnd(s, hs);
        boolean keep = s.substring(hs, Math.min(he, hs + 4)).indexOf('+') >= 0;
        int line = endLine;
        while (!keep && line > header && isBlankLine(line)) {
            line--;
        }
        return line;
    }

    int contentIndent(int header, int endLine) {
        for (int l = header + 1; l <= endLine; l++) {
            if (!isBlankLine(l)) {
                int p = lineStarts[l];
                int i = p;
                while (s.charAt(i) == ' ') {
                    i++;
                }
                return i - p;
            }
        }
        return -1;
    }

    /** Only spaces: a tab beyond a block scalar's indentation is content, so it makes a line not blank. */
    boolean isBlankLine(int line) {
        for (int i = lineStarts[line]; i < lineStarts[line + 1]; i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\r' && c != '\n') {
                return false;
            }
        }
        return true;
    }

    /** Whether only spaces stand before the 1-based column on the line starting at {@code ls}. */
    boolean onlySpacesBefore(int ls, int column) {
        for (int i = ls; i < ls + column - 1 && i < fmEnd; i++) {
            if (s.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** The 1-based column of a mark on its physical line, in chars. */
    int column(Mark m) {
        int line = line(m);
        return offset(m) - lineStarts[Math.min(line, count())] + 1;
    }
}
