package io.github.quicktakes.articles.internal.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleParseException;
import io.github.quicktakes.articles.ArticleParser;
import io.github.quicktakes.articles.Corpus;
import io.github.quicktakes.articles.ParseLimits;
import io.github.quicktakes.articles.internal.yaml.FactReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link FactReader}, the fast path of {@code validate}, against the parser: wherever it answers,
 * the parser must read the file with no problem and no warning, and give the same facts. On every
 * file of the corpus, on corpus files broken at random (seeded), and on a sample article broken in
 * every place in many ways and at every limit. A file the fast path declines is never wrong.
 */
class FactReaderAgreementTest {
    private static final Path SAMPLE = Path.of("src/sample/learn/computer-science/what-is-a-hash-table.md");

    /** What is inserted at each place of the sample: everything that shapes YAML or may be refused. */
    private static final List<String> INSERTS = List.of("\t", "\r", "\r\n", "\n", "\n\n", "\n \n", "\n     \n", "\n\n    ", " ", "  ", "#", " #", ":",
            ": ", " : ", "'", "''", "\"", "\\", "\\x41", "\\u00e9", "\\q", "-", "- ", "? ", "?", "&a ", "*a", "!t ",
            "|", ">", ">+", ">-", "[", "{", "]", "@", "`", "%", ",", "---", "---\n", "...", "\u0085", "\u2028", "\u00a0",
            "\uFEFF", "\uFFFE", "\u007F", "\u0000", "\u001B", "é", "—", "😀", "\u00ad", "x: y", "id: 3", "0x1F", "1e3",
            "2024-02-30", "yes", "true", "~", "null", "12345678901234567890", "-7", "+7", "0", "");

    /** Bytes that are not (or not alone) valid UTF-8. */
    private static final List<byte[]> BAD_BYTES = List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0, (byte) 0x80},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0x80},
            new byte[] {(byte) 0xC2, (byte) 0x85}, new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80});

    @Test
    void agreesWithTheParserOnTheCorpus() throws IOException {
        List<Path> files = Corpus.files();
        int taken = 0;
        for (Path file : files) {
            if (agree(Files.readAllBytes(file), ParseLimits.defaults())) {
                taken++;
            }
        }
        // Most real articles must take the fast path, or it would not be worth having.
        assertThat(taken).as("files read from their bytes").isGreaterThan(files.size() * 9 / 10);
    }

    @Test
    void agreesWithTheParserOnTheSampleBrokenEverywhere() throws IOException {
        byte[] sample = Files.readAllBytes(SAMPLE);
        assertThat(agree(sample, ParseLimits.defaults())).isTrue();
        List<byte[]> inserts = new ArrayList<>(BAD_BYTES);
        INSERTS.forEach(s -> inserts.add(s.getBytes(StandardCharsets.UTF_8)));
        int end = frontMatterEnd(sample) + 8;
        for (int at = 0; at <= end; at++) {
            for (byte[] insert : inserts) {
                agree(splice(sample, at, 0, insert), ParseLimits.defaults());
                agree(splice(sample, at, 1, insert), ParseLimits.defaults());
            }
        }
    }

    /** Whole values put in place of each one-line value of the sample: quoting, escapes, types, indicators. */
    private static final List<String> VALUES = List.of("\"a\\qb\"", "\"a\\\"b\"", "\"a\\\\b\"", "\"\\x41\"",
            "\"\\u00e9t\\u00e9\"", "\"\\U0001F600\"", "\"\\ud800\"", "\"\\\"", "\"\"", "''", "'it''s'", "'a'b'",
            "\"a\" ", "\"a\" #c", "\"a\"b", "\"a", "'a", "a #c", "a#c", "a: b", "a:", ":a", "-a", "- a", "? a", "?a",
            "~", "null", "", " ", "12", "-12", "+12", "0x1F", "0o17", "1_000", "12345678901234567890", "123456789012345678",
            "1e3", "1.5", ".inf", "2024-02-29", "2023-02-29", "true", "yes", "é", "\uFF11\uFF12", "\"\\xé\"", ">-", ">",
            "|", ">-\n    two\n    lines", ">-\n\n    x", ">-\n    x\n      ", "{a: b}", "[a]", "&x a", "*x", "!!str 5",
            "a  ", "'a'  ", "\"日本\"", "'😀'", "a'b", "a\"b", "a\\b");

    @Test
    void agreesWithTheParserOnEveryValueInEveryPlace() throws IOException {
        String sample = Files.readString(SAMPLE);
        String[] lines = sample.split("\n", -1);
        for (int i = 1; i < lines.length && !lines[i].equals("---"); i++) {
            int colon = lines[i].indexOf(": ");
            if (colon < 0) {
                continue;
            }
            for (String value : VALUES) {
                String[] changed = lines.clone();
                changed[i] = lines[i].substring(0, colon + 2) + value;
                agree(String.join("\n", changed).getBytes(StandardCharsets.UTF_8), ParseLimits.defaults());
            }
        }
    }

    /** Whole lines put between each two lines of the sample: keys at every indentation, comments, items. */
    private static final List<String> LINES = List.of(" x: y", "  x: y", "   id: 5", "     url: /a", "        title: t",
            "x: y", "id: 6", "title: t", "seo:", "  title: t", "related_article2:", "    id: 1", "- a", "  - a", "# c",
            "  # c", "    ", " ", "", "---", "--- ", "...", "? a", ": b", "\"k\": v", "'k': v", "k : v", "k:v", "k: v #c",
            "no_index: true", "score: .5", "related_article0:", "related_article01:");

    @Test
    void agreesWithTheParserWithALineAddedAnywhere() throws IOException {
        String sample = Files.readString(SAMPLE);
        String[] lines = sample.split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            for (String line : LINES) {
                List<String> changed = new ArrayList<>(List.of(lines));
                changed.add(i, line);
                agree(String.join("\n", changed).getBytes(StandardCharsets.UTF_8), ParseLimits.defaults());
            }
        }
    }

    /** What the random mutations insert, besides single random bytes. */
    private static final List<String> PIECES = List.of("\n", " ", "  ", "    ", ":", ": ", "#", " #", "'", "\"", "\\", "-",
            "- ", "?", ">-", ">", "|", "---", "\r", "\t", "é", "😀", "\u0085", "\u2028", "\uFEFF", "{", "[", "&", "*", "!",
            "%", "@", "`", ",", "0", "1", "x", "id", "title", "related_article9", "seo", "\n  ", "\n    ", "\n        ", "''",
            "\"\"", "~", "null", "true", "2024-01-01", "1e3", ".5", "0x1F");

    @Test
    void agreesWithTheParserOnRandomlyBrokenCorpusFiles() throws IOException {
        List<Path> files = Corpus.files();
        java.util.Random random = new java.util.Random(15);
        int taken = 0;
        for (int k = 0; k < 20_000; k++) {
            byte[] b = Files.readAllBytes(files.get(random.nextInt(files.size())));
            int end = frontMatterEnd(b) + 5;
            for (int m = 1 + random.nextInt(3); m > 0; m--) {
                int at = random.nextInt(Math.min(b.length, end + 2));
                byte[] insert = random.nextInt(6) == 0 ? new byte[] {(byte) random.nextInt(256)}
                        : PIECES.get(random.nextInt(PIECES.size())).getBytes(StandardCharsets.UTF_8);
                b = splice(b, at, random.nextInt(4) == 0 ? random.nextInt(4) : 0, insert);
            }
            taken += agree(b, ParseLimits.defaults()) ? 1 : 0;
        }
        // About half of them stay readable with no warning; the fast path must take many to be tested.
        assertThat(taken).isGreaterThan(5_000);
    }

    @Test
    void agreesWithTheParserAtEveryLimit() throws IOException {
        byte[] sample = Files.readAllBytes(SAMPLE);
        ParseLimits d = ParseLimits.defaults();
        for (int v : new int[] {1, 2, 3, 10, 20, 21, 22, 30, 60, 100, 400, 800, 1000, 1100, 1200}) {
            agree(sample, new ParseLimits(v, d.maxFrontMatterBytes(), d.maxNestingDepth(), d.maxAliases(),
                    d.maxScalarLength(), d.maxKeys()));
            agree(sample, new ParseLimits(d.maxFileBytes(), v, d.maxNestingDepth(), d.maxAliases(), d.maxScalarLength(),
                    d.maxKeys()));
            agree(sample, new ParseLimits(d.maxFileBytes(), d.maxFrontMatterBytes(), v, d.maxAliases(), d.maxScalarLength(),
                    d.maxKeys()));
            agree(sample, new ParseLimits(d.maxFileBytes(), d.maxFrontMatterBytes(), d.maxNestingDepth(), d.maxAliases(), v,
                    d.maxKeys()));
            agree(sample, new ParseLimits(d.maxFileBytes(), d.maxFrontMatterBytes(), d.maxNestingDepth(), d.maxAliases(),
                    d.maxScalarLength(), v));
        }
    }

    @Test
    void readsOnlyTheFileLengthOfALongerBuffer() throws IOException {
        byte[] sample = Files.readAllBytes(SAMPLE);
        // What a reused buffer holds after the file: colons, hashes and keys of an earlier, longer file.
        byte[] junk = "\n: # x: y\nid: 5 #\n".repeat(50).getBytes(StandardCharsets.UTF_8);
        byte[] buffer = Arrays.copyOf(sample, sample.length + junk.length);
        System.arraycopy(junk, 0, buffer, sample.length, junk.length);
        FactReader.Facts inBuffer = FactReader.read(buffer, sample.length, ParseLimits.defaults());
        assertThat(inBuffer).isEqualTo(FactReader.read(sample, sample.length, ParseLimits.defaults())).isNotNull();
    }

    /**
     * Whether the fast path took the file; where it did, the parser must agree with it. A parser
     * that fails or warns where the fast path answered is a disagreement.
     */
    static boolean agree(byte[] bytes, ParseLimits limits) {
        FactReader.Facts fast = FactReader.read(bytes, bytes.length, limits);
        if (fast == null) {
            return false;
        }
        String text = new String(bytes, StandardCharsets.UTF_8); // for the messages
        Article a;
        try {
            a = ArticleParser.builder().lenient().limits(limits).build().parseBytes(bytes, "x.md");
        } catch (ArticleParseException e) {
            throw new AssertionError("fast path took a file the parser refuses (" + e.getMessage() + "):\n" + text, e);
        }
        assertThat(a.warnings()).as("warnings of a file the fast path took:\n%s", text).isEmpty();
        assertThat(ArticleFacts.of("d/x.md", fast)).as("facts of:\n%s", text).isEqualTo(ArticleFacts.of("d/x.md", a));
        return true;
    }

    private static int frontMatterEnd(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1).indexOf("\n---", 3);
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + insert.length);
        out.write(b, 0, Math.min(at, b.length));
        out.write(insert, 0, insert.length);
        int rest = Math.min(b.length, at + remove);
        out.write(b, rest, b.length - rest);
        return out.toByteArray();
    }
}
