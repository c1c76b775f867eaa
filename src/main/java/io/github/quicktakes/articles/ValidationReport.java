package io.github.quicktakes.articles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link ArticleRepository#validate()} found: every problem, in file order.
 *
 * @param articles how many article files were checked (those that failed to parse included)
 * @param problems the problems, sorted by path, line and kind
 */
public record ValidationReport(int articles, List<ArticleProblem> problems) {

    /**
     * Copies the problem list.
     *
     * @param articles how many article files were checked (those that failed to parse included)
     * @param problems the problems, sorted by path, line and kind
     * @throws NullPointerException if {@code problems} is {@code null}
     */
    public ValidationReport {
        problems = List.copyOf(problems);
    }

    /**
     * Whether anything was found.
     *
     * @return {@code true} when there is at least one problem
     */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /**
     * How many problems of each kind.
     *
     * @return the counts, for kinds that occur
     */
    public Map<ArticleProblem.Kind, Integer> counts() {
        Map<ArticleProblem.Kind, Integer> counts = new EnumMap<>(ArticleProblem.Kind.class);
        for (ArticleProblem p : problems) {
            counts.merge(p.kind(), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * The report for people: one line per problem, then the {@linkplain #summary() summary} line.
     *
     * @return the text, ending with a line break
     */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        problems.forEach(p -> sb.append(p).append('\n'));
        return sb.append(summary()).append('\n').toString();
    }

    /**
     * The last line of {@link #toText()}: how many articles were checked and how many problems of
     * each kind were found, such as {@code 12 articles checked, 3 problems (BROKEN_LINK 2,
     * DUPLICATE_ID 1)}.
     *
     * @return the summary, without a line break
     */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(articles).append(articles == 1 ? " article" : " articles").append(" checked, ")
                .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
        Map<ArticleProblem.Kind, Integer> counts = counts();
        if (!counts.isEmpty()) {
            sb.append(" (");
            counts.forEach((k, n) -> sb.append(sb.charAt(sb.length() - 1) == '(' ? "" : ", ").append(k).append(' ').append(n));
            sb.append(')');
        }
        return sb.toString();
    }

    /**
     * The report for machines: {@code {"articles": n, "counts": {...}, "problems": [{"kind",
     * "path", "line", "column", "message"}]}}.
     *
     * @return the JSON text
     */
    public String toJson() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("articles", articles);
        ObjectNode counts = root.putObject("counts");
        counts().forEach((k, n) -> counts.put(k.name(), n));
        ArrayNode list = root.putArray("problems");
        for (ArticleProblem p : problems) {
            list.addObject().put("kind", p.kind().name()).put("path", p.path().toString().replace('\\', '/'))
                    .put("line", p.line()).put("column", p.column()).put("message", p.message());
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new ArticleException("could not write the report as JSON", e);
        }
    }
}
