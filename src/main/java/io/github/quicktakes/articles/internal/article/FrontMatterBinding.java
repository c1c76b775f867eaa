package io.github.quicktakes.articles.internal.article;

import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.quicktakes.articles.ArticleException;
import io.github.quicktakes.articles.internal.yaml.MapEntry;
import io.github.quicktakes.articles.internal.yaml.MapNode;
import java.util.Map;

/**
 * Binds front-matter values to a caller's own type with Jackson's YAML mapper: the values the
 * library has already typed by the format's rules (known text keys always text, dates as dates,
 * ids as longs) are handed to Jackson, which applies the type's annotations ({@code @JsonProperty},
 * {@code @JsonIgnoreProperties(ignoreUnknown = true)}, creators, records) as it would to any YAML.
 * Dates bind to {@code LocalDate} (or to text). Jackson's failures become the library's exception,
 * at the line of the key that did not bind.
 */
public final class FrontMatterBinding {
    private static final ObjectMapper MAPPER = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private FrontMatterBinding() {}

    /**
     * The values bound to a type.
     *
     * @param values the front matter, or one block of it, at the YAML level
     * @param block the mapping the values come from, to place errors
     * @param type the caller's type
     * @param sourceName the article's source, for errors
     * @param <T> the type
     * @return the bound value
     * @throws ArticleException if the values do not fit the type
     */
    public static <T> T bind(Map<String, Object> values, MapNode block, Class<T> type, String sourceName) {
        try {
            return MAPPER.convertValue(values, type);
        } catch (IllegalArgumentException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String key = firstKey(cause);
            MapEntry entry = key != null && block != null ? block.entry(key) : null;
            String message = cause instanceof DatabindException d ? d.getOriginalMessage() : cause.getMessage();
            throw new ArticleException("front matter does not bind to " + type.getName()
                    + (key != null ? " at '" + key + "'" : "") + ": " + oneLine(message), sourceName,
                    entry != null ? entry.line() : 0, entry != null ? entry.column() : 0, e);
        }
    }

    private static String firstKey(Throwable t) {
        if (t instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return m.getPath().get(0).getFieldName();
        }
        return null;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
