package io.github.quicktakes.articles;

/**
 * Limits that protect a parser against hostile input. Every limit is on by default, with room to
 * spare for real articles (the largest real article is a few tens of kilobytes, its front matter
 * nests two levels deep and holds under a hundred keys).
 *
 * <p>An exceeded limit raises {@link ArticleParseException} whose {@link
 * ArticleParseException#limitName() limitName()} is the name of the component below. Limits are
 * checked before the work they bound: the file size before the file is read, the front matter size
 * before YAML is parsed.
 *
 * @param maxFileBytes the largest file, in bytes (UTF-8), that is read at all
 * @param maxFrontMatterBytes the largest front matter, in characters between the delimiters
 * @param maxNestingDepth the deepest nesting of mappings and sequences in the front matter
 * @param maxAliases the most YAML alias uses ({@code *name}) allowed; {@code 0} refuses aliases
 * @param maxScalarLength the longest single value, in characters
 * @param maxKeys the most keys in the whole front matter, counting nested keys and keys reached
 *     through aliases
 */
public record ParseLimits(
        long maxFileBytes,
        int maxFrontMatterBytes,
        int maxNestingDepth,
        int maxAliases,
        int maxScalarLength,
        int maxKeys) {

    private static final ParseLimits DEFAULTS =
            new ParseLimits(16L * 1024 * 1024, 2 * 1024 * 1024, 32, 16, 1024 * 1024, 2_000);

    /**
     * Validates the components.
     *
     * @param maxFileBytes the largest file, in bytes (UTF-8), that is read at all
     * @param maxFrontMatterBytes the largest front matter, in characters between the delimiters
     * @param maxNestingDepth the deepest nesting of mappings and sequences in the front matter
     * @param maxAliases the most YAML alias uses ({@code *name}) allowed; {@code 0} refuses aliases
     * @param maxScalarLength the longest single value, in characters
     * @param maxKeys the most keys in the whole front matter, counting nested keys and keys reached
     *     through aliases
     * @throws IllegalArgumentException if a size or count is negative, or a size is zero
     */
    public ParseLimits {
        if (maxFileBytes <= 0 || maxFrontMatterBytes <= 0 || maxNestingDepth <= 0
                || maxScalarLength <= 0 || maxKeys <= 0) {
            throw new IllegalArgumentException("limits must be positive: " + this);
        }
        if (maxAliases < 0) {
            throw new IllegalArgumentException("maxAliases must not be negative: " + maxAliases);
        }
    }

    /**
     * The default limits: files up to 16 MiB, front matter up to 2 MiB, nesting 32 deep, 16
     * aliases, values up to 1 MiB characters and 2,000 keys.
     *
     * @return the defaults
     */
    public static ParseLimits defaults() {
        return DEFAULTS;
    }

    /**
     * A copy with another maximum file size.
     *
     * @param bytes the new limit, in bytes
     * @return the copy
     */
    public ParseLimits withMaxFileBytes(long bytes) {
        return new ParseLimits(bytes, maxFrontMatterBytes, maxNestingDepth, maxAliases, maxScalarLength, maxKeys);
    }

    /**
     * A copy with another maximum front matter size.
     *
     * @param chars the new limit, in characters
     * @return the copy
     */
    public ParseLimits withMaxFrontMatterBytes(int chars) {
        return new ParseLimits(maxFileBytes, chars, maxNestingDepth, maxAliases, maxScalarLength, maxKeys);
    }

    /**
     * A copy with another maximum nesting depth.
     *
     * @param depth the new limit
     * @return the copy
     */
    public ParseLimits withMaxNestingDepth(int depth) {
        return new ParseLimits(maxFileBytes, maxFrontMatterBytes, depth, maxAliases, maxScalarLength, maxKeys);
    }

    /**
     * A copy with another maximum number of alias uses; {@code 0} refuses aliases.
     *
     * @param aliases the new limit
     * @return the copy
     */
    public ParseLimits withMaxAliases(int aliases) {
        return new ParseLimits(maxFileBytes, maxFrontMatterBytes, maxNestingDepth, aliases, maxScalarLength, maxKeys);
    }

    /**
     * A copy with another maximum value length.
     *
     * @param chars the new limit, in characters
     * @return the copy
     */
    public ParseLimits withMaxScalarLength(int chars) {
        return new ParseLimits(maxFileBytes, maxFrontMatterBytes, maxNestingDepth, maxAliases, chars, maxKeys);
    }

    /**
     * A copy with another maximum number of keys.
     *
     * @param keys the new limit
     * @return the copy
     */
    public ParseLimits withMaxKeys(int keys) {
        return new ParseLimits(maxFileBytes, maxFrontMatterBytes, maxNestingDepth, maxAliases, maxScalarLength, keys);
    }
}
