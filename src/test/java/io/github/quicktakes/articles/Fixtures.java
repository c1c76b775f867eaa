package io.github.quicktakes.articles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The project's own fixture articles (written for the tests, in the real format). */
public final class Fixtures {
    private Fixtures() {}

    /**
     * A minimal well-formed article in the generator's layout; tests replace lines of it. Line
     * numbers: 1 {@code ---}, 2 {@code _schema}, 3 {@code id}, 4 {@code date}, 5 {@code title},
     * 6 {@code article_title}, 7 {@code date_format}, 8 {@code post_on_text}, 9 {@code seo:},
     * 10-14 its children, 15 {@code author}, 16-17 {@code question}, 18-19 {@code answer},
     * 20 {@code subject}, 21 {@code file_name}, 22 {@code url}, 23 {@code ---}.
     */
    public static final String MINIMAL = """
            ---
            _schema: default
            id: 42
            date: 2024-11-27
            title: A small question
            article_title: A small question
            date_format: MMM DD, YYYY
            post_on_text: Posted on
            seo:
              title: QuickTakes | Testing
              page_description: >-
                A fixture.
              page_keywords: >-
                fixture, test
            author: QuickTakes
            question: >-
                What is a fixture?
            answer: >-
                A fixture is known input.\\nIt makes tests repeatable.
            subject: Testing
            file_name: a-small-question.md
            url: /learn/testing/questions/a-small-question
            ---

            &nbsp;""";

    /** A fixture file from {@code src/test/resources/fixtures}, as text. */
    public static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies a folder of articles (the samples, a test's input) to another place, folders and files,
     * replacing files already there.
     */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
