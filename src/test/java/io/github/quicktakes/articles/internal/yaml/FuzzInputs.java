package io.github.quicktakes.articles.internal.yaml;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/** Builds fuzz inputs: free text, or an article whose parts the fuzzer fills in, so it reaches deep code. */
final class FuzzInputs {
    private FuzzInputs() {}

    static String article(FuzzedDataProvider data) {
        if (data.consumeBoolean()) {
            return data.consumeRemainingAsString();
        }
        String eol = data.consumeBoolean() ? "\n" : "\r\n";
        StringBuilder sb = new StringBuilder("---").append(eol);
        sb.append("id: ").append(data.consumeString(12)).append(eol);
        sb.append("date: 2024-11-27").append(eol);
        sb.append("title: ").append(data.consumeString(60)).append(eol);
        sb.append("seo:").append(eol).append("  title: ").append(data.consumeString(30)).append(eol);
        sb.append("  page_description: >-").append(eol).append("    ").append(data.consumeString(60)).append(eol);
        sb.append("answer: >-").append(eol).append("    ").append(data.consumeString(200)).append(eol);
        sb.append(data.consumeString(200)).append(eol);
        sb.append("related_article1:").append(eol).append("    id: 5").append(eol)
                .append("    title: >-").append(eol).append("        ").append(data.consumeString(40)).append(eol);
        sb.append("---").append(eol).append(data.consumeRemainingAsString());
        return sb.toString();
    }
}
