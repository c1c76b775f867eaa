package io.github.quicktakes.articles.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code convert --to} names every format it takes, and an unknown one is a usage error. */
class ConvertFormatsTest {
    private static final String SAMPLE = "src/sample/learn/physics/why-is-the-sky-blue.md";

    @Test
    void helpListsEveryFormatJsonLinesAndPlugInsIncluded() {
        ValidateCommandTest.Run help = ValidateCommandTest.run("convert", "--help");
        assertThat(help.out().replaceAll("\\s+", " ")).contains("one of: html, json, jsonl, markdown, markdown-readable, plain-text; or the format of a --plugin writer.");
    }

    @Test
    void anUnknownFormatIsAUsageErrorThatListsTheKnownOnes() {
        ValidateCommandTest.Run r = ValidateCommandTest.run("convert", SAMPLE, "--to", "nope");
        assertThat(r.exit()).isEqualTo(QuickTakes.USAGE);
        assertThat(r.err()).contains("unknown format 'nope'").contains("jsonl").contains("markdown-readable");
        assertThat(ValidateCommandTest.run("convert", SAMPLE, "--to", "jsonl").exit()).isZero();
    }
}
