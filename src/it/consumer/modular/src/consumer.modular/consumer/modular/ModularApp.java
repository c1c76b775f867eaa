package consumer.modular;

import io.github.quicktakes.articles.Article;
import io.github.quicktakes.articles.ArticleParser;
import io.github.quicktakes.articles.ArticleWriter;
import java.nio.file.Path;

/** Uses the library as a named module: parse, edit, a provided writer, the module's contents. */
public final class ModularApp {
    public static void main(String[] args) throws Exception {
        Module library = ArticleParser.class.getModule();
        check(library.isNamed() && library.getName().equals("io.github.quicktakes.articles"),
                "the library as the named module io.github.quicktakes.articles, not " + library);
        check(library.getDescriptor().exports().stream()
                        .allMatch(e -> e.source().equals("io.github.quicktakes.articles")),
                "only the API package exported");
        check(!library.getPackages().contains("io.github.quicktakes.articles.cli"),
                "no command line in the library jar");
        check(ModuleLayer.boot().findModule("info.picocli").isEmpty(), "no picocli on the module path");

        Path file = Path.of(args[0]);
        Article article = ArticleParser.parse(file);
        Article edited = article.with("title", "Edited on the module path");
        String text = ArticleWriter.markdown().write(edited);
        check(text.contains("\ntitle: Edited on the module path\n"), "the edited title written");
        check(ArticleParser.parse(text).title().equals("Edited on the module path"),
                "the edited article read back");
        check(ArticleWriter.json().write(article).contains("\"title\""), "the JSON writer works");
        check(ArticleWriter.html().write(article).contains("<html"), "the HTML writer works");

        ArticleWriter provided = ArticleWriter.forFormat("title-only");
        check(provided instanceof TitleWriter, "forFormat(\"title-only\") is this module's writer");
        check(provided.write(article).equals(article.title() + "\n"), "the provided writer's output");

        System.out.println("module path: " + library.getName() + " parsed " + file.getFileName()
                + ", edited, provided writer found: ok");
    }

    static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError("expected " + what);
        }
    }
}
