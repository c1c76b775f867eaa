package io.github.quicktakes.articles.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A site of any size made from the real articles: the first pass copies them as they are, later
 * passes copy them again under new file names, urls and ids ({@code c<pass>-<name>}), so every
 * article has its own page and the related links of every copy still point at the originals. The
 * real site has 35,915 articles (about 160 MB); the corpus holds 5,000 of them.
 *
 * <p>{@code java -cp <test class path> io.github.quicktakes.articles.bench.ScaledSite 35915 target/site-35915}
 */
public final class ScaledSite {
    private static final Pattern FILE_NAME = Pattern.compile("(?m)^file_name: (.*)$");
    private static final Pattern URL = Pattern.compile("(?m)^url: (.*/)([^/\\r\\n]*)$");
    private static final Pattern ID = Pattern.compile("(?m)^id: (-?\\d+)$");

    private ScaledSite() {}

    /** Writes {@code articles} articles below {@code root} unless it exists already; returns root. */
    public static Path write(int articles, Path root) throws IOException {
        if (Files.isDirectory(root)) {
            return root;
        }
        CorpusTexts corpus = new CorpusTexts();
        int n = corpus.texts.length;
        Path partial = root.resolveSibling(root.getFileName() + ".partial");
        for (int i = 0; i < articles; i++) {
            int pass = i / n;
            Path src = corpus.files.get(i % n);
            String name = pass == 0 ? src.getFileName().toString() : "c" + pass + "-" + src.getFileName();
            String text = pass == 0 ? corpus.texts[i % n] : renamed(corpus.texts[i % n], pass);
            Path dst = partial.resolve(src.getParent().getFileName().toString()).resolve(name);
            Files.createDirectories(dst.getParent());
            Files.write(dst, text.getBytes(StandardCharsets.UTF_8));
        }
        Files.move(partial, root);
        return root;
    }

    /** The article under a new file name, url and id for the given pass. */
    static String renamed(String text, int pass) {
        String prefix = "c" + pass + "-";
        String t = FILE_NAME.matcher(text).replaceFirst(m -> Matcher.quoteReplacement("file_name: " + prefix + m.group(1)));
        t = URL.matcher(t).replaceFirst(m -> Matcher.quoteReplacement("url: " + m.group(1) + prefix + m.group(2)));
        return ID.matcher(t).replaceFirst(m -> "id: " + (Long.parseLong(m.group(1)) + pass * 10_000_000L));
    }

    /**
     * Writes a scaled site.
     *
     * @param args the number of articles and the folder
     * @throws IOException if writing fails
     */
    public static void main(String[] args) throws IOException {
        System.out.println(write(Integer.parseInt(args[0]), Path.of(args[1])));
    }
}
