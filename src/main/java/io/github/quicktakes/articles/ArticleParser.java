package io.github.quicktakes.articles;

import io.github.quicktakes.articles.internal.article.ArticleDocument;
import io.github.quicktakes.articles.internal.lines.ParseContext;
import io.github.quicktakes.articles.internal.text.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * Reads QuickTakes articles.
 *
 * <p>{@link #parse(Path)} and {@link #parse(String)} use the default parser: {@linkplain
 * ParseMode#STRICT strict}, with the {@linkplain ParseLimits#defaults() default limits}. It accepts
 * every valid file of the real site and rejects invalid YAML. {@link #builder()} makes parsers with
 * other settings.
 *
 * <p>A parser is immutable and thread-safe: build one and share it between threads.
 *
 * <pre>{@code
 * Article article = ArticleParser.parse(Path.of("learn/physics/questions/what-is-a-vector.md"));
 * ArticleParser lenient = ArticleParser.builder().mode(ParseMode.LENIENT).build();
 * }</pre>
 *
 * <p>Files are read as UTF-8; a byte order mark, LF or CRLF line endings and the body are kept
 * exactly. Every problem is reported as an {@link ArticleParseException} with the source name, line
 * and column; no exception of the YAML or JDK parsers escapes.
 */
public final class ArticleParser {
    private static final ArticleParser DEFAULT = builder().build();

    private final ParseMode mode;
    private final ParseLimits limits;

    private ArticleParser(Builder builder) {
        this.mode = builder.mode;
        this.limits = builder.limits;
    }

    /**
     * Reads an article file with the default parser.
     *
     * @param path the file
     * @return the article, named after the path
     * @throws IOException if the file cannot be read
     * @throws ArticleParseException if it is not a valid article
     */
    public static Article parse(Path path) throws IOException {
        return DEFAULT.parseFile(path);
    }

    /**
     * Reads an article's text with the default parser.
     *
     * @param text the whole article
     * @return the article, without a source name
     * @throws ArticleParseException if it is not a valid article
     */
    public static Article parse(String text) {
        return DEFAULT.parseText(text, null);
    }

    /**
     * The default parser: strict, with the default limits.
     *
     * @return the shared default parser
     */
    public static ArticleParser defaultParser() {
        return DEFAULT;
    }

    /**
     * A builder for a parser, starting from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parses an article file. The file's size is checked against {@link ParseLimits#maxFileBytes()}
     * before it is read.
     *
     * @param path the file
     * @return the article, named after the path
     * @throws IOException if the file cannot be read
     * @throws ArticleParseException if it is not a valid article, is not UTF-8, or is over a limit
     */
    public Article parseFile(Path path) throws IOException {
        String name = path.toString();
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        // A FIFO would block the read and a device such as /dev/zero never end it: only files are read.
        if (!attributes.isRegularFile()) {
            throw new FileSystemException(name, null, "not a regular file (a folder, FIFO or device): not read");
        }
        long size = attributes.size();
        if (size > limits.maxFileBytes()) {
            throw tooLarge(size, name);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            // the file may have grown since its size was read: never read past the limit
            bytes = in.readNBytes((int) Math.min(limits.maxFileBytes() + 1, Integer.MAX_VALUE - 16));
        }
        if (bytes.length > limits.maxFileBytes()) {
            throw tooLarge(bytes.length, name);
        }
        return parseBytes(bytes, name);
    }

    private ArticleParseException tooLarge(long size, String name) {
        return new ArticleParseException("file of " + size + " bytes is over the limit of "
                + limits.maxFileBytes() + " bytes (limit maxFileBytes)", name, 0, 0, null, "maxFileBytes", null);
    }

    /**
     * Parses an article from its UTF-8 bytes.
     *
     * @param bytes the file's bytes
     * @param sourceName the name to report problems under, or {@code null}
     * @return the article
     * @throws ArticleParseException if it is not a valid article or not valid UTF-8
     */
    public Article parseBytes(byte[] bytes, String sourceName) {
        return parseBytes(bytes, 0, bytes.length, sourceName);
    }

    /** Parses an article from {@code length} UTF-8 bytes of an array, from {@code offset}. */
    Article parseBytes(byte[] bytes, int offset, int length, String sourceName) {
        if (length > limits.maxFileBytes()) {
            throw new ArticleParseException("article of " + length + " bytes is over the limit of "
                    + limits.maxFileBytes() + " bytes (limit maxFileBytes)", sourceName, 0, 0, null, "maxFileBytes", null);
        }
        return parseText(Utf8.decode(bytes, offset, length, sourceName), sourceName);
    }

    /**
     * Parses an article's text.
     *
     * @param text the whole article
     * @return the article, without a source name
     * @throws ArticleParseException if it is not a valid article
     */
    public Article parseText(String text) {
        return parseText(text, null);
    }

    /**
     * Parses an article's text.
     *
     * @param text the whole article
     * @param sourceName the name to report problems under, or {@code null}
     * @return the article
     * @throws ArticleParseException if it is not a valid article
     */
    public Article parseText(String text, String sourceName) {
        Objects.requireNonNull(text, "text");
        ArticleDocument doc = ArticleDocument.parse(new ParseContext(text, sourceName, mode, limits));
        return new Article(doc, sourceName, this);
    }

    /**
     * This parser's mode.
     *
     * @return the mode
     */
    public ParseMode mode() {
        return mode;
    }

    /**
     * This parser's limits.
     *
     * @return the limits
     */
    public ParseLimits limits() {
        return limits;
    }

    /** An edited article's text, read with this parser's settings. */
    Article reread(String text, String sourceName) {
        return parseText(text, sourceName);
    }

    /** A text being built up by several edits: missing keys are fine until the last one. */
    ArticleDocument lenientDocument(String text, String sourceName) {
        return ArticleDocument.parse(new ParseContext(text, sourceName, ParseMode.LENIENT, limits));
    }

    /** The start of a new article: the generator's delimiters and body, no keys yet. */
    Article newArticleTemplate() {
        String text = "---\n---\n\n&nbsp;";
        return new Article(lenientDocument(text, null), null, this);
    }

    /** Builds an {@link ArticleParser}. Not thread-safe; the parser it builds is. */
    public static final class Builder {
        private ParseMode mode = ParseMode.STRICT;
        private ParseLimits limits = ParseLimits.defaults();

        private Builder() {}

        /**
         * Sets how forgiving the parser is.
         *
         * @param mode strict (the default) or lenient
         * @return this builder
         */
        public Builder mode(ParseMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * Shorthand for {@code mode(ParseMode.LENIENT)}.
         *
         * @return this builder
         */
        public Builder lenient() {
            return mode(ParseMode.LENIENT);
        }

        /**
         * Sets the limits against hostile input.
         *
         * @param limits the limits
         * @return this builder
         */
        public Builder limits(ParseLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Builds the parser.
         *
         * @return an immutable, thread-safe parser
         */
        public ArticleParser build() {
            return new ArticleParser(this);
        }
    }
}
