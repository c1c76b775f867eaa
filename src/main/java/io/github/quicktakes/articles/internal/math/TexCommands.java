package io.github.quicktakes.articles.internal.math;

import java.util.Set;

/**
 * The LaTeX and KaTeX commands whose names start with {@code n}: in a stored answer, where line
 * breaks are written {@code \n}, a {@code \n} inside math that starts one of these (the whole run
 * of letters after the backslash) is the command, not a line break. See docs/format.md, section 5.
 */
public final class TexCommands {
    private TexCommands() {}

    /** The command names, without their backslash. */
    public static final Set<String> N_COMMANDS = Set.of(
            "nabla", "natural", "ncong", "ne", "nearrow", "neg", "negthickspace", "negthinspace",
            "negmedspace", "neq", "newcommand", "newline", "newenvironment", "nexists", "ngeq", "ngeqq",
            "ngeqslant", "ngtr", "ni", "nleftarrow", "nLeftarrow", "nleftrightarrow", "nLeftrightarrow",
            "nleq", "nleqq", "nleqslant", "nless", "nmid", "nobreak", "nobreakspace", "noexpand",
            "nolimits", "nonumber", "normalfont", "normalsize", "not", "notag", "notin", "notni",
            "nparallel", "nprec", "npreceq", "nrightarrow", "nRightarrow", "nshortmid",
            "nshortparallel", "nsim", "nsubseteq", "nsubseteqq", "nsucc", "nsucceq", "nsupseteq",
            "nsupseteqq", "ntriangleleft", "ntrianglelefteq", "ntriangleright", "ntrianglerighteq",
            "nu", "nvdash", "nvDash", "nVdash", "nVDash", "nwarrow", "nolinebreak", "numberwithin",
            "nsubset", "nsupset", "nlessgtr", "ngtrless", "nsimeq", "napprox", "nequiv");

    private static final boolean[] SECOND_LETTERS = new boolean[128];

    static {
        for (String command : N_COMMANDS) {
            SECOND_LETTERS[command.charAt(1)] = true;
        }
    }

    private static final int LONGEST = N_COMMANDS.stream().mapToInt(String::length).max().orElse(0);

    /**
     * The end of the known command that the backslash at {@code i} starts ({@code \n} + letters,
     * the whole run of letters), or -1.
     */
    public static int endAt(CharSequence s, int i) {
        int n = s.length();
        if (i + 2 >= n || s.charAt(i) != '\\' || s.charAt(i + 1) != 'n') {
            return -1;
        }
        char second = s.charAt(i + 2);
        // most words after a line break cannot be a command: their first letter says so
        if (second >= 128 || !SECOND_LETTERS[second]) {
            return -1;
        }
        int j = i + 2;
        while (j < n && isLetter(s.charAt(j))) {
            j++;
        }
        if (j - i - 1 > LONGEST) {
            return -1;
        }
        return N_COMMANDS.contains(s.subSequence(i + 1, j).toString()) ? j : -1;
    }

    /** Whether the backslash at {@code i} starts a known command. */
    public static boolean startsAt(CharSequence s, int i) {
        return endAt(s, i) >= 0;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
