package io.github.quicktakes.articles.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Checks of the paths a command is given, before anything is read or written. */
final class PathChecks {
    private PathChecks() {}

    /** What a path given as input is. */
    enum InputType { MISSING, FILE, FOLDER, SPECIAL }

    /**
     * What an input path is, links followed (the user named it), without opening it: a FIFO or a
     * device must be refused before a read blocks forever or never ends.
     *
     * @param path the input
     * @return its type
     * @throws IOException if its attributes cannot be read for another reason than its absence
     */
    static InputType inputType(Path path) throws IOException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return InputType.MISSING;
        }
        if (attrs.isDirectory()) {
            return InputType.FOLDER;
        }
        return attrs.isRegularFile() ? InputType.FILE : InputType.SPECIAL;
    }

    /**
     * Why an output folder may not be used for an input folder: it is the input, inside it, or
     * holds it. Paths are compared as real paths (links followed); an output that does not exist
     * yet is placed under the real path of its nearest existing parent.
     *
     * @param input the input folder (exists)
     * @param output the output folder (may not exist)
     * @return the reason, or null when the folders are apart
     * @throws IOException if a real path cannot be found
     */
    static String overlap(Path input, Path output) throws IOException {
        Path in = input.toRealPath();
        Path out = realOrNearest(output);
        if (out.equals(in)) {
            return "the output folder " + output + " is the input folder";
        }
        if (out.startsWith(in)) {
            return "the output folder " + output + " is inside the input folder " + input;
        }
        if (in.startsWith(out)) {
            return "the output folder " + output + " contains the input folder " + input;
        }
        return null;
    }

    /** The real path of the nearest existing ancestor, with the missing names after it. */
    private static Path realOrNearest(Path path) throws IOException {
        Path abs = path.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
    }
}
