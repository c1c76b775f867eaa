package io.github.quicktakes.articles.bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** A plain POJO of the article's fields, for the Jackson data-binding baseline. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class ArticlePojo {
    public long id;
    public String date;
    public String title;
    @JsonProperty("article_title") public String articleTitle;
    @JsonProperty("date_format") public String dateFormat;
    @JsonProperty("post_on_text") public String postOnText;
    public Map<String, String> seo;
    public String author;
    public String question;
    public String answer;
    public String subject;
    @JsonProperty("file_name") public String fileName;
    public String url;
    public Double score;
    @JsonProperty("no_index") public Boolean noIndex;
    @JsonProperty("related_article1") public Map<String, Object> related1;
    @JsonProperty("related_article2") public Map<String, Object> related2;
    @JsonProperty("related_article3") public Map<String, Object> related3;
    @JsonProperty("related_article4") public Map<String, Object> related4;
    @JsonProperty("related_article5") public Map<String, Object> related5;
}
