package io.github.quicktakes.articles.internal.yaml;

/**
 * A scalar. The fast reader keeps only where the value is in the source and decodes it when asked
 * (most values are never asked for, and the source is kept once); the general reader hands over the
 * value it already decoded.
 */
public final class ScalarNode extends YamlNode {
    private final ScalarStyle style;
    private final String source;
    private final int start;
    private final int end;
    private final String decoded;
    private final boolean explicitString;

    /** A scalar whose value is {@code source[start, end)} read in the given style. */
    ScalarNode(ScalarStyle style, String source, int start, int end, int line, int column) {
        super(line, column);
        this.style = style;
        this.source = source;
        this.start = start;
        this.end = end;
        this.decoded = null;
        this.explicitString = false;
    }

    /** A scalar whose value was decoded already. */
    ScalarNode(ScalarStyle style, String value, boolean explicitString, int line, int column) {
        super(line, column);
        this.style = style;
        this.source = null;
        this.start = 0;
        this.end = 0;
        this.decoded = value;
        this.explicitString = explicitString;
    }

    /** How the scalar is written in the source. */
    public ScalarStyle style() {
        return style;
    }

    /** True for a plain scalar, whose type is resolved from its text. */
    public boolean isPlain() {
        return style == ScalarStyle.PLAIN && !explicitString;
    }

    /** The scalar's text as YAML reads it. */
    public String value() {
        if (decoded != null) {
            return decoded;
        }
        return switch (style) {
            case PLAIN, FOLDED, LITERAL -> source.substring(start, end);
            case SINGLE_QUOTED -> source.substring(start, end).replace("''", "'");
            case DOUBLE_QUOTED -> DoubleQuoted.unescape(source, start, end);
        };
    }

    /**
     * Whether the value is a plain run of 1 to 18 decimal digits in the source, after an optional
     * sign: an integer that fits a {@code long}, checked without making a string (ids are checked in
     * every parse, and some are negative).
     */
    public boolean isShortDecimal() {
        if (source == null || style != ScalarStyle.PLAIN || end - start < 1) {
            return false;
        }
        int from = source.charAt(start) == '-' || source.charAt(start) == '+' ? start + 1 : start;
        if (end - from < 1 || end - from > 18) {
            return false;
        }
        for (int i = from; i < end; i++) {
            char c = source.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether the value is a plain, valid {@code YYYY-MM-DD} date in the source, checked without making one. */
    public boolean isPlainDate() {
        return source != null && style == ScalarStyle.PLAIN && Scalars.isDate(source, start, end);
    }

    /** Whether the value is a plain decimal number in the source (no infinity or NaN), checked without a string. */
    public boolean isPlainDecimal() {
        return source != null && style == ScalarStyle.PLAIN && Scalars.isDecimalFloat(source, start, end);
    }

    /** The length of the value's source text: cheap, for limits. */
    public int sourceLength() {
        return decoded != null ? decoded.length() : end - start;
    }

    @Override
    long weight() {
        return 1;
    }
}
