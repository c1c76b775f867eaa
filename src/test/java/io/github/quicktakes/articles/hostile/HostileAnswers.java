package io.github.quicktakes.articles.hostile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers built to make a renderer slow: each repeats a unit that opens something (math, a link, a
 * comment, emphasis...) and never closes it, so a scanner that searches again from every opener
 * does quadratic or worse work. Used by the hostile rendering test at the value limit and by the
 * JMH benchmark that renders them at n and 8n.
 */
public final class HostileAnswers {
    private HostileAnswers() {}

    /** Repeated units by name; the answer is a unit repeated until it reaches the size wanted. */
    public static final Map<String, String> UNITS = units();

    private static Map<String, String> units() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("dollar then word", "a $b ");
        m.put("dollar closed before a digit", "$a$1 ");
        m.put("padded dollar", "$ a ");
        m.put("double dollar", "$$a ");
        m.put("blank double dollars", "$$ $$ ");
        m.put("unclosed \\(", "\\(a ");
        m.put("unclosed \\[", "\\[a ");
        m.put("mixed math openers", "$a \\(b \\[c $$d ");
        m.put("HTML comment openers", "x <!--");
        m.put("HTML tag openers", "<a b=");
        m.put("link openers", "[a](");
        m.put("image openers", "![a][");
        m.put("emphasis openers", "*a _b ");
        m.put("backtick runs", "` `` ``` ");
        m.put("entity openers", "&#x");
        m.put("autolink triggers", "www.a@b. http:// ");
        m.put("table rows", "|a|\n|-|\n|b");
        m.put("line breaks", "a\n");
        return m;
    }

    /** The unit repeated to {@code chars} characters (cut at a unit's boundary). */
    public static String of(String unit, int chars) {
        return unit.repeat(Math.max(1, chars / unit.length()));
    }

    /**
     * The unit repeated so that its article value, where each line break takes two characters,
     * holds about {@code chars} characters.
     */
    public static String encodedAbout(String unit, int chars) {
        long breaks = unit.chars().filter(c -> c == '\n').count();
        return of(unit, (int) (chars * unit.length() / (unit.length() + breaks)));
    }
}
