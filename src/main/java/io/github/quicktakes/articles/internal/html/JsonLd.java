package io.github.quicktakes.articles.internal.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;

/**
 * Writes schema.org {@code QAPage} JSON-LD that is safe inside a {@code <script>} element: no
 * character of it can end the element or start a comment ({@code < > &} are written as
 * {@code \u003c}, {@code \u003e}, {@code \u0026}), and U+2028 and U+2029, line terminators to older
 * JavaScript parsers, are escaped too. Streamed with Jackson straight into the page being built.
 */
public final class JsonLd {
    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .characterEscapes(new ScriptSafeEscapes())
            .build();

    private JsonLd() {}

    /** The values of the {@code QAPage}. */
    public record QaPage(String name, String question, String answer, LocalDate date, String author, String url) {}

    /** Appends the JSON-LD object of a page to {@code out}. */
    public static void write(QaPage page, StringBuilder out) {
        String date = page.date().toString();
        try (JsonGenerator g = FACTORY.createGenerator(new StringBuilderWriter(out))) {
            g.writeStartObject();
            g.writeStringField("@context", "https://schema.org");
            g.writeStringField("@type", "QAPage");
            g.writeObjectFieldStart("mainEntity");
            g.writeStringField("@type", "Question");
            g.writeStringField("name", page.name());
            g.writeStringField("text", page.question());
            g.writeStringField("dateCreated", date);
            g.writeNumberField("answerCount", 1);
            author(g, page.author());
            g.writeObjectFieldStart("acceptedAnswer");
            g.writeStringField("@type", "Answer");
            g.writeStringField("text", page.answer());
            g.writeStringField("dateCreated", date);
            if (page.url() != null) {
                g.writeStringField("url", page.url());
            }
            author(g, page.author());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
    }

    private static void author(JsonGenerator g, String name) throws IOException {
        g.writeObjectFieldStart("author");
        g.writeStringField("@type", "Organization");
        g.writeStringField("name", name);
        g.writeEndObject();
    }

    /** The escapes that keep JSON inert inside a script element. */
    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private static final SerializableString LT = new SerializedString("\\u003c");
        private static final SerializableString GT = new SerializedString("\\u003e");
        private static final SerializableString AMP = new SerializedString("\\u0026");
        private static final SerializableString LS = new SerializedString("\\u2028");
        private static final SerializableString PS = new SerializedString("\\u2029");
        private final int[] ascii = standardAsciiEscapesForJSON();

        ScriptSafeEscapes() {
            ascii['<'] = ESCAPE_CUSTOM;
            ascii['>'] = ESCAPE_CUSTOM;
            ascii['&'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case '<' -> LT;
                case '>' -> GT;
                case '&' -> AMP;
                case '\u2028' -> LS;
                case '\u2029' -> PS;
                default -> null;
            };
        }
    }

    /** A {@link Writer} that appends to a {@link StringBuilder}, without the locking of StringWriter. */
    private static final class StringBuilderWriter extends Writer {
        private final StringBuilder sb;

        StringBuilderWriter(StringBuilder sb) {
            this.sb = sb;
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            sb.append(cbuf, off, len);
        }

        @Override
        public void write(String str, int off, int len) {
            sb.append(str, off, off + len);
        }

        @Override
        public void write(int c) {
            sb.append((char) c);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
