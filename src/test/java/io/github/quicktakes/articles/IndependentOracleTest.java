package io.github.quicktakes.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reads and edits checked against an oracle that shares no code with the library: Jackson's YAML
 * reader for values, and the lines of the original file for what an edit may change.
 */
class IndependentOracleTest {

    @Test
    void everyCorpusArticleReadsAsJacksonReadsIt() throws IOException {
        List<String> differences = new ArrayList<>();
        for (Path file : Corpus.files()) {
            String text = Files.readString(file);
            Map<String, Object> jackson = YamlOracle.frontMatter(text);
            Map<String, Object> ours = YamlOracle.ours(ArticleParser.parse(file).frontMatter());
            if (!jackson.equals(ours)) {
                differences.add(file.getFileName() + ": " + jackson + " != " + ours);
            }
        }
        assertThat(differences).isEmpty();
    }

    /**
     * An edited title changes only the lines of the title's entry (the lines above and below are
     * the file's own), and Jackson reads the edited file as the original with the new title.
     */
    @Test
    void anEditChangesOnlyItsLinesAndJacksonSeesOnlyThatChange() throws IOException {
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (Path file : Corpus.files()) {
            if (n++ % 5 != 0) {
                continue; // a fifth of the corpus keeps the test quick
            }
            String text = Files.readString(file);
            String title = "Edited: a title with a colon, a # and \"quotes\" " + n;
            Article edited = ArticleParser.parse(file).with("title", title);

            Map<String, Object> expected = new LinkedHashMap<>(YamlOracle.frontMatter(text));
            expected.put("title", title);
            if (!YamlOracle.frontMatter(edited.text()).equals(expected)) {
                failures.add(file.getFileName() + ": values other than the title changed");
            }
            int[] changed = changedLines(text, edited.text());
            int[] entry = titleEntry(text);
            if (changed[0] < entry[0] || changed[1] > entry[1]) {
                failures.add(file.getFileName() + ": lines " + changed[0] + "-" + changed[1] + " changed, the title's entry is "
                        + entry[0] + "-" + entry[1]);
            }
        }
        assertThat(failures).isEmpty();
    }

    /** The original lines {@code [first, end)} between the first and the last line that differ. */
    private static int[] changedLines(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        int top = 0;
        while (top < a.size() && top < b.size() && a.get(top).equals(b.get(top))) {
            top++;
        }
        int bottom = 0;
        while (bottom < a.size() - top && bottom < b.size() - top
                && a.get(a.size() - 1 - bottom).equals(b.get(b.size() - 1 - bottom))) {
            bottom++;
        }
        return new int[] {top, a.size() - bottom};
    }

    /** The lines {@code [first, end)} of the top-level {@code title} key and its indented continuation. */
    private static int[] titleEntry(String text) {
        List<String> l = text.lines().toList();
        int first = 0;
        while (!l.get(first).startsWith("title:")) {
            first++;
        }
        int end = first + 1;
        while (end < l.size() && l.get(end).startsWith(" ")) {
            end++;
        }
        return new int[] {first, end};
    }
}
