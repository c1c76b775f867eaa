package consumer;

import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleParser;
import io.github.quicktakes.articles.ArticleWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Uses the library from the class path: parse, edit, a writer found through ServiceLoader. */
public final class ClasspathApp {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Article article = ArticleParser.parse(file);
        check(!article.title().isEmpty(), "a title");
        check(ArticleWriter.markdown().write(article).equals(Files.readString(file)),
                "an unedited article written back as it was read");

        Article edited = article.toBuilder().title("Edited by the consumer").build();
        List<String> before = Files.readString(file).lines().toList();
        List<String> after = ArticleWriter.markdown().write(edited).lines().toList();
        check(before.size() == after.size(), "as many lines after the edit");
        int changed = 0;
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed++;
                check(after.get(i).equals("title: Edited by the consumer"), "the title line changed");
            }
        }
        check(changed == 1, "one line changed, not " + changed);

        check(ArticleWriter.formats().contains("shout"), "the consumer's writer in formats()");
        ArticleWriter shout = ArticleWriter.forFormat("shout");
        check(shout instanceof ShoutWriter, "forFormat(\"shout\") is the consumer's writer");
        check(shout.write(edited).equals("EDITED BY THE CONSUMER\n"), "the consumer's writer output");

        System.out.println("class path: parsed " + file.getFileName() + " (\"" + article.title()
                + "\"), edited one line, custom writer found: ok");
    }

    static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError("expected " + what);
        }
    }
}
