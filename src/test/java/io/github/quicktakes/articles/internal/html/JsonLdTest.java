package io.github.quicktakes.articles.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JsonLdTest {
    @Test
    void nothingInItCanEndTheScriptElementAndItReadsBackToTheSameValues() throws Exception {
        String answer = "x </script><script>alert(1)</script> <!-- & \u2028 \u2029 \"q\" \\ \u00e9 \u4e2d \uD83D\uDE00";
        StringBuilder sb = new StringBuilder("prefix:");
        JsonLd.write(new JsonLd.QaPage("T <b>", "Q & A?", answer, LocalDate.of(2024, 11, 27), "QuickTakes",
                "https://example.com/a?b=1&c=2"), sb);
        assertThat(sb).startsWith("prefix:");
        String json = sb.substring("prefix:".length());
        assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029")
                .contains("\\u003c/script\\u003e", "\\u0026", "\\u2028", "\\u2029");
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.get("@type").asText()).isEqualTo("QAPage");
        JsonNode question = root.get("mainEntity");
        assertThat(question.get("name").asText()).isEqualTo("T <b>");
        assertThat(question.get("text").asText()).isEqualTo("Q & A?");
        assertThat(question.get("dateCreated").asText()).isEqualTo("2024-11-27");
        assertThat(question.get("acceptedAnswer").get("text").asText()).isEqualTo(answer);
        assertThat(question.get("acceptedAnswer").get("url").asText()).isEqualTo("https://example.com/a?b=1&c=2");
        assertThat(question.get("acceptedAnswer").get("author").get("name").asText()).isEqualTo("QuickTakes");
    }
}
