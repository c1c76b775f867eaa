package io.github.quicktakes.articles.internal.schema;

import io.github.quicktakes.articles.internal.yaml.Emitter;
import io.github.quicktakes.articles.internal.yaml.MapNode;
import io.github.quicktakes.articles.internal.yaml.ScalarNode;
import io.github.quicktakes.articles.internal.yaml.Scalars;
import io.github.quicktakes.articles.internal.yaml.YamlNode;
import java.util.List;
import java.util.Map;

/**
 * The one check of a value under a key of a given {@link KeyType}: the fast reader's shortcut, the
 * {@link SchemaCheck}, the typing of values and the editor all ask it, so they cannot disagree. A
 * value read from YAML is checked as a node; a value given to the editor is checked by the plain
 * scalar it is written as, with the same rule.
 *
 * <p>The rule for scalars is YAML 1.2's core schema, with {@code YYYY-MM-DD} dates: an integer key
 * takes a core integer ({@code 42}, {@code -7}, {@code 0o17}, {@code 0x1F}) that fits a
 * {@code long}; a number key takes a core float ({@code 1.5}, {@code 1e3}, {@code .5}, {@code +1.},
 * {@code .inf}, {@code .nan}) or any core integer; all as plain scalars only.
 */
public final class ValueCheck {
    private ValueCheck() {}

    /** The answer for a value. */
    public enum Verdict {
        /** The value is of the key's type. */
        VALID,
        /** The quick check cannot tell; the full check decides. */
        NOT_SURE,
        /** An empty value where one is wanted: a problem, an error only in strict mode. */
        EMPTY,
        /** Not of the key's type: an error in every mode, for the reason {@link #reason} gives. */
        INVALID
    }

    /** Why a value is {@link Verdict#INVALID} under a key of this type. */
    public static String reason(KeyType type) {
        return type == KeyType.ANY ? "cannot hold a value that would not read back as itself"
                : "must be " + type.description;
    }

    /**
     * {@link Verdict#VALID} where the value is surely of the type, judged from its source without
     * making a string, else {@link Verdict#NOT_SURE}: what the fast reader asks of every value. The
     * {@link #check full check} answers VALID wherever this one does, as it starts with it.
     */
    public static Verdict quick(KeyType type, YamlNode node) {
        boolean valid = switch (type) {
            case ANY -> true;
            case MAPPING -> node instanceof MapNode;
            case TEXT -> node instanceof ScalarNode sn && !(sn.isPlain() && sn.sourceLength() == 0);
            case INTEGER -> node instanceof ScalarNode sn && sn.isShortDecimal();
            case FLOAT -> node instanceof ScalarNode sn && sn.isPlainDecimal();
            case DATE -> node instanceof ScalarNode sn && sn.isPlainDate();
            case BOOLEAN -> node instanceof ScalarNode sn && sn.isPlain() && Scalars.bool(sn.value()) != null;
        };
        return valid ? Verdict.VALID : Verdict.NOT_SURE;
    }

    /**
     * The full check of a value read from YAML: {@link Verdict#VALID}, {@link Verdict#EMPTY} (an
     * empty plain value where the key is required, or a mapping is wanted) or {@link Verdict#INVALID}.
     */
    public static Verdict check(KeyType type, boolean required, YamlNode node) {
        if (quick(type, node) == Verdict.VALID) {
            return Verdict.VALID;
        }
        boolean empty = node instanceof ScalarNode sn && sn.isPlain() && sn.sourceLength() == 0;
        if (type == KeyType.MAPPING) {
            return empty ? Verdict.EMPTY : Verdict.INVALID;
        }
        if (!(node instanceof ScalarNode sn)) {
            return Verdict.INVALID;
        }
        if (empty) {
            return required ? Verdict.EMPTY : type == KeyType.TEXT ? Verdict.VALID : Verdict.INVALID;
        }
        return sn.isPlain() && isPlainValue(type, sn.value()) ? Verdict.VALID : Verdict.INVALID;
    }

    /** Whether a non-empty plain scalar is of the type, without making the value where that costs. */
    private static boolean isPlainValue(KeyType type, String plain) {
        return type == KeyType.FLOAT ? Scalars.isNumber(plain) : plainValue(type, plain) != null;
    }

    /**
     * The value of a plain scalar under a key of this type, or {@code null} where it is none (or
     * empty, for text): how values are typed for the accessors.
     */
    public static Object plainValue(KeyType type, String plain) {
        return switch (type) {
            case TEXT, MAPPING -> plain.isEmpty() ? null : plain;
            case INTEGER -> Scalars.integer(plain);
            case FLOAT -> Scalars.number(plain);
            case BOOLEAN -> Scalars.bool(plain);
            case DATE -> Scalars.date(plain);
            case ANY -> Scalars.resolvePlain(plain);
        };
    }

    /**
     * The check of a value given to the editor ({@code String}, {@code Long}, {@code Double},
     * {@code Boolean}, {@code LocalDate}, {@code List}, {@code Map} or {@code null}):
     * {@link Verdict#EMPTY} for null, else whether the scalar the editor writes for it (quoted for
     * a String, plain for the others) passes the check of a value read from YAML and reads back as
     * the value.
     */
    public static Verdict check(KeyType type, Object value) {
        if (value == null) {
            return Verdict.EMPTY;
        }
        boolean text = value instanceof String;
        boolean collection = value instanceof Map || value instanceof List;
        boolean valid = switch (type) {
            case TEXT -> text;
            case MAPPING -> value instanceof Map;
            case ANY -> text || collection || value.equals(Scalars.resolvePlain(Emitter.plainText(value, false)));
            case INTEGER, FLOAT, BOOLEAN, DATE -> !text && !collection
                    && plainValue(type, Emitter.plainText(value, false)) != null;
        };
        return valid ? Verdict.VALID : Verdict.INVALID;
    }
}
