package io.github.quicktakes.articles.internal.yaml;

/**
 * One use of a YAML alias ({@code *name}) and where its anchor ({@code &name}) stands, as file
 * offsets: an edit that rewrites the lines of the anchor but not those of the alias would leave the
 * alias pointing at nothing, so the editor refuses it.
 *
 * @param anchor the anchor's name
 * @param anchorOffset the file offset where the anchored node starts
 * @param aliasOffset the file offset of the alias
 * @param aliasLine the 1-based line of the alias, for messages
 */
public record AliasUse(String anchor, int anchorOffset, int aliasOffset, int aliasLine) {}
