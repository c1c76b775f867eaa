package io.github.quicktakes.articles.internal.article;

import io.github.quicktakes.articles.ArticleException;
import io.github.quicktakes.articles.internal.schema.Key;
import io.github.quicktakes.articles.internal.schema.KeyType;
import io.github.quicktakes.articles.internal.schema.Keys;
import io.github.quicktakes.articles.internal.schema.ValueCheck;
import io.github.quicktakes.articles.internal.text.Chars;
import io.github.quicktakes.articles.internal.yaml.Emitter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The values the editor is given: their keys and classes, made into what the YAML level holds, and
 * checked against the key table with {@link ValueCheck}, the rule the readers apply.
 */
public final class EditedValues {
    private EditedValues() {}

    /** Keys this writer can write plainly; others would need quoting and are refused. */
    static void checkKey(String key) {
        Objects.requireNonNull(key, "key");
        boolean ok = !key.isEmpty() && (Character.isLetter(key.charAt(0)) || key.charAt(0) == '_') && key.charAt(0) < 128;
        for (int i = 1; ok && i < key.length(); i++) {
            char c = key.charAt(i);
            ok = c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-');
        }
        if (!ok) {
            throw new ArticleException("key '" + key + "' is not a simple key: use letters, digits, '_' and '-', "
                    + "starting with a letter or '_'");
        }
    }

    /** A value as the YAML level holds it: Integer as Long, Float as Double, maps ordered and read-only. */
    static Object normalize(String path, Object value) {
        if (value == null) {
            if (path.indexOf('.') >= 0 || path.endsWith("[]")) {
                return null; // inside a mapping or sequence, YAML's empty value
            }
            throw new ArticleException("'" + path + "' cannot be set to null: remove the key instead");
        }
        if (value instanceof String s) {
            int bad = Chars.unpairedSurrogate(s);
            if (bad >= 0) {
                throw new ArticleException("'" + path + "' holds an unpaired surrogate at index " + bad
                        + ": not valid Unicode");
            }
            return s;
        }
        if (value instanceof Long || value instanceof Double || value instanceof Boolean || value instanceof LocalDate) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String k)) {
                    throw new ArticleException("'" + path + "' has a key that is not a String: " + e.getKey());
                }
                checkKey(k);
                out.put(k, normalize(path + "." + k, e.getValue()));
            }
            return Collections.unmodifiableMap(out);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object item : list) {
                out.add(normalize(path + "[]", item));
            }
            return Collections.unmodifiableList(out);
        }
        throw new ArticleException("'" + path + "' cannot hold a " + value.getClass().getName()
                + ": use String, Long, Double, Boolean, LocalDate, List or Map");
    }

    /**
     * Known keys take values of their type only, and no key a value that would read back as another
     * (a date after year 9999 is written as text): the readers' check, asked of the scalar the
     * editor would write.
     */
    static void checkType(String key, String parent, Object value) {
        Key known = parent == null ? Keys.root(key) : Keys.child(parent, key);
        KeyType type = known == null ? KeyType.ANY : known.type();
        String path = parent == null ? key : parent + "." + key;
        ValueCheck.Verdict verdict = ValueCheck.check(type, value);
        if (verdict == ValueCheck.Verdict.EMPTY && type != KeyType.ANY) {
            throw new ArticleException("'" + path + "' must be " + type.description + ", not empty");
        }
        if (verdict == ValueCheck.Verdict.INVALID) {
            boolean scalar = !(value instanceof String || value instanceof Map || value instanceof List);
            throw new ArticleException("'" + path + "' " + ValueCheck.reason(type) + ", not a "
                    + value.getClass().getSimpleName() + (scalar ? " (" + Emitter.plainText(value, false) + ")" : ""));
        }
        if (type == KeyType.MAPPING && parent == null) {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                checkType((String) e.getKey(), key, e.getValue());
            }
        }
    }

    /** Equal values, and for mappings the same key order too. */
    public static boolean sameValue(Object a, Object b) {
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            return ma.equals(mb) && new ArrayList<>(ma.keySet()).equals(new ArrayList<>(mb.keySet()));
        }
        if (a instanceof Double da && b instanceof Long lb) {
            return da == lb.doubleValue();
        }
        return Objects.equals(a, b);
    }
}
