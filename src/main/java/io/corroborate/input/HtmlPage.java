package io.corroborate.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * An HTML news page read with jsoup: its metadata and its visible text ({@link HtmlText}).
 *
 * <ul>
 *   <li>title: {@code og:title}, else {@code twitter:title}, else the JSON-LD article's {@code headline}, else
 *       the first {@code <h1>}, else {@code <title>} (last, because it usually carries " | Site name")
 *   <li>outlet: {@code og:site_name}, else {@code <meta name="publisher">}, else the JSON-LD publisher's name
 *   <li>published: {@code article:published_time}, else JSON-LD {@code datePublished}, else an
 *       {@code itemprop="datePublished"} value, else a {@code date}/{@code pubdate}/Dublin Core date meta, else
 *       the first {@code <time datetime>} (in the article when there is one)
 *   <li>url: {@code <link rel="canonical">}, else {@code og:url}, else the JSON-LD {@code url}
 * </ul>
 * Absent values are null; malformed JSON-LD is ignored (it is page metadata, not the document).
 *
 * @param text the visible text, one block (paragraph, heading, list item, caption) a line
 */
record HtmlPage(String title, String outlet, String published, String url, String text) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
  /** The WHATWG encoding standard reads all of these labels as windows-1252. */
  private static final Set<String> WINDOWS_1252_LABELS = Set.of("iso-8859-1", "iso8859-1", "latin1", "l1",
      "us-ascii", "ascii", "cp1252", "windows-1252", "x-cp1252", "iso_8859-1", "cp819", "ibm819");
  private static final String[] DATE_METAS = {"date", "pubdate", "publishdate", "publish-date", "dc.date",
      "dc.date.issued", "dcterms.created", "dcterms.issued", "parsely-pub-date", "sailthru.date"};

  static HtmlPage parse(String html) {
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    JsonNode article = jsonLdArticle(page);
    Element articleElement = page.selectFirst("article");
    Element scope = articleElement == null ? page.body() : articleElement;
    return new HtmlPage(
        first(meta(page, "og:title"), meta(page, "twitter:title"), text(article, "headline"),
            ownText(scope.selectFirst("h1")), ownText(page.body().selectFirst("h1")), blankToNull(page.title())),
        first(meta(page, "og:site_name"), notUrl(meta(page, "publisher")), publisherName(article)),
        first(meta(page, "article:published_time"), text(article, "datePublished"), itemprop(page),
            dateMeta(page), timeDatetime(scope), timeDatetime(page.body())),
        first(attr(page.selectFirst("link[rel=canonical]"), "href"), meta(page, "og:url"), text(article, "url")),
        HtmlText.of(page.body()));
  }

  /** The charset an HTML file declares in a {@code <meta>} near its start, or null. */
  static Charset declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    String label = m.group(1).toLowerCase(Locale.ROOT);
    if (WINDOWS_1252_LABELS.contains(label)) {
      return TextDecoding.WINDOWS_1252;
    }
    try {
      return Charset.forName(label);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null; // an unknown label: decode as if none were declared
    }
  }

  private static String meta(org.jsoup.nodes.Document page, String key) {
    Element e = page.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
    return attr(e, "content");
  }

  private static String dateMeta(org.jsoup.nodes.Document page) {
    for (String name : DATE_METAS) {
      String value = meta(page, name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static String itemprop(org.jsoup.nodes.Document page) {
    Element e = page.selectFirst("[itemprop=datePublished]");
    return e == null ? null : first(attr(e, "content"), attr(e, "datetime"), blankToNull(e.text()));
  }

  private static String timeDatetime(Element scope) {
    return scope == null ? null : attr(scope.selectFirst("time[datetime]"), "datetime");
  }

  private static String ownText(Element e) {
    return e == null ? null : blankToNull(e.text());
  }

  private static String attr(Element e, String name) {
    return e == null ? null : blankToNull(e.attr(name));
  }

  private static String notUrl(String value) {
    return value == null || value.startsWith("http://") || value.startsWith("https://") ? null : value;
  }

  /** The first schema.org object of an Article type (NewsArticle, ReportageNewsArticle, ...), or null. */
  private static JsonNode jsonLdArticle(org.jsoup.nodes.Document page) {
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        List<JsonNode> nodes = new ArrayList<>();
        flatten(JSON.readTree(script.data()), nodes);
        for (JsonNode node : nodes) {
          if (isArticle(node.get("@type"))) {
            return node;
          }
        }
      } catch (IOException e) {
        // malformed JSON-LD: the page's other metadata still counts
      }
    }
    return null;
  }

  private static void flatten(JsonNode node, List<JsonNode> out) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> flatten(n, out));
    } else if (node.isObject()) {
      out.add(node);
      flatten(node.get("@graph"), out);
    }
  }

  private static boolean isArticle(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticle(t)) {
          return true;
        }
      }
      return false;
    }
    String name = type.asText();
    return name.endsWith("Article") || name.equals("BlogPosting") || name.equals("Report");
  }

  private static String publisherName(JsonNode article) {
    JsonNode publisher = article == null ? null : article.get("publisher");
    if (publisher != null && publisher.isArray() && !publisher.isEmpty()) {
      publisher = publisher.get(0);
    }
    return publisher == null ? null : publisher.isTextual() ? blankToNull(publisher.asText()) : text(publisher, "name");
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && value.isValueNode() && !value.isNull() ? blankToNull(value.asText()) : null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
